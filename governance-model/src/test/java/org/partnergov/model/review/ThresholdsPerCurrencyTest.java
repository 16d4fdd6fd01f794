package org.partnergov.model.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.problem.Problem;

/** A review path with its thresholds in several currencies: each compared in its own currency. */
class ThresholdsPerCurrencyTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");

  private final ReviewPathDraft draft = ReviewPathDraft.builder().id("funds").decisionType("fund allocation")
      .steps(List.of(ReviewStepDraft.builder().role("partner manager").timeLimit(Duration.ofDays(2)).build()))
      .fastPath(new FastPathDraft(new BigDecimal("5000"), "EUR", List.of(new CriterionDraft("within budget", "fits")),
          List.of(new AmountDraft(new BigDecimal("5500"), "usd"))))
      .fourEyesThreshold(new BigDecimal("50000")).fourEyesCurrency("EUR")
      .fourEyesThresholdInOtherCurrencies(List.of(new AmountDraft(new BigDecimal("55000"), "USD")))
      .approvalLevels(List.of(new ApprovalLevelDraft("functional", "fund allocation", null, null, null),
          new ApprovalLevelDraft("financial", "fund finance", new BigDecimal("20000"), "EUR", null,
              List.of(new AmountDraft(new BigDecimal("22000"), "USD")))))
      .build();

  @Test
  void parses_thresholds_in_several_currencies_and_compares_each_in_its_own() {
    ReviewPath path = draft.validate().get();

    assertThat(path.currencies()).containsExactly(EUR, USD);
    assertThat(path.fastPath().get().threshold())
        .isEqualTo(Threshold.of(Money.of("5000", "EUR"), Money.of("5500", "USD")));
    assertThat(path.fastPath().get().admits(Money.of("5499.99", "USD"))).isEqualTo(Either.right(true));
    assertThat(path.fastPath().get().admits(Money.of("5000", "EUR"))).isEqualTo(Either.right(false));
    assertThat(path.needsFourEyes(Money.of("55000.01", "USD"))).isEqualTo(Either.right(true));
    assertThat(path.needsFourEyes(Money.of("55000", "USD"))).isEqualTo(Either.right(false));
    assertThat(path.needsFourEyes(Money.of("1", "GBP")).getLeft().expected()).isEqualTo(EUR);
    assertThat(path.levelsFor(Option.some(Money.of("22000", "USD"))).map(ApprovalLevel::name))
        .containsExactly("functional", "financial");
    assertThat(path.levelsFor(Option.some(Money.of("21999.99", "USD"))).map(ApprovalLevel::name))
        .containsExactly("functional");
  }

  @Test
  void the_single_currency_calls_build_the_same_path() {
    ReviewPath one = ReviewPath.builder().from(draft.validate().get())
        .fastPath(Option.some(FastPath.of(Money.of("5000", "EUR"), List.of(Criterion.of("within budget", "fits")))))
        .fourEyesThreshold(Option.some(Money.of("50000", "EUR")))
        .approvalLevels(List.of(ApprovalLevel.of("functional", DecisionType.FUND_ALLOCATION))).build();

    assertThat(one.fourEyesThreshold()).isEqualTo(Threshold.of(Money.of("50000", "EUR")));
    assertThat(one.currencies()).containsExactly(EUR);
    assertThat(ReviewPath.builder().from(one).fourEyesThreshold(Option.none()).fastPath(Option.none()).build()
        .currencies()).isEmpty();
  }

  @Test
  void reports_two_thresholds_in_one_currency_and_thresholds_not_in_the_same_currencies() {
    ReviewPathDraft bad = ReviewPathDraft.builder().from(draft)
        .fastPath(new FastPathDraft(new BigDecimal("5000"), "EUR", List.of(new CriterionDraft("within budget", "fits")),
            List.of(new AmountDraft(new BigDecimal("5500"), "USD"), new AmountDraft(new BigDecimal("6000"), "EUR"))))
        .fourEyesThresholdInOtherCurrencies(List.of(new AmountDraft(new BigDecimal("55000"), "GBP")))
        .approvalLevels(List.of(new ApprovalLevelDraft("financial", "fund finance", null, null, null,
            List.of(new AmountDraft(new BigDecimal("22000"), "USD"), new AmountDraft(BigDecimal.ZERO, "XYZ")))))
        .build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-12 fastPath.thresholdInOtherCurrencies[1].currency: gives a second threshold in EUR, besides 5000.00 EUR",
        "VAL-01 approvalLevels[0].from: is required when the threshold is given in other currencies too",
        "VAL-05 approvalLevels[0].fromInOtherCurrencies[1].currency: 'XYZ' is not an ISO 4217 currency code");
    // a mismatch is only told between valid thresholds
    assertThat(ReviewPathDraft.builder().from(bad).fastPath(draft.fastPath()).approvalLevels(List.of(
            new ApprovalLevelDraft("financial", "fund finance", new BigDecimal("20000"), "EUR", null)))
        .build().validate().getError().map(Problem::toString)).containsExactly(
        "VAL-04 fourEyesCurrency: must be EUR and USD, the currencies of the fast path threshold, was EUR and GBP",
        "VAL-04 approvalLevels[0].currency: must be EUR and USD, the currencies of the path's other thresholds, was EUR");
  }

  @Test
  void the_typed_builder_refuses_a_threshold_missing_a_currency_of_the_others() {
    ReviewPath path = draft.validate().get();

    assertThatThrownBy(() -> ReviewPath.builder().from(path)
        .fourEyesThreshold(Threshold.of(Money.of("50000", "EUR"))).build())
        .hasMessageContaining("not every one in the same currencies: cannot combine USD with EUR");
    assertThatThrownBy(() -> ReviewPath.builder().from(path).approvalLevels(List.of(
        ApprovalLevel.of("a", DecisionType.FUND_ALLOCATION).from(Threshold.of(Money.of("5", "EUR"), Money.of("9", "USD"))),
        ApprovalLevel.of("b", DecisionType.FUND_ALLOCATION).from(Threshold.of(Money.of("6", "EUR"), Money.of("8", "USD")))))
        .build()).hasMessageContaining("out of the order");
  }
}
