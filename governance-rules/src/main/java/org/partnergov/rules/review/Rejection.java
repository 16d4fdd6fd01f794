package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.partnergov.model.problem.StableCode;

/**
 * Why a routing or a decision attempt was refused: every rule it broke, not only the first. A
 * rejected attempt changes nothing; the case stays as it was.
 *
 * @param violations the rules broken, at least one: the library's in the order of {@link ReviewCode},
 *     then host rules' by code
 */
public record Rejection(Seq<Violation> violations) {

  /**
   * Sorts the violations by code; throws when there is none.
   *
   * @param violations the rules broken, at least one, in any order
   */
  public Rejection {
    requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a rejection names at least one violated rule");
    }
    violations = violations.sortBy(v -> v.code() instanceof ReviewCode c
        ? String.format("%03d", c.ordinal()) : "~" + v.code().code());
  }

  /** {@return the codes of the rules broken, each once, in order} */
  public Seq<StableCode> codes() {
    return violations.map(Violation::code).distinct();
  }

  /**
   * {@return whether the rule of the code was broken}
   *
   * @param code the code of a rule, the library's or a host rule's
   */
  public boolean violates(StableCode code) {
    return violations.exists(v -> v.code().equals(code));
  }

  /**
   * {@return a sentence a partner manager can read, such as {@code Rejected: Dana Lee owns the relationship
   * with Acme Systems (SOD-05); a second approver is required (SOD-04).}}
   */
  public String explanation() {
    return "Rejected: " + violations.mkString("; ") + ".";
  }
}
