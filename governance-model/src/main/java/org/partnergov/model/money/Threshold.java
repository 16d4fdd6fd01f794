package org.partnergov.model.money;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Currency;

/**
 * A threshold given in one currency or several, at most one amount per currency, such as
 * {@code 50,000 EUR} or {@code 50,000 EUR or 55,000 USD}. An amount in a currency the threshold
 * lists is compared with that currency's amount, never converted; the first amount given is the
 * threshold's base, into whose currency a host's exchange rates convert an amount of any other
 * currency. A threshold may be {@linkplain #none() empty}: a path without a four-eyes threshold,
 * or an approval level that applies to every request.
 *
 * @param amounts the amounts, in the order given, the base first; each currency at most once
 */
public record Threshold(Seq<Money> amounts) {

  private static final Threshold NONE = new Threshold(List.empty());

  /**
   * Throws on a missing amount or a currency given twice.
   *
   * @param amounts the amounts, in the order given, the base first; each currency at most once
   */
  public Threshold {
    amounts = List.ofAll(requireNonNull(amounts, "amounts"));
    amounts.forEach(m -> requireNonNull(m, "amount"));
    if (amounts.map(Money::currency).distinct().size() != amounts.size()) {
      throw new IllegalArgumentException("a threshold gives each currency at most once: " + amounts.mkString(", "));
    }
  }

  /** {@return the empty threshold: no amount in any currency} */
  public static Threshold none() {
    return NONE;
  }

  /**
   * {@return the threshold of the amounts, the first its base} Throws on a currency given twice.
   *
   * @param base the amount in the base currency
   * @param more the amounts in further currencies, each currency at most once
   */
  public static Threshold of(Money base, Money... more) {
    return new Threshold(List.of(more).prepend(requireNonNull(base, "base")));
  }

  /**
   * {@return the threshold of the amounts, the first its base; empty for none} Throws on a currency given twice.
   *
   * @param amounts the amounts, each currency at most once
   */
  public static Threshold ofAll(Iterable<Money> amounts) {
    return new Threshold(List.ofAll(amounts));
  }

  /**
   * {@return the amount in the currency, if the threshold gives one}
   *
   * @param currency the currency wanted
   */
  public Option<Money> in(Currency currency) {
    return amounts.find(m -> m.currency().equals(currency));
  }

  /** {@return the first amount, whose currency others are converted into; none when empty} */
  public Option<Money> base() {
    return amounts.headOption();
  }

  /** {@return the currencies the threshold gives amounts in, the base first} */
  public Seq<Currency> currencies() {
    return amounts.map(Money::currency);
  }

  /** {@return whether the threshold gives no amount at all} */
  public boolean isEmpty() {
    return amounts.isEmpty();
  }

  /** {@return whether every amount is greater than zero (true when empty)} */
  public boolean isPositive() {
    return amounts.forAll(Money::isPositive);
  }

  /** Reads as {@code 50000.00 EUR or 55000.00 USD}, or {@code none}. */
  @Override
  public String toString() {
    return amounts.isEmpty() ? "none" : amounts.mkString(" or ");
  }
}
