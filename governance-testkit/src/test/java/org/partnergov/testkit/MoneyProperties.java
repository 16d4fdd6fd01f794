package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.time.Period;

/** Properties of money, amount bands and periods. */
class MoneyProperties {

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void MON_01_normalization_is_idempotent_and_ignores_trailing_zeros() {
    qt().forAll(MoneyGenerators.positiveAmounts()).check(m ->
        new Money(m.amount(), m.currency()).equals(m)
            && new Money(m.amount().setScale(6), m.currency()).equals(m)
            && new Money(m.amount().setScale(6), m.currency()).hashCode() == m.hashCode());
  }

  @Test
  void MON_02_sums_keep_the_currency_and_refuse_to_mix_currencies() {
    qt().forAll(MoneyGenerators.positiveAmounts(), MoneyGenerators.positiveAmounts()).checkAssert((a, b) -> {
      if (a.currency().equals(b.currency())) {
        assertThat(a.plus(b).get()).isEqualTo(b.plus(a).get());
        assertThat(a.plus(b).get().amount()).isEqualByComparingTo(a.amount().add(b.amount()));
        assertThat(a.isAtLeast(b).get()).isEqualTo(a.amount().compareTo(b.amount()) >= 0);
      } else {
        assertThat(a.plus(b).getLeft().actual()).isEqualTo(b.currency());
        assertThat(a.isAtLeast(b).isLeft()).isTrue();
      }
    });
  }

  @Test
  void MON_03_a_band_holds_its_lower_limit_but_not_its_upper() {
    qt().forAll(MoneyGenerators.amountBands()).checkAssert(band -> {
      assertThat(band.contains(band.lower())).isTrue();
      band.upper().forEach(u -> assertThat(band.contains(u)).isFalse());
      Currency other = band.lower().currency().equals(USD) ? MoneyGenerators.EUR : USD;
      assertThat(band.contains(new Money(band.lower().amount(), other))).isFalse();
    });
  }

  @Test
  void MON_04_amounts_around_a_threshold_fall_on_the_expected_side_of_a_band() {
    Money threshold = Money.of("10000", "EUR");
    AmountBand below = AmountBand.below(threshold);
    qt().forAll(MoneyGenerators.amountsAround(threshold)).check(a ->
        below.contains(a) == (a.amount().compareTo(new BigDecimal("10000")) < 0));
  }

  @Test
  void PER_01_a_period_holds_its_start_but_not_its_end() {
    qt().forAll(MoneyGenerators.periods(), MoneyGenerators.instants()).checkAssert((p, t) -> {
      assertThat(p.contains(p.start())).isTrue();
      p.end().forEach(e -> assertThat(p.contains(e)).isFalse());
      assertThat(p.contains(t)).isEqualTo(!t.isBefore(p.start()) && p.end().forAll(t::isBefore));
    });
  }

  @Test
  void PER_02_an_open_ended_period_holds_everything_after_its_start() {
    qt().forAll(MoneyGenerators.instants(), MoneyGenerators.instants()).check((start, t) ->
        Period.from(start).contains(t) == !t.isBefore(start));
  }
}
