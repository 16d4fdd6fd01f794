package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Currency;
import org.immutables.value.Value;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.money.CurrencyMismatch;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * The defined review of one decision type: the steps in order, an optional fast path for
 * low-risk requests, an optional four-eyes threshold above which two distinct persons must
 * approve, and optional sequential approval levels, each resolved through the decision rights
 * (for example a functional approver, then a financial approver from 50,000 EUR).
 *
 * <p>Thresholds may be given in several currencies ({@link Threshold}: at most one amount per
 * currency), and every threshold of a path is given in the same currencies, its
 * {@linkplain #currencies() currencies}: a request in one of them is compared with the amounts of
 * its own currency, never converted. A request in any other currency is converted into the
 * path's base currency (the first of them) through the host's exchange rates, which the review
 * policy holds, or refused.
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

  /**
   * {@return the amount above which two distinct persons must approve, in one currency or several;
   * empty when the path has none}
   */
  @Value.Default
  public Threshold fourEyesThreshold() {
    return Threshold.none();
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
   * {@return every threshold the path sets, in order: the fast path's, the four-eyes one, then each
   * approval level's; the empty ones left out}
   */
  public Seq<Threshold> thresholds() {
    return fastPath().map(FastPath::threshold).toList().append(fourEyesThreshold())
        .appendAll(approvalLevels().map(ApprovalLevel::from)).filter(t -> !t.isEmpty());
  }

  /**
   * {@return the currencies every threshold of the path is given in, the base currency first (as the
   * first threshold lists them); empty when the path sets no threshold}
   */
  public Seq<Currency> currencies() {
    return thresholds().headOption().map(Threshold::currencies).getOrElse(List.empty());
  }

  /**
   * {@return the approval levels a request of the total goes through, in order: every level that
   * applies to it, or only the highest of them when lower levels do not approve too}
   *
   * @param total the money at stake in the request, in one of the path's currencies (convert it
   *     first otherwise); none when nothing is at stake
   */
  public Seq<ApprovalLevel> levelsFor(Option<Money> total) {
    Seq<ApprovalLevel> applying = approvalLevels().filter(l -> l.appliesTo(total));
    return everyLowerLevelApproves() || applying.isEmpty() ? applying : List.of(applying.last());
  }

  /**
   * {@return whether the amount needs two distinct approvers: strictly above the four-eyes
   * threshold in its currency (an amount exactly at it does not), never without a threshold, or a
   * mismatch when the threshold gives no amount in that currency}
   *
   * @param amount the money at stake in the request
   */
  public Either<CurrencyMismatch, Boolean> needsFourEyes(Money amount) {
    Threshold t = fourEyesThreshold();
    return t.isEmpty() ? Either.right(false) : t.in(amount.currency())
        .<Either<CurrencyMismatch, Boolean>>map(m -> Either.right(amount.amount().compareTo(m.amount()) > 0))
        .getOrElse(() -> Either.left(new CurrencyMismatch(t.base().get().currency(), amount.currency())));
  }

  @Value.Check
  void check() {
    if (steps().isEmpty()) {
      throw new IllegalArgumentException("review path " + id() + " needs at least one step");
    }
    Seq<String> names = approvalLevels().map(ApprovalLevel::name);
    if (names.distinct().size() != names.size()) {
      throw new IllegalArgumentException("review path " + id() + " names two approval levels alike: " + names);
    }
    Seq<Threshold> thresholds = thresholds();
    for (Threshold first : thresholds.headOption()) {
      for (Threshold other : thresholds.tail()) {
        for (CurrencyMismatch m : mismatch(first, other)) {
          throw new IllegalArgumentException("review path " + id() + " sets its thresholds in several currencies, but"
              + " not every one in the same currencies: " + m.message() + " (" + thresholds.mkString(", ") + ")");
        }
      }
    }
    Seq<Threshold> froms = approvalLevels().map(ApprovalLevel::from).filter(t -> !t.isEmpty());
    if (!froms.sliding(2).forAll(pair -> pair.size() < 2 || pair.get(0).amounts().forAll(a ->
        pair.get(1).in(a.currency()).forAll(b -> a.amount().compareTo(b.amount()) <= 0)))) {
      throw new IllegalArgumentException("review path " + id() + " has approval levels out of the order of their thresholds");
    }
  }

  /** A currency one of the thresholds gives and the other does not, as a mismatch; none when they agree. */
  private static Option<CurrencyMismatch> mismatch(Threshold first, Threshold other) {
    Option<CurrencyMismatch> extra = other.currencies().find(c -> first.in(c).isEmpty())
        .map(c -> new CurrencyMismatch(first.base().get().currency(), c));
    return extra.orElse(() -> first.currencies().find(c -> other.in(c).isEmpty())
        .map(c -> new CurrencyMismatch(other.base().get().currency(), c)));
  }

  /** {@return a builder for a review path from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewPath}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableReviewPath.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}

    /**
     * Sets the four-eyes threshold in one currency, or none.
     *
     * @param threshold the amount above which two distinct persons must approve; none for no four-eyes review
     * @return this builder
     */
    public Builder fourEyesThreshold(Option<Money> threshold) {
      return fourEyesThreshold(Threshold.ofAll(threshold));
    }
  }

  /**
   * {@return a review path from host data, or every problem: a blank id or decision type, no steps,
   * the problems of each step and of the fast path under their paths, a negative four-eyes
   * threshold or an unknown currency, two thresholds in one currency, thresholds not given in the
   * same currencies}
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
    Threshold fourEyes = Option.of(checks.merged(fourEyes(draft))).getOrElse(Threshold.none());
    for (FastPath f : fast) { // a mismatch is only told between valid values
      checks.that(fourEyes.isEmpty() || mismatch(f.threshold(), fourEyes).isEmpty(), ProblemCode.CURRENCY_MISMATCH,
          "fourEyesCurrency", "must be " + codes(f.threshold()) + ", the " + currencyWord(f.threshold())
              + " of the fast path threshold, was " + codes(fourEyes));
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
    levelProblems(checks, List.ofAll(levels), List.ofAll(positions),
        fast.map(FastPath::threshold).orElse(Option.of(fourEyes).filter(t -> !t.isEmpty())));
    return checks.result(() -> builder().id(id).decisionType(type)
        .steps(List.ofAll(steps)).fastPath(fast).fourEyesThreshold(fourEyes).approvalLevels(List.ofAll(levels))
        .everyLowerLevelApproves(draft.everyLowerLevelApproves() == null || draft.everyLowerLevelApproves()).build());
  }

  /** The four-eyes threshold of the draft: empty when left out, else its first amount and those in other currencies. */
  private static Validation<Seq<Problem>, Threshold> fourEyes(ReviewPathDraft draft) {
    Checks checks = Checks.start();
    Option<Money> first = checks.optionalMoney("fourEyesThreshold", draft.fourEyesThreshold(),
        "fourEyesCurrency", draft.fourEyesCurrency());
    boolean none = draft.fourEyesThreshold() == null
        && (draft.fourEyesCurrency() == null || draft.fourEyesCurrency().isBlank());
    checks.that(!none || draft.fourEyesThresholdInOtherCurrencies().isEmpty(), ProblemCode.REQUIRED,
        "fourEyesThreshold", "is required when the threshold is given in other currencies too");
    Threshold fourEyes = AmountDraft.threshold(checks, first, "fourEyesThresholdInOtherCurrencies",
        draft.fourEyesThresholdInOtherCurrencies(), false);
    return checks.result(() -> fourEyes);
  }

  /** "EUR", "EUR and USD", "EUR, USD and GBP". */
  private static String codes(Threshold threshold) {
    Seq<String> codes = threshold.currencies().map(Currency::getCurrencyCode);
    return codes.size() < 2 ? codes.mkString() : codes.init().mkString(", ") + " and " + codes.last();
  }

  private static String currencyWord(Threshold threshold) {
    return threshold.currencies().size() == 1 ? "currency" : "currencies";
  }

  /**
   * The problems between the valid levels, reported at their positions in the draft: a name used
   * twice, thresholds out of order (compared currency by currency) or not in the currencies of the
   * path's other thresholds.
   */
  private static void levelProblems(Checks checks, Seq<ApprovalLevel> levels, Seq<Integer> positions,
      Option<Threshold> other) {
    Option<Threshold> first = other.orElse(levels.map(ApprovalLevel::from).find(t -> !t.isEmpty()));
    levels.zipWithIndex().forEach(l -> {
      String at = "approvalLevels[" + positions.get(l._2) + "]";
      checks.that(levels.take(l._2).forAll(earlier -> !earlier.name().equals(l._1.name())), ProblemCode.INCONSISTENT,
          at + ".name", "'" + l._1.name() + "' names an earlier approval level too");
      Threshold from = l._1.from();
      for (Money amount : from.amounts()) {
        Option<Money> before = levels.take(l._2).map(ApprovalLevel::from).flatMap(t -> t.in(amount.currency())).lastOption();
        checks.that(before.forAll(b -> b.amount().compareTo(amount.amount()) <= 0), ProblemCode.INCONSISTENT,
            at + ".from", "must not be below the threshold of an earlier level, " + before.getOrNull());
      }
      for (Threshold f : first.filter(f -> !from.isEmpty())) {
        checks.that(mismatch(f, from).isEmpty(), ProblemCode.CURRENCY_MISMATCH, at + ".currency",
            "must be " + codes(f) + ", the " + currencyWord(f) + " of the path's other thresholds, was " + codes(from));
      }
    });
  }
}
