package org.partnergov.model.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.Text;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * One level of sequential approval on a review path, such as a functional approver and then a
 * financial one. Its approvers are not named here: they are whoever holds the Decide right of the
 * level's decision type for the request (its program, region, partner and total), so each level
 * is resolved through the decision-rights matrix like any decision. The threshold from which it
 * applies may be given in several currencies, one amount each ({@link Threshold}).
 *
 * @param name the level's name, as decision records cite it, such as {@code financial}; trimmed
 * @param decisionType the decision type whose Decide right names the level's approvers
 * @param from the total from which the level applies (inclusive), in one currency or several; empty
 *     for every request
 * @param mode whether the first response fills the level or every approver must approve
 */
public record ApprovalLevel(String name, DecisionType decisionType, Threshold from, ApprovalMode mode) {

  /**
   * Trims the name; throws on a missing part, a blank name or a threshold amount that is not positive.
   *
   * @param name the level's name, as decision records cite it, such as {@code financial}; trimmed
   * @param decisionType the decision type whose Decide right names the level's approvers
   * @param from the total from which the level applies (inclusive), in one currency or several; empty
   *     for every request
   * @param mode whether the first response fills the level or every approver must approve
   */
  public ApprovalLevel {
    name = Text.nonBlank(requireNonNull(name, "name"), "name").strip();
    requireNonNull(decisionType, "decisionType");
    requireNonNull(from, "from");
    requireNonNull(mode, "mode");
    if (!from.isPositive()) {
      throw new IllegalArgumentException("an approval level applies from an amount greater than zero: " + from);
    }
  }

  /**
   * A level whose threshold is in one currency, or none.
   *
   * @param name the level's name, as decision records cite it, such as {@code financial}; trimmed
   * @param decisionType the decision type whose Decide right names the level's approvers
   * @param from the total from which the level applies (inclusive); none for every request
   * @param mode whether the first response fills the level or every approver must approve
   */
  public ApprovalLevel(String name, DecisionType decisionType, Option<Money> from, ApprovalMode mode) {
    this(name, decisionType, Threshold.ofAll(requireNonNull(from, "from")), mode);
  }

  /**
   * {@return a level for every request, filled by the first response}
   *
   * @param name the level's name, as decision records cite it, such as {@code financial}
   * @param decisionType the decision type whose Decide right names the level's approvers
   */
  public static ApprovalLevel of(String name, DecisionType decisionType) {
    return new ApprovalLevel(name, decisionType, Threshold.none(), ApprovalMode.FIRST_RESPONSE);
  }

  /**
   * {@return this level applying from the total (inclusive)}
   *
   * @param threshold the total from which the level applies, greater than zero
   */
  public ApprovalLevel from(Money threshold) {
    return from(Threshold.of(threshold));
  }

  /**
   * {@return this level applying from the threshold (inclusive), given in one currency or several}
   *
   * @param threshold the total from which the level applies, each amount greater than zero
   */
  public ApprovalLevel from(Threshold threshold) {
    return new ApprovalLevel(name, decisionType, threshold, mode);
  }

  /**
   * {@return this level with another mode}
   *
   * @param other whether the first response fills the level or every approver must approve
   */
  public ApprovalLevel withMode(ApprovalMode other) {
    return new ApprovalLevel(name, decisionType, from, other);
  }

  /**
   * {@return whether the level applies to a request of the total: always without a threshold;
   * with one, when the total is at or above the threshold's amount in the total's currency (a total
   * in a currency the threshold does not give, or a request without money at stake, does not reach
   * it: convert the total first)}
   *
   * @param total the money at stake in the request; none when nothing is at stake
   */
  public boolean appliesTo(Option<Money> total) {
    return from.isEmpty() || total.exists(t -> from.in(t.currency()).exists(f -> t.amount().compareTo(f.amount()) >= 0));
  }

  /**
   * {@return a level from host data, or every problem: a blank name or decision type, an unknown
   * mode, a threshold that is not positive or has an unknown currency, in any of its currencies,
   * two thresholds in one currency, thresholds in other currencies without the first}
   *
   * @param draft the approval level as the host's data has it
   */
  public static Validation<Seq<Problem>, ApprovalLevel> parse(ApprovalLevelDraft draft) {
    Checks checks = Checks.start();
    String name = checks.text("name", draft.name());
    DecisionType type = checks.text("decisionType", draft.decisionType(), DecisionType::of);
    boolean none = draft.from() == null && (draft.currency() == null || draft.currency().isBlank());
    checks.that(!none || draft.fromInOtherCurrencies().isEmpty(), ProblemCode.REQUIRED, "from",
        "is required when the threshold is given in other currencies too");
    Option<Money> first = none ? Option.none()
        : Option.of(checks.positiveMoney("from", draft.from(), "currency", draft.currency()));
    Threshold from = AmountDraft.threshold(checks, first, "fromInOtherCurrencies", draft.fromInOtherCurrencies(), true);
    ApprovalMode mode = checks.optionalName("mode", draft.mode(), ApprovalMode.class).getOrElse(ApprovalMode.FIRST_RESPONSE);
    return checks.result(() -> new ApprovalLevel(name, type, from, mode));
  }
}
