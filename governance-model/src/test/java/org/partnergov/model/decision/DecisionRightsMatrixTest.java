package org.partnergov.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.problem.Problem;

class DecisionRightsMatrixTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final DecisionRightDraft upTo10k = DecisionRightDraft.builder().id("r-1")
      .decisionType("fund allocation").holderPerson("u-7").role("decide").amountFrom(BigDecimal.ZERO)
      .amountTo(new BigDecimal("10000")).amountCurrency("EUR").validFrom(START).build();
  private final DecisionRightDraft from10k = DecisionRightDraft.builder().from(upTo10k).id("r-2")
      .holderPerson("u-1").amountFrom(new BigDecimal("10000")).amountTo(null).build();
  private final DecisionRightDraft tierChange = DecisionRightDraft.builder().id("r-3").decisionType("tier change")
      .holderTeam("partner-office").role("recommend").validFrom(START).build();
  private final DelegationDraft holiday = DelegationDraft.builder().id("d-1").decisionType("fund allocation")
      .delegator("u-7").delegate("u-9").validFrom(START).validUntil(START.plusSeconds(86_400)).build();

  private final DecisionRightsMatrixDraft valid = DecisionRightsMatrixDraft.builder()
      .rights(List.of(upTo10k, from10k, tierChange)).delegations(List.of(holiday)).build();

  @Test
  void parses_a_valid_draft_and_answers_plain_queries() {
    DecisionRightsMatrix matrix = valid.validate().get();

    assertThat(matrix.rightsFor(DecisionType.FUND_ALLOCATION).map(r -> r.id().value())).containsExactly("r-1", "r-2");
    assertThat(matrix.rightsFor(DecisionType.of("pilot extension"))).isEmpty();
    assertThat(matrix.delegationsFor(DecisionType.FUND_ALLOCATION)).hasSize(1);
    assertThat(matrix.decisionTypes()).containsExactly(DecisionType.FUND_ALLOCATION, DecisionType.TIER_CHANGE);
    assertThat(DecisionRightsMatrix.empty().decisionTypes()).isEmpty();
  }

  @Test
  void reports_every_nested_problem_under_its_path() {
    DecisionRightsMatrixDraft bad = DecisionRightsMatrixDraft.builder().rights(List.of(upTo10k,
        DecisionRightDraft.builder().from(from10k).id(" r-1").amountCurrency("USD").build(),
        DecisionRightDraft.builder().from(tierChange).holderPerson("u-3").build()))
        .delegations(List.of(DelegationDraft.builder().from(holiday).delegate("u-7").build(), holiday))
        .build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-09 rights[1].id: 'r-1' is used twice",
        "VAL-04 rights[1].amountCurrency: the bands of FUND_ALLOCATION are in EUR (rights[0]), this one is in USD",
        "VAL-12 rights[2].holder: give exactly one of holderPerson, holderRole and holderTeam, got 2",
        "VAL-12 delegations[0].delegate: must be another person than the delegator u-7",
        "VAL-09 delegations[1].id: 'd-1' is used twice");
  }

  @Test
  void the_typed_builder_refuses_duplicate_ids_and_mixed_currencies() {
    DecisionRightsMatrix matrix = valid.validate().get();
    DecisionRight first = matrix.rights().head();

    assertThatThrownBy(() -> DecisionRightsMatrix.of(matrix.rights().append(first), matrix.delegations()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("decision right id r-1 is used twice");
    assertThatThrownBy(() -> DecisionRightsMatrix.of(List.empty(), matrix.delegations().appendAll(matrix.delegations())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("delegation id d-1 is used twice");
    DecisionRight dollars = DecisionRightDraft.builder().from(from10k).id("r-9").amountCurrency("USD").build()
        .validate().get();
    assertThatThrownBy(() -> DecisionRightsMatrix.of(matrix.rights().append(dollars), List.empty()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("FUND_ALLOCATION mix currencies");
  }
}
