package org.partnergov.model.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.problem.Problem;

/**
 * An approval level as the host's data has it, possibly incomplete. Leave out both parts of the
 * threshold for a level that applies to every request, and the mode for first response; give the
 * threshold in more currencies, one amount each, in {@code fromInOtherCurrencies}.
 *
 * @param name the level's name
 * @param decisionType the code of the decision type whose Decide right names its approvers
 * @param from the total from which the level applies
 * @param currency the ISO 4217 code of that total's currency
 * @param mode {@code FIRST_RESPONSE} or {@code UNANIMOUS}, in any case
 * @param fromInOtherCurrencies the threshold in further currencies, one amount each; empty for none
 */
public record ApprovalLevelDraft(@Nullable String name, @Nullable String decisionType, @Nullable BigDecimal from,
    @Nullable String currency, @Nullable String mode, Seq<AmountDraft> fromInOtherCurrencies) {

  /**
   * Throws on a missing sequence of other thresholds.
   *
   * @param name the level's name
   * @param decisionType the code of the decision type whose Decide right names its approvers
   * @param from the total from which the level applies
   * @param currency the ISO 4217 code of that total's currency
   * @param mode {@code FIRST_RESPONSE} or {@code UNANIMOUS}, in any case
   * @param fromInOtherCurrencies the threshold in further currencies, one amount each; empty for none
   */
  public ApprovalLevelDraft {
    requireNonNull(fromInOtherCurrencies, "fromInOtherCurrencies");
  }

  /**
   * An approval level draft with its threshold in one currency, or none.
   *
   * @param name the level's name
   * @param decisionType the code of the decision type whose Decide right names its approvers
   * @param from the total from which the level applies
   * @param currency the ISO 4217 code of that total's currency
   * @param mode {@code FIRST_RESPONSE} or {@code UNANIMOUS}, in any case
   */
  public ApprovalLevelDraft(@Nullable String name, @Nullable String decisionType, @Nullable BigDecimal from,
      @Nullable String currency, @Nullable String mode) {
    this(name, decisionType, from, currency, mode, List.empty());
  }

  /** {@return the level, or every problem with this draft} */
  public Validation<Seq<Problem>, ApprovalLevel> validate() {
    return ApprovalLevel.parse(this);
  }
}
