package org.partnergov.model.money;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A non-negative amount of one currency. The amount is normalized to at least the currency's
 * usual number of decimals ({@code 100 EUR} is {@code 100.00 EUR}), so equal amounts are equal
 * values. Arithmetic and comparison across currencies is a typed {@link CurrencyMismatch}, never a
 * silent conversion.
 *
 * @param amount the amount, zero or more
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /**
   * Normalizes the scale; throws on a negative amount, which no parse lets through.
   *
   * @param amount the amount, zero or more
   * @param currency the ISO 4217 currency
   */
  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    int scale = Math.max(currency.getDefaultFractionDigits(), amount.stripTrailingZeros().scale());
    amount = amount.setScale(Math.max(scale, 0));
  }

  /**
   * {@return money from an amount and an ISO 4217 code} Throws on an unknown code or a negative amount.
   *
   * @param amount the amount, zero or more
   * @param currencyCode the ISO 4217 code of the currency, such as {@code EUR}
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, Currency.getInstance(currencyCode));
  }

  /**
   * {@return money from a decimal string such as {@code "25000.00"} and an ISO 4217 code}
   *
   * @param amount the amount as a decimal string, zero or more
   * @param currencyCode the ISO 4217 code of the currency, such as {@code EUR}
   */
  public static Money of(String amount, String currencyCode) {
    return of(new BigDecimal(amount), currencyCode);
  }

  /**
   * {@return zero of the given currency}
   *
   * @param currency the currency of the zero amount
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** {@return whether the amount is greater than zero} */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * {@return the sum, or a mismatch when the currencies differ}
   *
   * @param other the money to add, in the same currency
   */
  public Either<CurrencyMismatch, Money> plus(Money other) {
    return sameCurrency(other).map(o -> new Money(amount.add(o.amount), currency));
  }

  /**
   * {@return whether this is at least {@code other}, or a mismatch when the currencies differ}
   *
   * @param other the money to compare with, in the same currency
   */
  public Either<CurrencyMismatch, Boolean> isAtLeast(Money other) {
    return sameCurrency(other).map(o -> amount.compareTo(o.amount) >= 0);
  }

  /**
   * {@return the other money when it has this currency, else the mismatch}
   *
   * @param other the money that should have this currency
   */
  public Either<CurrencyMismatch, Money> sameCurrency(Money other) {
    return currency.equals(other.currency)
        ? Either.right(other)
        : Either.left(new CurrencyMismatch(currency, other.currency));
  }

  /**
   * Orders by currency code, then amount: a total order for sorting only. Use {@link #isAtLeast}
   * to compare amounts, which refuses to compare across currencies.
   */
  @Override
  public int compareTo(Money other) {
    int byCurrency = currency.getCurrencyCode().compareTo(other.currency.getCurrencyCode());
    return byCurrency != 0 ? byCurrency : amount.compareTo(other.amount);
  }

  /** Reads as {@code 25000.00 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
