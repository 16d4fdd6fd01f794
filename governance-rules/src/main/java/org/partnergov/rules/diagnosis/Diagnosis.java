package org.partnergov.rules.diagnosis;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;

/**
 * The decision test of one ecosystem as of one instant: every finding of every rule, in a fixed
 * order, and the guide's three-part verdict.
 *
 * @param asOf the instant the ecosystem was judged at
 * @param findings every finding, ordered by failure mode, code, subjects and explanation
 * @param enablement "enablement is visible but not mistaken for value"
 * @param performance "performance evidence shows change in delivery, customers, revenue, risk or readiness"
 * @param exceptions "exceptions have owners, rationale and review paths"
 */
public record Diagnosis(Instant asOf, Seq<Finding> findings, VerdictPart enablement, VerdictPart performance,
    VerdictPart exceptions) {

  /**
   * Throws on a missing part.
   *
   * @param asOf the instant the ecosystem was judged at
   * @param findings every finding, ordered by failure mode, code, subjects and explanation
   * @param enablement "enablement is visible but not mistaken for value"
   * @param performance "performance evidence shows change in delivery, customers, revenue, risk or
   *     readiness"
   * @param exceptions "exceptions have owners, rationale and review paths"
   */
  public Diagnosis {
    requireNonNull(asOf, "asOf");
    requireNonNull(findings, "findings");
    requireNonNull(enablement, "enablement");
    requireNonNull(performance, "performance");
    requireNonNull(exceptions, "exceptions");
  }

  /**
   * {@return the findings of one failure mode, in order}
   *
   * @param mode the failure mode, such as {@code FM-3}
   */
  public Seq<Finding> findings(FailureMode mode) {
    return findings.filter(f -> f.failureMode() == mode);
  }

  /** {@return whether all three parts of the verdict pass} */
  public boolean passed() {
    return enablement.passed() && performance.passed() && exceptions.passed();
  }

  /** {@return the three parts of the verdict, in the guide's order} */
  public Seq<VerdictPart> verdict() {
    return io.vavr.collection.List.of(enablement, performance, exceptions);
  }
}
