package org.partnergov.rules.diagnosis;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;

/**
 * One part of the guide's three-part decision test verdict: the statement tested, whether it
 * holds, and why.
 *
 * @param statement the statement tested, as the guide puts it
 * @param passed whether it holds for the ecosystem
 * @param reasons why it holds, or each reason it does not, for a business reader; at least one
 */
public record VerdictPart(String statement, boolean passed, Seq<String> reasons) {

  /**
   * Throws on a missing part or no reason.
   *
   * @param statement the statement tested, as the guide puts it
   * @param passed whether it holds for the ecosystem
   * @param reasons why it holds, or each reason it does not, for a business reader; at least one
   */
  public VerdictPart {
    requireNonNull(statement, "statement");
    requireNonNull(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a verdict part gives at least one reason");
    }
  }

  /** Reads as {@code PASS Enablement is visible ...: reason; reason}. */
  @Override
  public String toString() {
    return (passed ? "PASS " : "FAIL ") + statement + ": " + reasons.mkString("; ");
  }
}
