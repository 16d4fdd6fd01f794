package org.partnergov.testkit;

import static java.util.Objects.requireNonNull;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.Supplier;
import org.partnergov.model.problem.StableCode;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.rules.review.AcceptedDecision;
import org.partnergov.rules.review.ApprovalRule;
import org.partnergov.rules.review.Audit;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.Rejection;
import org.partnergov.rules.review.ReviewPolicy;
import org.partnergov.rules.review.Violation;
import org.partnergov.testkit.ReviewScenarios.Scenario;
import org.quicktheories.core.Gen;

/**
 * The contract every host {@link ApprovalRule} keeps, for host teams to run against their own
 * rules in a test: {@code ApprovalRuleContract.verify(myRule)}. The facts a rule sees are made by
 * {@link ExceptionReview} only, so the rule is checked through the review: on each generated
 * scenario, the scenario's attempt is decided under the scenario's policy with the rule added
 * ({@link ReviewPolicy#withRules}) and without it. The rule
 * <ol>
 *   <li>has a well-formed code of its own, which no built-in rule uses;</li>
 *   <li>never throws, neither in {@link ExceptionReview#decide} nor in {@link ExceptionReview#audit};</li>
 *   <li>is deterministic: two runs of decide, or of audit, give equal results;</li>
 *   <li>gives every violation of its code a reason that is not blank and does not end with
 *       whitespace;</li>
 *   <li>only adds violations of its own code: the violations of every other code are the same
 *       with and without it, so it never makes acceptable an attempt the other rules reject, and
 *       when the attempt is accepted with it, the accepted decision (its record, the case after
 *       it and its explanation) is the one accepted without it.</li>
 * </ol>
 * Audits cover the scenario's request with the decisions of its case (and the record of the
 * attempt, when accepted), and every other request of the snapshot with its recorded decisions.
 * A breach fails with an {@link AssertionError} naming the clause, the rule's code and the
 * example, which QuickTheories shrinks (for at most a thousand steps) and reports.
 */
public final class ApprovalRuleContract {

  /**
   * How many steps QuickTheories takes at most to shrink a breach: a scenario is a whole ecosystem
   * drawn from raw randomness, which shrinks little, so a bounded search reports a breach in seconds.
   */
  private static final int SHRINK_CYCLES = 1_000;

  private ApprovalRuleContract() {}

  /**
   * Checks the contract on 200 scenarios of {@link ReviewScenarios#scenarios()}.
   *
   * @param rule the host's rule under test
   */
  public static void verify(ApprovalRule rule) {
    verify(rule, ReviewScenarios.scenarios(), 200);
  }

  /**
   * Checks the contract on scenarios from the generator.
   *
   * @param rule the host's rule under test
   * @param scenarios the scenarios to check it on, for example {@link ReviewScenarios} aimed at
   *     the requests the rule is about
   * @param examples how many scenarios to try
   */
  public static void verify(ApprovalRule rule, Gen<Scenario> scenarios, int examples) {
    requireNonNull(rule, "rule");
    requireNonNull(scenarios, "scenarios");
    StableCode code = ownCode(rule);
    qt().withExamples(examples).withShrinkCycles(SHRINK_CYCLES).forAll(scenarios).describedAs(ApprovalRuleContract::describe)
        .checkAssert(scenario -> holds(rule, code, scenario));
  }

  /** Clause 1: the rule's code is well formed, described, and not a built-in rule's. */
  private static StableCode ownCode(ApprovalRule rule) {
    StableCode code;
    try {
      code = requireNonNull(rule.code(), "code");
    } catch (RuntimeException e) {
      throw new AssertionError("approval rule " + rule + " has a code of its own, but asking for it threw " + e, e);
    }
    if (!StableCode.isWellFormed(code.code()) || code.description() == null || code.description().isBlank()) {
      throw new AssertionError("approval rule " + code.code() + " has a well-formed code with a description, but: code '"
          + code.code() + "', description '" + code.description() + "'");
    }
    try {
      ReviewPolicy.defaults().withRules(List.of(rule));
    } catch (IllegalArgumentException e) {
      throw new AssertionError("approval rule " + code.code() + " has a code of its own, but: " + e.getMessage(), e);
    }
    return code;
  }

  /** Clauses 2 to 5 on one scenario: decide with and without the rule, then the audits with it. */
  private static void holds(ApprovalRule rule, StableCode code, Scenario scenario) {
    ReviewPolicy without = withoutRule(scenario.policy(), code);
    ReviewPolicy with = without.withRules(List.of(rule));
    ExceptionReview review = ExceptionReview.of(scenario.snapshot(), with);
    Either<Rejection, AcceptedDecision> first = run(code, scenario, "in decide",
        () -> review.decide(scenario.reviewCase(), scenario.attempt()));
    Either<Rejection, AcceptedDecision> second = run(code, scenario, "in decide",
        () -> ExceptionReview.of(scenario.snapshot(), with).decide(scenario.reviewCase(), scenario.attempt()));
    require(first.equals(second), "is deterministic", code, scenario, "decide gave " + first + ", then " + second);
    Seq<Violation> own = first.fold(Rejection::violations, accepted -> List.<Violation>empty());
    readable(code, scenario, own, "decide");

    Either<Rejection, AcceptedDecision> base = ExceptionReview.of(scenario.snapshot(), without)
        .decide(scenario.reviewCase(), scenario.attempt());
    Seq<Violation> others = own.filter(v -> !sameCode(v, code));
    Seq<Violation> othersWithout = base.fold(Rejection::violations, accepted -> List.<Violation>empty());
    require(sameMultiset(others, othersWithout), "only adds violations of its own code", code, scenario,
        "without the rule the violations are " + othersWithout + ", with it (other than " + code.code() + ") "
            + others);
    if (first.isRight() && base.isRight()) {
      require(first.get().equals(base.get()), "never changes an accepted decision's record", code, scenario,
          "without the rule " + base.get() + ", with it " + first.get());
    }

    Seq<DecisionRecord> decided = scenario.reviewCase().decisions()
        .appendAll(first.map(AcceptedDecision::record).toList());
    audit(review, code, scenario, scenario.request(), decided);
    for (ExceptionRequest other : scenario.snapshot().parts().requests().filter(r -> !r.id().equals(scenario.request().id()))) {
      audit(review, code, scenario, other,
          scenario.snapshot().parts().decisionRecords().filter(d -> d.request().equals(other.id())));
    }
  }

  /** Clauses 2 to 4 on the audit of one request's decision records. */
  private static void audit(ExceptionReview review, StableCode code, Scenario scenario, ExceptionRequest request,
      Seq<DecisionRecord> records) {
    Audit once = run(code, scenario, "in audit of " + request.id(), () -> review.audit(request, records));
    Audit twice = run(code, scenario, "in audit of " + request.id(), () -> review.audit(request, records));
    require(once.equals(twice), "is deterministic", code, scenario,
        "the audit of " + request.id() + " gave " + once + ", then " + twice);
    readable(code, scenario, once.decisions().flatMap(Audit.Audited::violations), "the audit of " + request.id());
  }

  /** Clause 4, on the violations of the rule's code among these. */
  private static void readable(StableCode code, Scenario scenario, Seq<Violation> violations, String where) {
    for (Violation v : violations.filter(v -> sameCode(v, code))) {
      require(!v.reason().isBlank() && v.reason().equals(v.reason().stripTrailing()),
          "gives every violation a non-blank reason that does not end with whitespace", code, scenario,
          where + " reported '" + v.reason() + "'");
    }
  }

  /** The policy without any host rule of the code (so that a scenario's policy may already hold the rule). */
  private static ReviewPolicy withoutRule(ReviewPolicy policy, StableCode code) {
    return new ReviewPolicy(policy.criteria(), policy.rules().filter(r -> !r.code().code().equals(code.code())),
        policy.programCaps(), policy.partnerCaps(), policy.frozenPrograms(), policy.aggregationWindow(),
        policy.maxDelegation(), policy.evidenceClass(), policy.exchangeRates());
  }

  /** Whether the violation carries the code (compared as text, so a host's own code type may differ). */
  private static boolean sameCode(Violation violation, StableCode code) {
    return violation.code().code().equals(code.code());
  }

  /** Clause 2: runs the review, turning anything thrown into the breach of a clause. */
  private static <T> T run(StableCode code, Scenario scenario, String where, Supplier<T> review) {
    try {
      return requireNonNull(review.get(), "result");
    } catch (RuntimeException e) {
      String clause = builtBlankViolation(e) ? "gives every violation a non-blank reason" : "never throws";
      throw new AssertionError("approval rule " + code.code() + " " + clause + ", but " + where + " threw " + e
          + ", on " + describe(scenario), e);
    }
  }

  /** Whether the exception is a {@link Violation} refusing a blank reason. */
  private static boolean builtBlankViolation(RuntimeException e) {
    return e instanceof IllegalArgumentException && List.of(e.getStackTrace()).exists(frame ->
        frame.getClassName().equals(Violation.class.getName()) && frame.getMethodName().equals("<init>"));
  }

  /** Fails with the clause, the rule's code, the detail and the example unless the clause holds. */
  private static void require(boolean holds, String clause, StableCode code, Scenario scenario, String detail) {
    if (!holds) {
      throw new AssertionError("approval rule " + code.code() + " " + clause + ", but " + detail + ", on "
          + describe(scenario));
    }
  }

  /** Whether both hold the same violations as many times each, in any order. */
  private static boolean sameMultiset(Seq<Violation> a, Seq<Violation> b) {
    return a.size() == b.size()
        && a.groupBy(v -> v).mapValues(Seq::size).equals(b.groupBy(v -> v).mapValues(Seq::size));
  }

  /** The example in one line: the request, the case and the attempt. */
  static String describe(Scenario scenario) {
    ExceptionRequest request = scenario.request();
    return "request " + request.id() + " (" + request.decisionType() + " of " + request.partner()
        + request.amount().map(a -> " for " + a).getOrElse("") + ", requested by " + request.requester()
        + "), case " + scenario.reviewCase().state().describe() + ", attempt " + scenario.attempt().verdict()
        + " by " + scenario.attempt().reviewer() + " (drawn as " + scenario.drawnAs() + ") at "
        + scenario.attempt().at();
  }
}
