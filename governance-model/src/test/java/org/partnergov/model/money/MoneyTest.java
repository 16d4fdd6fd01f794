package org.partnergov.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.time.Period;

class MoneyTest {

  @Test
  void normalizes_to_the_currency_decimals_and_reads_plainly() {
    assertThat(Money.of("100", "EUR").toString()).isEqualTo("100.00 EUR");
    assertThat(Money.of("100.505", "EUR").toString()).isEqualTo("100.505 EUR");
    assertThat(Money.of("1E+3", "JPY").toString()).isEqualTo("1000 JPY");
    assertThat(Money.of("12.50", "EUR")).isEqualTo(Money.of("12.5", "EUR"));
  }

  @Test
  void refuses_negative_amounts_and_reports_mismatched_currencies() {
    assertThatThrownBy(() -> Money.of("-1", "EUR")).isInstanceOf(IllegalArgumentException.class);
    CurrencyMismatch mismatch = Money.of("1", "EUR").plus(Money.of("1", "USD")).getLeft();
    assertThat(mismatch.message()).isEqualTo("cannot combine USD with EUR");
    assertThat(Money.zero(Money.of("1", "EUR").currency()).isPositive()).isFalse();
  }

  @Test
  void bands_and_periods_refuse_reversed_limits() {
    Money ten = Money.of("10", "EUR");
    assertThatThrownBy(() -> AmountBand.of(ten, Money.of("5", "EUR"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AmountBand.of(ten, ten)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AmountBand.of(ten, Money.of("50", "USD"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(AmountBand.from(ten).toString()).isEqualTo("[10.00 EUR, ∞)");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> Period.of(t, t)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Period.of(t, t.plusSeconds(1)).contains(t)).isTrue();
  }
}
