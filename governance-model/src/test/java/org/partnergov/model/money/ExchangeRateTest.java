package org.partnergov.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

  private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void converts_exactly_and_rounds_half_even_to_the_target_currency() {
    ExchangeRate usdEur = ExchangeRate.of("USD", "EUR", MARCH_3, "0.920");

    assertThat(usdEur.rate()).isEqualTo(new BigDecimal("0.92"));
    assertThat(usdEur.convert(Money.of("12000", "USD")).get()).isEqualTo(Money.of("11040.00", "EUR"));
    assertThat(ExchangeRate.of("USD", "EUR", MARCH_3, "0.25").convert(Money.of("0.05", "USD")).get())
        .isEqualTo(Money.of("0.01", "EUR")); // 0.0125 to even
    assertThat(ExchangeRate.of("USD", "EUR", MARCH_3, "0.25").convert(Money.of("0.14", "USD")).get())
        .isEqualTo(Money.of("0.04", "EUR")); // 0.035 to even
    assertThat(ExchangeRate.of("USD", "JPY", MARCH_3, "151.235").convert(Money.of("100", "USD")).get())
        .isEqualTo(Money.of("15124", "JPY")); // 15123.5 to even, no decimals
    assertThat(usdEur.convert(Money.of("1", "EUR")).getLeft()).isEqualTo(new CurrencyMismatch(USD, EUR));
    assertThat(usdEur).hasToString("1 USD = 0.92 EUR on 2026-03-03");
  }

  @Test
  void refuses_a_rate_that_is_not_one() {
    assertThatThrownBy(() -> ExchangeRate.of("EUR", "EUR", MARCH_3, "1")).hasMessageContaining("two currencies");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "EUR", MARCH_3, "0")).hasMessageContaining("greater than zero");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "EUR", MARCH_3, "-0.9")).hasMessageContaining("greater than zero");
  }

  @Test
  void a_table_gives_the_latest_rate_of_exactly_the_pair_on_or_before_the_day() {
    ExchangeRate early = ExchangeRate.of("USD", "EUR", MARCH_3.minusDays(3), "0.90");
    ExchangeRate friday = ExchangeRate.of("USD", "EUR", MARCH_3, "0.92");
    ExchangeRates table = ExchangeRates.of(friday, early);

    assertThat(table.rate(USD, EUR, MARCH_3.plusDays(2))).isEqualTo(Option.some(friday));
    assertThat(table.rate(USD, EUR, MARCH_3.minusDays(1))).isEqualTo(Option.some(early));
    assertThat(table.rate(USD, EUR, MARCH_3.minusDays(4))).isEmpty();
    assertThat(table.rate(EUR, USD, MARCH_3)).isEmpty(); // never inverted
    assertThatThrownBy(() -> ExchangeRates.of(friday, ExchangeRate.of("USD", "EUR", MARCH_3, "0.93")))
        .hasMessageContaining("two rates on the same day");
  }

  @Test
  void a_threshold_gives_each_currency_at_most_once_the_first_its_base() {
    Threshold both = Threshold.of(Money.of("50000", "EUR"), Money.of("55000", "USD"));

    assertThat(both.in(USD)).isEqualTo(Option.some(Money.of("55000", "USD")));
    assertThat(both.in(Currency.getInstance("GBP"))).isEmpty();
    assertThat(both.base()).isEqualTo(Option.some(Money.of("50000", "EUR")));
    assertThat(both.currencies()).containsExactly(EUR, USD);
    assertThat(both).hasToString("50000.00 EUR or 55000.00 USD");
    assertThat(Threshold.none().isEmpty()).isTrue();
    assertThat(Threshold.none().in(EUR)).isEmpty();
    assertThatThrownBy(() -> Threshold.of(Money.of("1", "EUR"), Money.of("2", "EUR")))
        .hasMessageContaining("each currency at most once");
  }
}
