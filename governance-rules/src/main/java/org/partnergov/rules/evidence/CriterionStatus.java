package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.QualificationCriterion;

/**
 * How one partner stands against one qualification criterion: the records that qualify, and
 * whether they are enough.
 *
 * @param criterion the criterion
 * @param qualifying the ids of the qualifying records, in id order, each once
 */
public record CriterionStatus(QualificationCriterion criterion, Seq<ActivityRecordId> qualifying) {

  /**
   * Throws on a missing part.
   *
   * @param criterion the criterion
   * @param qualifying the ids of the qualifying records, in id order, each once
   */
  public CriterionStatus {
    requireNonNull(criterion, "criterion");
    requireNonNull(qualifying, "qualifying");
  }

  /** {@return whether there are at least as many qualifying records as the criterion needs} */
  public boolean isMet() {
    return qualifying.size() >= criterion.minimumCount();
  }

  /**
   * {@return the stable code, {@link EvidenceCode#CRITERION_UNMET}} It is meaningful only when the
   * criterion is not met.
   */
  public EvidenceCode code() {
    return EvidenceCode.CRITERION_UNMET;
  }

  /**
   * {@return a sentence such as {@code "pilot delivery" needs 2 records of performance evidence (delivery
   * quality), system recorded or better, from the last 90 days: 1 found (activity-4) (EVD-32).}}
   */
  public String explanation() {
    QualificationCriterion c = criterion;
    String need = "\"" + c.capability() + "\" needs " + Describe.plural(c.minimumCount(), "record") + " of "
        + Describe.evidenceClass(c.requiredClass()) + ", " + Describe.provenance(c.minimumProvenance())
        + " or better, from the last " + Describe.duration(c.validityWindow()) + ": ";
    String found = qualifying.isEmpty() ? "none found" : qualifying.size() + " found (" + qualifying.mkString(", ") + ")";
    return need + found + (isMet() ? " (met)." : " (EVD-32).");
  }
}
