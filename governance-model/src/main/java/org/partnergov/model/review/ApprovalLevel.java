package org.partnergov.model.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.Text;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.Problem;

/**
 * One level of sequential approval on a review path, such as a functional approver and then a
 * financial one. Its approvers are not named here: they are whoever holds the Decide right of the
 * level's decision type for the request (its program, region, partner and total), so each level
 * is resolved through the decision-rights matrix like any decision.
 *
 * @param name the level's name, as decision records cite it, such as {@code financial}; trimmed
 * @param decisionType the decision type whose Decide right names the level's approvers
 * @param from the total from which the level applies (inclusive); none for every request
 * @param mode whether the first response fills the level or every approver must approve
 */
public record ApprovalLevel(String name, DecisionType decisionType, Option<Money> from, ApprovalMode mode) {

  /**
   * Trims the name; throws on a missing part, a blank name or a threshold that is not positive.
   *
   * @param name the level's name, as decision records cite it, such as {@code financial}; trimmed
   * @param decisionType the decision type whose Decide right names the level's approvers
   * @param from the total from which the level applies (inclusive); none for every request
   * @param mode whether the first response fills the level or every approver must approve
   */
  public ApprovalLevel {
    name = Text.nonBlank(requireNonNull(name, "name"), "name").strip();
    requireNonNull(decisionType, "decisionType");
    requireNonNull(from, "from");
    requireNonNull(mode, "mode");
    if (from.exists(f -> !f.isPositive())) {
      throw new IllegalArgumentException("an approval level applies from an amount greater than zero: " + from.get());
    }
  }

  /**
   * {@return a level for every request, filled by the first response}
   *
   * @param name the level's name, as decision records cite it, such as {@code financial}
   * @param decisionType the decision type whose Decide right names the level's approvers
   */
  public static ApprovalLevel of(String name, DecisionType decisionType) {
    return new ApprovalLevel(name, decisionType, Option.none(), ApprovalMode.FIRST_RESPONSE);
  }

  /**
   * {@return this level applying from the total (inclusive)}
   *
   * @param threshold the total from which the level applies, greater than zero
   */
  public ApprovalLevel from(Money threshold) {
    return new ApprovalLevel(name, decisionType, Option.some(threshold), mode);
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
   * with one, when the total is at or above it, in the same currency (a request without money at
   * stake does not reach it)}
   *
   * @param total the money at stake in the request; none when nothing is at stake
   */
  public boolean appliesTo(Option<Money> total) {
    return from.isEmpty() || total.exists(t -> t.currency().equals(from.get().currency())
        && t.amount().compareTo(from.get().amount()) >= 0);
  }

  /**
   * {@return a level from host data, or every problem: a blank name or decision type, an unknown
   * mode, a threshold that is not positive or has an unknown currency}
   *
   * @param draft the approval level as the host's data has it
   */
  public static Validation<Seq<Problem>, ApprovalLevel> parse(ApprovalLevelDraft draft) {
    Checks checks = Checks.start();
    String name = checks.text("name", draft.name());
    DecisionType type = checks.text("decisionType", draft.decisionType(), DecisionType::of);
    Option<Money> from = draft.from() == null && (draft.currency() == null || draft.currency().isBlank())
        ? Option.none() : Option.of(checks.positiveMoney("from", draft.from(), "currency", draft.currency()));
    ApprovalMode mode = checks.optionalName("mode", draft.mode(), ApprovalMode.class).getOrElse(ApprovalMode.FIRST_RESPONSE);
    return checks.result(() -> new ApprovalLevel(name, type, from, mode));
  }
}
