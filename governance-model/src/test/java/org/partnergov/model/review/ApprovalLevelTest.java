package org.partnergov.model.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.Problem;

class ApprovalLevelTest {

  private static final ReviewStepDraft STEP = ReviewStepDraft.builder().person("u-1").timeLimit(Duration.ofDays(2)).build();

  private static ReviewPathDraft.Builder path() {
    return ReviewPathDraft.builder().id("funds").decisionType("fund allocation").steps(List.of(STEP))
        .fourEyesThreshold(new BigDecimal("50000")).fourEyesCurrency("EUR");
  }

  @Test
  void a_path_reads_its_levels_in_order_with_their_modes_and_thresholds() {
    ReviewPath parsed = path().approvalLevels(List.of(
        new ApprovalLevelDraft(" functional ", "fund allocation", null, null, null),
        new ApprovalLevelDraft("financial", "fund finance", new BigDecimal("20000"), "eur", "unanimous")))
        .everyLowerLevelApproves(false).build().validate().get();

    assertThat(parsed.approvalLevels()).containsExactly(
        ApprovalLevel.of("functional", DecisionType.FUND_ALLOCATION),
        ApprovalLevel.of("financial", DecisionType.of("FUND_FINANCE")).from(Money.of("20000", "EUR"))
            .withMode(ApprovalMode.UNANIMOUS));
    assertThat(parsed.everyLowerLevelApproves()).isFalse();
    assertThat(path().build().validate().get().everyLowerLevelApproves()).isTrue();
  }

  @Test
  void every_problem_of_the_levels_is_reported_with_its_path() {
    var bad = path().approvalLevels(List.of(
        new ApprovalLevelDraft("financial", "fund finance", new BigDecimal("20000"), "EUR", null),
        new ApprovalLevelDraft(" ", null, new BigDecimal("-1"), "EUR", "majority"),
        new ApprovalLevelDraft("financial", "board", new BigDecimal("10000"), "USD", null))).build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 approvalLevels[1].name: is required and must not be blank",
        "VAL-01 approvalLevels[1].decisionType: is required and must not be blank",
        "VAL-03 approvalLevels[1].from: must not be negative, was -1",
        "VAL-07 approvalLevels[1].mode: 'majority' is not one of [first_response, unanimous]",
        "VAL-12 approvalLevels[2].name: 'financial' names an earlier approval level too",
        "VAL-04 approvalLevels[2].currency: must be EUR, the currency of the path's other thresholds, was USD");
  }

  @Test
  void the_levels_a_total_goes_through() {
    ApprovalLevel functional = ApprovalLevel.of("functional", DecisionType.FUND_ALLOCATION);
    ApprovalLevel financial = ApprovalLevel.of("financial", DecisionType.of("FUND_FINANCE")).from(Money.of("20000", "EUR"));
    ReviewPath every = ReviewPath.builder().from(path().build().validate().get()).approvalLevels(List.of(functional, financial)).build();
    ReviewPath highest = ReviewPath.builder().from(every).everyLowerLevelApproves(false).build();

    assertThat(every.levelsFor(Option.some(Money.of("19999.99", "EUR")))).containsExactly(functional);
    assertThat(every.levelsFor(Option.some(Money.of("20000", "EUR")))).containsExactly(functional, financial);
    assertThat(highest.levelsFor(Option.some(Money.of("20000", "EUR")))).containsExactly(financial);
    assertThat(every.levelsFor(Option.none())).containsExactly(functional);
    assertThat(every.levelsFor(Option.some(Money.of("30000", "USD")))).containsExactly(functional);
  }

  @Test
  void the_typed_values_refuse_what_cannot_be() {
    ReviewPath base = path().build().validate().get();
    ApprovalLevel a = ApprovalLevel.of("a", DecisionType.FUND_ALLOCATION);
    assertThatThrownBy(() -> ApprovalLevel.of(" ", DecisionType.FUND_ALLOCATION)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.from(Money.of("0", "EUR"))).hasMessageContaining("greater than zero");
    assertThatThrownBy(() -> ReviewPath.builder().from(base).approvalLevels(List.of(a, a)).build()).hasMessageContaining("names two approval levels alike");
    assertThatThrownBy(() -> ReviewPath.builder().from(base).approvalLevels(List.of(a.from(Money.of("5", "EUR")),
        ApprovalLevel.of("b", DecisionType.FUND_ALLOCATION).from(Money.of("4", "EUR")))).build())
        .hasMessageContaining("out of the order");
    assertThatThrownBy(() -> ReviewPath.builder().from(base).approvalLevels(List.of(a.from(Money.of("5", "USD")))).build())
        .hasMessageContaining("several currencies");
  }

  @Test
  void only_an_approval_fills_a_level() {
    DecisionRecordDraft rejection = DecisionRecordDraft.builder().id("d-1").request("r-1").decisionType("fund allocation")
        .decider("u-1").verdict("reject").decidedAt(Instant.parse("2026-06-01T00:00:00Z")).approvalLevel("financial").build();
    assertThat(rejection.validate().getError().map(Problem::toString))
        .containsExactly("VAL-12 approvalLevel: only an approval fills an approval level, the verdict is reject");
    assertThat(DecisionRecordDraft.builder().from(rejection).verdict("approve").build().validate().get().approvalLevel())
        .contains("financial");
  }
}
