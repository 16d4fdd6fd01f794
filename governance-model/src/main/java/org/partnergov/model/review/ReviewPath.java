package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import org.immutables.value.Value;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.money.CurrencyMismatch;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * The defined review of one decision type: the steps in order, an optional fast path for
 * low-risk requests, and an optional four-eyes threshold above which two distinct persons must
 * approve. All thresholds share one currency.
 */
@Value.Immutable
@ModelStyle
public abstract class ReviewPath {

  /** The stable id. */
  public abstract ReviewPathId id();

  /** The decision type the path reviews. */
  public abstract DecisionType decisionType();

  /** The review steps in order; at least one. */
  public abstract Seq<ReviewStep> steps();

  /** The fast path for low-risk requests, if the path has one. */
  @Value.Default
  public Option<FastPath> fastPath() {
    return Option.none();
  }

  /** The amount above which two distinct persons must approve, if any. */
  @Value.Default
  public Option<Money> fourEyesThreshold() {
    return Option.none();
  }

  /**
   * Whether the amount needs two distinct approvers: strictly above the four-eyes threshold (an
   * amount exactly at it does not), never without a threshold, or a mismatch of currencies.
   */
  public Either<CurrencyMismatch, Boolean> needsFourEyes(Money amount) {
    return fourEyesThreshold().fold(() -> Either.right(false),
        t -> t.isAtLeast(amount).map(atLeast -> !atLeast));
  }

  @Value.Check
  void check() {
    if (steps().isEmpty()) {
      throw new IllegalArgumentException("review path " + id() + " needs at least one step");
    }
    for (FastPath fast : fastPath()) {
      for (Money fourEyes : fourEyesThreshold()) {
        fast.threshold().sameCurrency(fourEyes).getOrElseThrow(m ->
            new IllegalArgumentException("review path " + id() + ": " + m.message()));
      }
    }
  }

  /** A builder for a review path from typed values. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewPath}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableReviewPath.Builder {}

  /**
   * A review path from host data, or every problem: a blank id or decision type, no steps, the
   * problems of each step and of the fast path under their paths, a negative four-eyes threshold
   * or an unknown currency, thresholds in two currencies.
   */
  public static Validation<Seq<Problem>, ReviewPath> parse(ReviewPathDraft draft) {
    Checks checks = Checks.start();
    ReviewPathId id = checks.text("id", draft.id(), ReviewPathId::new);
    DecisionType type = checks.text("decisionType", draft.decisionType(), DecisionType::of);
    checks.that(!draft.steps().isEmpty(), ProblemCode.EMPTY, "steps",
        "a review path needs at least one step");
    ArrayList<ReviewStep> steps = new ArrayList<>();
    draft.steps().forEachWithIndex((step, i) -> {
      ReviewStep parsed = checks.nested("steps[" + i + "]", ReviewStep.parse(step));
      if (parsed != null) {
        steps.add(parsed);
      }
    });
    FastPathDraft fastDraft = draft.fastPath();
    Option<FastPath> fast = fastDraft == null ? Option.none()
        : Option.of(checks.nested("fastPath", FastPath.parse(fastDraft)));
    Option<Money> fourEyes = checks.optionalMoney("fourEyesThreshold", draft.fourEyesThreshold(),
        "fourEyesCurrency", draft.fourEyesCurrency());
    for (FastPath f : fast) { // both are none when invalid: a mismatch is only told between valid values
      for (Money m : fourEyes) {
        checks.that(f.threshold().currency().equals(m.currency()), ProblemCode.CURRENCY_MISMATCH,
            "fourEyesCurrency", "must be " + f.threshold().currency()
                + ", the currency of the fast path threshold, was " + m.currency());
      }
    }
    return checks.result(() -> builder().id(id).decisionType(type)
        .steps(List.ofAll(steps)).fastPath(fast).fourEyesThreshold(fourEyes).build());
  }
}
