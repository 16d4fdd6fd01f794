package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;

/**
 * Counts and sums of a group of activity records: how many, the sum of their quantities, the sum
 * of their amounts per currency (never converted, never {@code double}), how many are attributed
 * to a customer or deal, and the strongest provenance among them. The quantity is kept without
 * trailing zeros, so equal sums are equal values.
 *
 * @param count the number of records
 * @param quantity the sum of their quantities (records without one add nothing)
 * @param amounts the sum of their amounts, one per currency, ordered by currency code
 * @param attributed how many of them are linked to a customer or a deal
 * @param strongest the strongest provenance among them; none when there are none
 */
public record Tally(long count, BigDecimal quantity, Seq<Money> amounts, long attributed, Option<Provenance> strongest) {

  private static final Tally EMPTY = new Tally(0, BigDecimal.ZERO, List.empty(), 0, Option.none());

  /**
   * Normalizes the quantity and the order of amounts; throws on negative counts or repeated currencies.
   *
   * @param count the number of records
   * @param quantity the sum of their quantities (records without one add nothing)
   * @param amounts the sum of their amounts, one per currency, in any order
   * @param attributed how many of them are linked to a customer or a deal
   * @param strongest the strongest provenance among them; none when there are none
   */
  public Tally {
    requireNonNull(quantity, "quantity");
    requireNonNull(amounts, "amounts");
    requireNonNull(strongest, "strongest");
    if (count < 0 || attributed < 0 || attributed > count) {
      throw new IllegalArgumentException("counts must satisfy 0 <= attributed <= count: " + attributed + ", " + count);
    }
    quantity = quantity.signum() == 0 ? BigDecimal.ZERO : quantity.stripTrailingZeros();
    if (!amounts.isEmpty() && !amounts.tail().isEmpty()) { // one amount or none is sorted and distinct
      amounts = amounts.sortBy(m -> m.currency().getCurrencyCode());
      if (amounts.map(Money::currency).distinct().size() != amounts.size()) {
        throw new IllegalArgumentException("one amount per currency: " + amounts);
      }
    }
  }

  /** {@return the tally of no records} */
  public static Tally empty() {
    return EMPTY;
  }

  /** {@return whether it counts no records} */
  public boolean isEmpty() {
    return count == 0;
  }

  /**
   * {@return the sum of the amounts in the currency; zero when none}
   *
   * @param currency the currency of the amount wanted
   */
  public Money amountIn(Currency currency) {
    return amounts.find(m -> m.currency().equals(currency)).getOrElse(() -> Money.zero(currency));
  }

  /**
   * {@return both groups together: counts and sums added, amounts per currency, the stronger provenance}
   *
   * @param other the tally of the other group
   */
  public Tally plus(Tally other) {
    if (other == EMPTY) {
      return this;
    }
    if (this == EMPTY) {
      return other;
    }
    Seq<Money> sum = amounts;
    for (Money m : other.amounts) {
      Option<Money> mine = sum.find(x -> x.currency().equals(m.currency()));
      sum = mine.isEmpty() ? sum.append(m)
          : sum.replace(mine.get(), new Money(mine.get().amount().add(m.amount()), m.currency()));
    }
    Option<Provenance> stronger = strongest.isEmpty() ? other.strongest
        : other.strongest.isEmpty() || strongest.get().isAtLeast(other.strongest.get()) ? strongest : other.strongest;
    return new Tally(count + other.count, quantity.add(other.quantity), sum, attributed + other.attributed, stronger);
  }

  /** Reads as {@code 3 records, quantity 12, 2500.00 EUR, 2 attributed, strongest customer confirmed}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(Describe.plural(count, "record"));
    if (quantity.signum() != 0) {
      text.append(", quantity ").append(quantity.toPlainString());
    }
    amounts.forEach(m -> text.append(", ").append(m));
    if (count > 0) {
      text.append(", ").append(attributed).append(" attributed");
    }
    strongest.forEach(p -> text.append(", strongest ").append(Describe.provenance(p)));
    return text.toString();
  }
}
