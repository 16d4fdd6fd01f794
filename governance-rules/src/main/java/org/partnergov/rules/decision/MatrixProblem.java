package org.partnergov.rules.decision;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.partnergov.model.decision.DecisionType;

/**
 * One problem found in a decision-rights matrix: what is wrong (a stable code), for which
 * decision type, which rights and delegations are involved, and a sentence a business user can
 * read.
 *
 * @param code the stable code
 * @param decisionType the decision type the problem is about
 * @param involved the ids of the decision rights and delegations involved, in a fixed order
 * @param explanation what is wrong, in plain words
 */
public record MatrixProblem(MatrixCode code, DecisionType decisionType, Seq<String> involved, String explanation) {

  /**
   * Throws on a missing part or a blank explanation.
   *
   * @param code the stable code
   * @param decisionType the decision type the problem is about
   * @param involved the ids of the decision rights and delegations involved, in a fixed order
   * @param explanation what is wrong, in plain words; not blank
   */
  public MatrixProblem {
    requireNonNull(code, "code");
    requireNonNull(decisionType, "decisionType");
    requireNonNull(involved, "involved");
    requireNonNull(explanation, "explanation");
    if (explanation.isBlank()) {
      throw new IllegalArgumentException("a matrix problem needs an explanation");
    }
  }

  /** Reads as {@code MTX-08 FUND_ALLOCATION [delegation-1]: Delegation delegation-1 ...}. */
  @Override
  public String toString() {
    return code.code() + " " + decisionType + " " + involved.mkString("[", ", ", "]") + ": " + explanation;
  }
}
