package org.partnergov.model.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * One step of a review path: who reviews, the criteria they check, and how long they have.
 *
 * @param reviewer the person, role or team that reviews
 * @param criteria the criteria checked at this step, each code at most once; may be empty
 * @param timeLimit how long the reviewer has, longer than zero
 */
public record ReviewStep(Holder reviewer, Seq<Criterion> criteria, Duration timeLimit) {

  /**
   * Throws on a missing part, a time limit of zero or less, or a criterion code used twice.
   *
   * @param reviewer the person, role or team that reviews
   * @param criteria the criteria checked at this step, each code at most once; may be empty
   * @param timeLimit how long the reviewer has, longer than zero
   */
  public ReviewStep {
    requireNonNull(reviewer, "reviewer");
    criteria = Criterion.distinct(requireNonNull(criteria, "criteria"), "criteria");
    requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("timeLimit must be longer than zero: " + timeLimit);
    }
  }

  /**
   * {@return the step of the given reviewer, criteria and time limit}
   *
   * @param reviewer the person, role or team that reviews
   * @param criteria the criteria checked at this step, each code at most once; may be empty
   * @param timeLimit how long the reviewer has, longer than zero
   */
  public static ReviewStep of(Holder reviewer, Seq<Criterion> criteria, Duration timeLimit) {
    return new ReviewStep(reviewer, criteria, timeLimit);
  }

  /**
   * {@return a review step from host data, or every problem: not exactly one of person, role and
   * team as the reviewer, a criterion with a blank code or description or a code used twice, a
   * missing time limit or one of zero or less}
   *
   * @param draft the review step as the host's data has it
   */
  public static Validation<Seq<Problem>, ReviewStep> parse(ReviewStepDraft draft) {
    Checks checks = Checks.start();
    Seq<Holder> reviewers = Holder.named(draft.person(), draft.role(), draft.team());
    checks.that(reviewers.size() == 1, ProblemCode.INCONSISTENT, "reviewer",
        "give exactly one of a person, a role and a team as the reviewer, not " + reviewers.size());
    Seq<Criterion> criteria = Criterion.readAll(checks, "criteria", draft.criteria());
    Duration limit = checks.positive("timeLimit", draft.timeLimit());
    return checks.result(() -> new ReviewStep(reviewers.head(), criteria, limit));
  }
}
