package org.partnergov.model.money;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The host's exchange rates: for a pair of currencies and a day, the rate its own source gives, or
 * none. The library never invents a rate, never inverts one and never reads one from anywhere
 * else: an amount it cannot convert through these rates is reported, not skipped.
 *
 * <p>An answer must be a rate of exactly the pair asked for, holding on the day asked for or an
 * earlier one (the latest fixing before a weekend, say); the review treats any other answer as a
 * programming error of the host.
 */
@FunctionalInterface
public interface ExchangeRates {

  /**
   * {@return the rate at which {@code from} counts in {@code to} on the day, or none when the host has
   * no rate for the pair on that day}
   *
   * @param from the currency of the amount to convert
   * @param to the currency it is to be counted in, another than {@code from}
   * @param on the day the amount is counted
   */
  Option<ExchangeRate> rate(Currency from, Currency to, LocalDate on);

  /**
   * {@return rates from a fixed table: for a pair and a day, the table's latest rate of exactly that pair
   * on or before the day} A pair that only the other way round is in the table has no rate: give both
   * directions when both are needed. Throws when the table gives one pair two rates on the same day.
   *
   * @param table the rates, in any order
   */
  static ExchangeRates of(Iterable<ExchangeRate> table) {
    Seq<ExchangeRate> rates = List.ofAll(requireNonNull(table, "table"));
    Seq<ExchangeRate> twice = rates.groupBy(r -> List.of(r.from(), r.to(), r.on())).values()
        .filter(same -> same.size() > 1).flatMap(same -> same).toList();
    if (!twice.isEmpty()) {
      throw new IllegalArgumentException("one pair has two rates on the same day: " + twice.mkString(", "));
    }
    return (from, to, on) -> rates
        .filter(r -> r.from().equals(from) && r.to().equals(to) && !r.on().isAfter(on))
        .maxBy(ExchangeRate::on);
  }

  /**
   * {@return rates from a fixed table of the given rates} See {@link #of(Iterable)}.
   *
   * @param table the rates, in any order
   */
  static ExchangeRates of(ExchangeRate... table) {
    return of(List.of(table));
  }
}
