package org.partnergov.testkit;

import static org.partnergov.testkit.Weights.pair;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.CurrencyMismatch;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.Money;
import org.partnergov.model.time.Period;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for money, amount bands, instants and periods. */
public final class MoneyGenerators {

  /** The instant the time generators lean toward: periods often end or start exactly here. */
  public static final Instant REFERENCE = Instant.parse("2026-06-30T12:00:00Z");

  /** The currency generators use unless told otherwise. */
  public static final Currency EUR = Currency.getInstance("EUR");

  private MoneyGenerators() {}

  /** {@return a few common currencies, EUR most often} */
  public static Gen<Currency> currencies() {
    return Generate.frequency(
        pair(6, Generate.constant(EUR)),
        pair(2, Generate.pick(java.util.List.of("USD", "GBP")).map(Currency::getInstance)),
        pair(1, Generate.pick(java.util.List.of("JPY", "CHF", "BHD")).map(Currency::getInstance)));
  }

  /**
   * {@return positive amounts of the currency, with whole and fractional cents, small and large}
   *
   * @param currency the currency of every amount
   */
  public static Gen<Money> positiveAmounts(Currency currency) {
    Gen<Long> cents = Generate.frequency(
        pair(3, longs().between(1, 100_000)),
        pair(3, longs().between(100_000, 10_000_000)),
        pair(1, Generate.pick(java.util.List.of(1L, 100L, 1_000_000L, 5_000_000L))));
    return cents.map(c -> new Money(BigDecimal.valueOf(c, 2), currency));
  }

  /** {@return positive amounts in {@link #currencies()}} */
  public static Gen<Money> positiveAmounts() {
    return currencies().flatMap(MoneyGenerators::positiveAmounts);
  }

  /**
   * {@return amounts at, just below and just above the threshold (never below zero), and far from
   * it (zero to four times the threshold)}
   *
   * @param threshold the amount to lean toward; every amount is in its currency
   */
  public static Gen<Money> amountsAround(Money threshold) {
    BigDecimal t = threshold.amount();
    BigDecimal cent = BigDecimal.ONE.movePointLeft(threshold.currency().getDefaultFractionDigits());
    Gen<BigDecimal> near = Generate.pick(java.util.List.of(t, t.subtract(cent).max(BigDecimal.ZERO), t.add(cent)));
    Gen<BigDecimal> far = integers().between(0, 400).map(p -> t.multiply(BigDecimal.valueOf(p, 2)));
    return near.mix(far, 60).map(a -> new Money(a, threshold.currency()));
  }

  /** {@return bands of one currency, bounded or open above} */
  public static Gen<AmountBand> amountBands() {
    return positiveAmounts().zip(positiveAmounts(EUR), Generate.booleans(), (lower, width, open) -> open
        ? AmountBand.from(lower)
        : AmountBand.of(lower, new Money(lower.amount().add(width.amount()), lower.currency())));
  }

  /**
   * {@return instants around {@link #REFERENCE}: exactly it, a second either side, or up to two
   * years away}
   */
  public static Gen<Instant> instants() {
    Gen<Instant> exact = Generate.pick(java.util.List.of(REFERENCE, REFERENCE.minusSeconds(1), REFERENCE.plusSeconds(1)));
    Gen<Instant> spread = longs().between(-730L * 86_400, 730L * 86_400).map(REFERENCE::plusSeconds);
    return exact.mix(spread, 70);
  }

  /** {@return durations from a second to ninety days, with round days often} */
  public static Gen<Duration> durations() {
    return Generate.frequency(
        pair(2, integers().between(1, 90).map(d -> Duration.ofDays(d))),
        pair(1, longs().between(1, 90L * 86_400).map(s -> Duration.ofSeconds(s))));
  }

  /** {@return periods, often ending exactly at {@link #REFERENCE} or open-ended} */
  public static Gen<Period> periods() {
    Gen<Period> endingAtReference = durations().map(d -> Period.of(REFERENCE.minus(d), REFERENCE));
    Gen<Period> openEnded = instants().map(Period::from);
    Gen<Period> bounded = instants().zip(durations(), (start, d) -> Period.of(start, start.plus(d)));
    return Generate.frequency(pair(1, endingAtReference), pair(1, openEnded), pair(3, bounded));
  }

  /** {@return mismatches between two different currencies of {@link #currencies()}} */
  public static Gen<CurrencyMismatch> currencyMismatches() {
    return currencies().zip(currencies(), (a, b) -> a.equals(b)
        ? new CurrencyMismatch(a, a.equals(EUR) ? Currency.getInstance("USD") : EUR)
        : new CurrencyMismatch(a, b));
  }

  /**
   * {@return exchange rates between two different currencies of {@link #currencies()}, on a day of
   * 2020 to 2030, from 0.0001 to 10,000 with up to six decimals}
   */
  public static Gen<ExchangeRate> exchangeRates() {
    return currencyMismatches().zip(integers().between(0, 3_650), longs().between(100, 10_000_000_000L),
        integers().between(4, 6), (pair, day, units, scale) -> new ExchangeRate(pair.expected(), pair.actual(),
            LocalDate.of(2020, 1, 1).plusDays(day), BigDecimal.valueOf(units, scale)));
  }
}
