package org.partnergov.model.money;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * A band of amounts of one currency: from {@code lower} inclusive up to {@code upper} exclusive,
 * or without upper limit. Decision rights use bands to say up to what amount a person decides.
 *
 * @param lower the smallest amount inside the band
 * @param upper the first amount above the band, if the band is bounded
 */
public record AmountBand(Money lower, Option<Money> upper) {

  /**
   * Throws when the upper limit is not above the lower one or has another currency.
   *
   * @param lower the smallest amount inside the band
   * @param upper the first amount above the band, if the band is bounded
   */
  public AmountBand {
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    for (Money u : upper) {
      if (!u.currency().equals(lower.currency())) {
        throw new IllegalArgumentException("band limits must share a currency: " + lower + ", " + u);
      }
      if (u.amount().compareTo(lower.amount()) <= 0) {
        throw new IllegalArgumentException("band upper limit must be above its lower: " + lower + ", " + u);
      }
    }
  }

  /**
   * {@return the band {@code [lower, upper)}}
   *
   * @param lower the smallest amount inside the band
   * @param upper the first amount above the band, in the same currency and above {@code lower}
   */
  public static AmountBand of(Money lower, Money upper) {
    return new AmountBand(lower, Option.some(upper));
  }

  /**
   * {@return the band from {@code lower} up, without upper limit}
   *
   * @param lower the smallest amount inside the band
   */
  public static AmountBand from(Money lower) {
    return new AmountBand(lower, Option.none());
  }

  /**
   * {@return every amount of the currency below {@code upper}}
   *
   * @param upper the first amount above the band; the band starts at zero of its currency
   */
  public static AmountBand below(Money upper) {
    return of(Money.zero(upper.currency()), upper);
  }

  /**
   * {@return whether the amount lies in the band; an amount of another currency never does}
   *
   * @param amount the amount to check
   */
  public boolean contains(Money amount) {
    if (!amount.currency().equals(lower.currency())) {
      return false;
    }
    BigDecimal a = amount.amount();
    return a.compareTo(lower.amount()) >= 0 && upper.forAll(u -> a.compareTo(u.amount()) < 0);
  }

  /** Reads as {@code [0.00 EUR, 10000.00 EUR)} or {@code [10000.00 EUR, ∞)}. */
  @Override
  public String toString() {
    return "[" + lower + ", " + upper.map(Money::toString).getOrElse("∞") + ")";
  }
}
