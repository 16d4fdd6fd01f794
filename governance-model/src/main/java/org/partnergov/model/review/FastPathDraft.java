package org.partnergov.model.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.problem.Problem;

/**
 * A fast path as the host's data has it, possibly incomplete. The threshold's amount and currency
 * give it in one currency, its base; {@code thresholdInOtherCurrencies} gives it in more, at most
 * one amount per currency.
 *
 * @param threshold the amount below which the fast path may apply
 * @param currency the ISO 4217 code of the threshold's currency
 * @param criteria the criteria that must all hold
 * @param thresholdInOtherCurrencies the threshold in further currencies, one amount each; empty for none
 */
public record FastPathDraft(@Nullable BigDecimal threshold, @Nullable String currency,
    Seq<CriterionDraft> criteria, Seq<AmountDraft> thresholdInOtherCurrencies) {

  /**
   * Throws on a missing sequence of criteria or of other thresholds (an empty one of criteria is
   * reported when validated).
   *
   * @param threshold the amount below which the fast path may apply
   * @param currency the ISO 4217 code of the threshold's currency
   * @param criteria the criteria that must all hold
   * @param thresholdInOtherCurrencies the threshold in further currencies, one amount each; empty for none
   */
  public FastPathDraft {
    requireNonNull(criteria, "criteria");
    requireNonNull(thresholdInOtherCurrencies, "thresholdInOtherCurrencies");
  }

  /**
   * A fast path draft with its threshold in one currency.
   *
   * @param threshold the amount below which the fast path may apply
   * @param currency the ISO 4217 code of the threshold's currency
   * @param criteria the criteria that must all hold
   */
  public FastPathDraft(@Nullable BigDecimal threshold, @Nullable String currency, Seq<CriterionDraft> criteria) {
    this(threshold, currency, criteria, List.empty());
  }

  /** {@return the fast path, or every problem with this draft} */
  public Validation<Seq<Problem>, FastPath> validate() {
    return FastPath.parse(this);
  }
}
