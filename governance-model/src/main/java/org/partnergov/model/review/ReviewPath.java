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
 * low-risk requests, an optional four-eyes threshold above which two distinct persons must
 * approve, and optional sequential approval levels, each resolved through the decision rights
 * (for example a functional approver, then a financial approver from 50,000 EUR). All thresholds
 * share one currency.
 */
@Value.Immutable
@ModelStyle
public abstract class ReviewPath {

  /** For the implementation Immutables generates, in this package only. */
  ReviewPath() {}

  /** {@return the stable id} */
  public abstract ReviewPathId id();

  /** {@return the decision type the path reviews} */
  public abstract DecisionType decisionType();

  /** {@return the review steps in order; at least one} */
  public abstract Seq<ReviewStep> steps();

  /** {@return the fast path for low-risk requests, if the path has one} */
  @Value.Default
  public Option<FastPath> fastPath() {
    return Option.none();
  }

  /** {@return the amount above which two distinct persons must approve, if any} */
  @Value.Default
  public Option<Money> fourEyesThreshold() {
    return Option.none();
  }

  /**
   * {@return the approval levels in the order they approve; empty when the request type's decider
   * alone approves (with a second approver on the four-eyes lane)}
   */
  @Value.Default
  public Seq<ApprovalLevel> approvalLevels() {
    return List.empty();
  }

  /**
   * {@return whether a request approved at a level is approved at every lower level that applies to
   * it too (true, the default), or only at the highest level that applies}
   */
  @Value.Default
  public boolean everyLowerLevelApproves() {
    return true;
  }

  /**
   * {@return the approval levels a request of the total goes through, in order: every level that
   * applies to it, or only the highest of them when lower levels do not approve too}
   *
   * @param total the money at stake in the request; none when nothing is at stake
   */
  public Seq<ApprovalLevel> levelsFor(Option<Money> total) {
    Seq<ApprovalLevel> applying = approvalLevels().filter(l -> l.appliesTo(total));
    return everyLowerLevelApproves() || applying.isEmpty() ? applying : List.of(applying.last());
  }

  /**
   * {@return whether the amount needs two distinct approvers: strictly above the
   * four-eyes threshold (an amount exactly at it does not), never without a threshold, or
   * a mismatch of currencies}
   *
   * @param amount the money at stake in the request
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
    Seq<String> names = approvalLevels().map(ApprovalLevel::name);
    if (names.distinct().size() != names.size()) {
      throw new IllegalArgumentException("review path " + id() + " names two approval levels alike: " + names);
    }
    Seq<Money> froms = approvalLevels().flatMap(ApprovalLevel::from);
    Seq<Money> thresholds = froms.appendAll(fastPath().map(FastPath::threshold)).appendAll(fourEyesThreshold());
    if (thresholds.map(Money::currency).distinct().size() > 1) {
      throw new IllegalArgumentException("review path " + id() + " sets thresholds in several currencies: " + thresholds);
    }
    if (!froms.sliding(2).forAll(pair -> pair.size() < 2 || pair.get(0).amount().compareTo(pair.get(1).amount()) <= 0)) {
      throw new IllegalArgumentException("review path " + id() + " has approval levels out of the order of their thresholds");
    }
  }

  /** {@return a builder for a review path from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewPath}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableReviewPath.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a review path from host data, or every problem: a blank id or decision type, no steps,
   * the problems of each step and of the fast path under their paths, a negative four-eyes
   * threshold or an unknown currency, thresholds in two currencies}
   *
   * @param draft the review path as the host's data has it
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
    ArrayList<ApprovalLevel> levels = new ArrayList<>();
    ArrayList<Integer> positions = new ArrayList<>();
    draft.approvalLevels().forEachWithIndex((level, i) -> {
      ApprovalLevel parsed = checks.nested("approvalLevels[" + i + "]", ApprovalLevel.parse(level));
      if (parsed != null) {
        levels.add(parsed);
        positions.add(i);
      }
    });
    levelProblems(checks, List.ofAll(levels), List.ofAll(positions), fast.map(FastPath::threshold).orElse(fourEyes));
    return checks.result(() -> builder().id(id).decisionType(type)
        .steps(List.ofAll(steps)).fastPath(fast).fourEyesThreshold(fourEyes).approvalLevels(List.ofAll(levels))
        .everyLowerLevelApproves(draft.everyLowerLevelApproves() == null || draft.everyLowerLevelApproves()).build());
  }

  /**
   * The problems between the valid levels, reported at their positions in the draft: a name used
   * twice, thresholds out of order or in another currency.
   */
  private static void levelProblems(Checks checks, Seq<ApprovalLevel> levels, Seq<Integer> positions,
      Option<Money> other) {
    levels.zipWithIndex().forEach(l -> {
      String at = "approvalLevels[" + positions.get(l._2) + "]";
      checks.that(levels.take(l._2).forAll(earlier -> !earlier.name().equals(l._1.name())), ProblemCode.INCONSISTENT,
          at + ".name", "'" + l._1.name() + "' names an earlier approval level too");
      for (Money from : l._1.from()) {
        Option<Money> before = levels.take(l._2).flatMap(ApprovalLevel::from).lastOption();
        checks.that(before.forAll(b -> b.amount().compareTo(from.amount()) <= 0), ProblemCode.INCONSISTENT,
            at + ".from", "must not be below the threshold of an earlier level, " + before.getOrNull());
        Option<Money> first = levels.flatMap(ApprovalLevel::from).headOption().orElse(other);
        checks.that(first.forAll(f -> f.currency().equals(from.currency())), ProblemCode.CURRENCY_MISMATCH,
            at + ".currency", "must be " + first.map(Money::currency).getOrNull() + ", the currency of the path's other thresholds, was "
                + from.currency());
      }
    });
  }
}
