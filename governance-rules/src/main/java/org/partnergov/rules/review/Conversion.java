package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Currency;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.Money;

/**
 * An amount the review had to count in another currency, on a day, and the host's exchange rate
 * for it, or none when the host has no rate for the pair on that day (or gives no exchange rates
 * at all). Without a rate the amount is not counted, and the review says so ({@code REV-08}, or
 * {@code REV-04} when the policy gives no exchange rates): it never leaves the amount out quietly.
 *
 * @param amount the amount as the request states it
 * @param into the currency it is counted in, another than the amount's
 * @param on the day it is counted: the submission day (UTC) of the request under review
 * @param rate the rate the host's exchange rates gave, of the amount's currency into {@code into}
 */
public record Conversion(Money amount, Currency into, LocalDate on, Option<ExchangeRate> rate) {

  /**
   * Throws on a missing part, the same currency on both sides, or a rate of another pair of currencies.
   *
   * @param amount the amount as the request states it
   * @param into the currency it is counted in, another than the amount's
   * @param on the day it is counted: the submission day (UTC) of the request under review
   * @param rate the rate the host's exchange rates gave, of the amount's currency into {@code into}
   */
  public Conversion {
    requireNonNull(amount, "amount");
    requireNonNull(into, "into");
    requireNonNull(on, "on");
    requireNonNull(rate, "rate");
    if (amount.currency().equals(into)) {
      throw new IllegalArgumentException("a conversion counts an amount in another currency, not " + into);
    }
    if (rate.exists(r -> !r.from().equals(amount.currency()) || !r.to().equals(into))) {
      throw new IllegalArgumentException("rate " + rate.get() + " does not convert " + amount.currency() + " into " + into);
    }
  }

  /** {@return the amount counted in {@link #into()} at the rate, rounded as {@link ExchangeRate#convert} does; none without a rate} */
  public Option<Money> counted() {
    return rate.map(r -> r.convert(amount).get());
  }

  /** {@return whether the host gave a rate, so the amount is counted} */
  public boolean hasRate() {
    return rate.isDefined();
  }
}
