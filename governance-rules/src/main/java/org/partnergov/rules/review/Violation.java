package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import org.partnergov.model.problem.StableCode;

/**
 * One rule a routing or a decision attempt broke.
 *
 * @param code the rule broken: a {@link ReviewCode} of the library, or a host rule's own code
 * @param reason why, naming the people, amounts and rights involved, for a business reader
 */
public record Violation(StableCode code, String reason) {

  /**
   * Throws on a missing part or a blank reason.
   *
   * @param code the rule broken: a {@link ReviewCode} of the library, or a host rule's own code
   * @param reason why, naming the people, amounts and rights involved, for a business reader
   */
  public Violation {
    requireNonNull(code, "code");
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a violation needs a reason");
    }
  }

  /** The reason followed by the code, such as {@code Dana Lee owns the relationship (SOD-05)}. */
  @Override
  public String toString() {
    return reason + " (" + code.code() + ")";
  }
}
