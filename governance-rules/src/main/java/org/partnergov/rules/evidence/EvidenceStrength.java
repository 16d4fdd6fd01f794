package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.Provenance;

/**
 * How far one record can be trusted as evidence at an as-of instant: its provenance, whether it is
 * recent (it happened inside the validity window that ends at the as-of instant, both ends
 * inclusive, so neither older than the window nor later than the as-of instant), and whether it is
 * attributed (linked to a customer or a deal). A record is strong when it is system-recorded or
 * better, recent and attributed.
 *
 * @param provenance how the record came to be known
 * @param recent whether it lies inside the validity window
 * @param attributed whether it is linked to a customer or a deal
 */
public record EvidenceStrength(Provenance provenance, boolean recent, boolean attributed) {

  /**
   * Throws on a missing provenance.
   *
   * @param provenance how the record came to be known
   * @param recent whether it lies inside the validity window
   * @param attributed whether it is linked to a customer or a deal
   */
  public EvidenceStrength {
    requireNonNull(provenance, "provenance");
  }

  /**
   * {@return the strength of the record at {@code asOf} with the validity window {@code window}}
   *
   * @param record the activity record to judge
   * @param asOf the instant the record is judged at, where the validity window ends
   * @param window how long before {@code asOf} the record still counts as recent; not negative
   */
  public static EvidenceStrength of(ActivityRecord record, Instant asOf, Duration window) {
    return new EvidenceStrength(record.provenance(), isRecent(record.occurredAt(), asOf, window),
        record.isAttributed());
  }

  /**
   * {@return whether {@code occurredAt} lies in {@code [asOf - window, asOf]}; throws on a negative window}
   *
   * @param occurredAt when the activity happened
   * @param asOf the instant the validity window ends at
   * @param window how long the validity window lasts; not negative
   */
  public static boolean isRecent(Instant occurredAt, Instant asOf, Duration window) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("a validity window must not be negative: " + window);
    }
    return !occurredAt.isAfter(asOf) && !occurredAt.isBefore(asOf.minus(window));
  }

  /** {@return whether the record is system-recorded or better, recent and attributed} */
  public boolean isStrong() {
    return provenance.isAtLeast(Provenance.SYSTEM_RECORDED) && recent && attributed;
  }

  /** {@return the codes of what makes it weak, in a fixed order; empty when strong} */
  public Seq<EvidenceCode> weaknesses() {
    List<EvidenceCode> found = List.empty();
    if (!attributed) {
      found = found.prepend(EvidenceCode.UNATTRIBUTED);
    }
    if (!recent) {
      found = found.prepend(EvidenceCode.STALE);
    }
    if (!provenance.isAtLeast(Provenance.SYSTEM_RECORDED)) {
      found = found.prepend(EvidenceCode.SELF_REPORTED);
    }
    return found;
  }

  /** Reads as {@code customer confirmed, recent, attributed}. */
  @Override
  public String toString() {
    return Describe.provenance(provenance) + ", " + (recent ? "recent" : "outside the validity window") + ", "
        + (attributed ? "attributed" : "unattributed");
  }
}
