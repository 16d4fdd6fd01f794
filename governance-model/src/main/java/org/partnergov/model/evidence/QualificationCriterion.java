package org.partnergov.model.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * What a partner must show for one capability before a launch: at least {@code minimumCount}
 * records of the required evidence class (performance in one dimension, or customer impact), each
 * at least of the minimum provenance and inside the validity window. Enablement can never be
 * required: an evidence program exists to turn activity into evidence, so a criterion met by
 * training would be activity mistaken for value.
 *
 * @param capability the capability the criterion qualifies, never blank
 * @param requiredClass the class the records must have; never enablement
 * @param minimumProvenance the least provenance a record needs
 * @param minimumCount how many qualifying records are needed, at least one
 * @param validityWindow how old a record may be and still count, longer than zero
 */
public record QualificationCriterion(String capability, EvidenceClass requiredClass, Provenance minimumProvenance,
    int minimumCount, Duration validityWindow) {

  /**
   * Trims the capability; throws on a missing part, enablement, a count below one or a window not above zero.
   *
   * @param capability the capability the criterion qualifies, never blank
   * @param requiredClass the class the records must have; never enablement
   * @param minimumProvenance the least provenance a record needs
   * @param minimumCount how many qualifying records are needed, at least one
   * @param validityWindow how old a record may be and still count, longer than zero
   */
  public QualificationCriterion {
    capability = Text.nonBlank(capability, "capability");
    requireNonNull(requiredClass, "requiredClass");
    requireNonNull(minimumProvenance, "minimumProvenance");
    requireNonNull(validityWindow, "validityWindow");
    if (!requiredClass.countsAsValue()) {
      throw new IllegalArgumentException("a qualification criterion requires value evidence, not enablement");
    }
    if (minimumCount < 1) {
      throw new IllegalArgumentException("minimumCount must be at least 1, was " + minimumCount);
    }
    if (validityWindow.isNegative() || validityWindow.isZero()) {
      throw new IllegalArgumentException("validityWindow must be longer than zero, was " + validityWindow);
    }
  }

  /** The names of the evidence classes a draft may give. */
  private enum ClassName { ENABLEMENT, PERFORMANCE, CUSTOMER_IMPACT }

  /**
   * {@return a criterion from host data, or every problem: a blank capability, an unknown class,
   * dimension or provenance name, enablement as the class, a dimension missing for performance or
   * given for customer impact, a count below one, a window that is missing or not longer than zero}
   *
   * @param draft the criterion as the host's data has it
   */
  public static Validation<Seq<Problem>, QualificationCriterion> parse(QualificationCriterionDraft draft) {
    Checks checks = Checks.start();
    String capability = checks.text("capability", draft.capability());
    ClassName className = checks.name("evidenceClass", draft.evidenceClass(), ClassName.class);
    Option<PerformanceDimension> dimension = checks.optionalName("dimension", draft.dimension(),
        PerformanceDimension.class);
    EvidenceClass required = null;
    if (className == ClassName.ENABLEMENT) {
      checks.problem(ProblemCode.INCONSISTENT, "evidenceClass",
          "a qualification criterion requires performance evidence or customer impact, never enablement");
    } else if (className == ClassName.PERFORMANCE) {
      boolean given = draft.dimension() != null && !draft.dimension().isBlank();
      checks.that(given, ProblemCode.REQUIRED, "dimension", "is required for performance evidence");
      required = dimension.map(EvidenceClass::performance).getOrNull();
    } else if (className == ClassName.CUSTOMER_IMPACT) {
      checks.that(draft.dimension() == null || draft.dimension().isBlank(), ProblemCode.INCONSISTENT, "dimension",
          "customer impact has no performance dimension");
      required = EvidenceClass.customerImpact();
    }
    Provenance provenance = checks.name("minimumProvenance", draft.minimumProvenance(), Provenance.class);
    Integer count = checks.range("minimumCount", draft.minimumCount(), 1, Integer.MAX_VALUE);
    Duration window = checks.positive("validityWindow", draft.validityWindow());
    EvidenceClass requiredClass = required;
    return checks.result(() -> new QualificationCriterion(capability, requiredClass, provenance, count, window));
  }
}
