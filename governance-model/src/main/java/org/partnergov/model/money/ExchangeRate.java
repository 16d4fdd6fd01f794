package org.partnergov.model.money;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The rate at which one unit of a currency counts in another on a day, as the host's own source
 * gives it (a treasury table, a central bank's reference rates): {@code 1 USD = 0.92 EUR on
 * 3 March 2026}. The rate is exact; only {@link #convert} rounds.
 *
 * @param from the currency converted from
 * @param to the currency converted into, another than {@code from}
 * @param on the day the rate holds for
 * @param rate how many units of {@code to} one unit of {@code from} is worth, greater than zero
 */
public record ExchangeRate(Currency from, Currency to, LocalDate on, BigDecimal rate) {

  /**
   * Strips the rate's trailing zeros; throws on a missing part, the same currency on both sides or a
   * rate that is not greater than zero.
   *
   * @param from the currency converted from
   * @param to the currency converted into, another than {@code from}
   * @param on the day the rate holds for
   * @param rate how many units of {@code to} one unit of {@code from} is worth, greater than zero
   */
  public ExchangeRate {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(on, "on");
    requireNonNull(rate, "rate");
    if (from.equals(to)) {
      throw new IllegalArgumentException("an exchange rate converts between two currencies, not " + from + " to itself");
    }
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("an exchange rate must be greater than zero: " + rate.toPlainString());
    }
    rate = rate.stripTrailingZeros();
    rate = rate.scale() < 0 ? rate.setScale(0) : rate;
  }

  /**
   * {@return the rate between two ISO 4217 codes on the day} Throws on an unknown code.
   *
   * @param from the code of the currency converted from, such as {@code USD}
   * @param to the code of the currency converted into, such as {@code EUR}
   * @param on the day the rate holds for
   * @param rate how many units of {@code to} one unit of {@code from} is worth, as a decimal string such as
   *     {@code "0.92"}
   */
  public static ExchangeRate of(String from, String to, LocalDate on, String rate) {
    return new ExchangeRate(Currency.getInstance(from), Currency.getInstance(to), on, new BigDecimal(rate));
  }

  /**
   * {@return the money counted in the target currency: the amount times the rate, rounded half to even to
   * the target currency's usual number of decimals (two for EUR, none for JPY); or a mismatch when the
   * money is not in the currency the rate converts from}
   *
   * @param money the money to convert, in {@link #from()}
   */
  public Either<CurrencyMismatch, Money> convert(Money money) {
    if (!money.currency().equals(from)) {
      return Either.left(new CurrencyMismatch(from, money.currency()));
    }
    BigDecimal converted = money.amount().multiply(rate)
        .setScale(Math.max(to.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
    return Either.right(new Money(converted, to));
  }

  /** Reads as {@code 1 USD = 0.92 EUR on 2026-03-03}. */
  @Override
  public String toString() {
    return "1 " + from.getCurrencyCode() + " = " + rate.toPlainString() + " " + to.getCurrencyCode() + " on " + on;
  }
}
