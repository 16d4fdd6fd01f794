package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.util.function.Function;
import org.partnergov.model.problem.StableCode;

/**
 * One rule every verdict on an exception case must keep, as a named policy with its code: the
 * built-in ones are the constants of {@link ApprovalRules}; host teams add their own, with their
 * own codes, through {@link ReviewPolicy#withRules}. {@link ExceptionReview#decide} applies every
 * rule of the policy to a live attempt and rejects it with every violation found, and
 * {@link ExceptionReview#audit} applies the same rules to decisions recorded in a snapshot, which
 * is how the decision test finds {@code FM-3}.
 *
 * <p>The contract every rule keeps (the testkit checks it for host rules): it is deterministic,
 * never throws, and every violation it returns carries its code and a reason a partner manager can
 * read. A rule decides itself which verdicts it looks at (most look only at approvals).
 */
public interface ApprovalRule {

  /** {@return the rule's stable code} */
  StableCode code();

  /**
   * The violations of the rule by the verdict, none when it keeps the rule.
   *
   * @param facts the verdict and what it is given on
   * @return the violations, each with this rule's code
   */
  Seq<Violation> check(ApprovalFacts facts);

  /**
   * A rule from its code and a function giving the reason of each violation.
   *
   * @param code the code
   * @param reasons the reasons the verdict breaks the rule, none when it keeps it
   * @return the rule
   */
  static ApprovalRule of(StableCode code, Function<ApprovalFacts, ? extends Seq<String>> reasons) {
    requireNonNull(code, "code");
    requireNonNull(reasons, "reasons");
    return new ApprovalRule() {
      @Override
      public StableCode code() {
        return code;
      }

      @Override
      public Seq<Violation> check(ApprovalFacts facts) {
        return reasons.apply(facts).map(reason -> new Violation(code, reason));
      }

      @Override
      public String toString() {
        return code.code();
      }
    };
  }
}
