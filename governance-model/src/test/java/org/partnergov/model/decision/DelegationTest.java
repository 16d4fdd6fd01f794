package org.partnergov.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.time.Period;

class DelegationTest {

  private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-06-15T00:00:00Z");

  private final DelegationDraft valid = DelegationDraft.builder().id("d-1").decisionType("FUND_ALLOCATION")
      .delegator("u-7").delegate("u-9").region("EMEA").validFrom(START).validUntil(END)
      .limitAmount(new BigDecimal("5000")).limitCurrency("EUR").build();

  private final Delegation holiday = Delegation.builder().id(DelegationId.of("d-1"))
      .decisionType(DecisionType.FUND_ALLOCATION).delegator(PersonId.of("u-7")).delegate(PersonId.of("u-9"))
      .scope(Scope.any(Period.of(START, END))).limit(Money.of("5000", "EUR")).build();

  @Test
  void parses_a_valid_draft() {
    Delegation delegation = valid.validate().get();

    assertThat(delegation.delegate()).isEqualTo(PersonId.of("u-9"));
    assertThat(delegation.limit().get()).isEqualTo(Money.of("5000.00", "EUR"));
    assertThat(delegation.scope().region().get().value()).isEqualTo("EMEA");
  }

  @Test
  void reports_every_problem_at_once_with_code_and_path() {
    DelegationDraft bad = DelegationDraft.builder().from(valid).delegate(" u-7 ").validFrom(null)
        .amountFrom(BigDecimal.ZERO).amountCurrency("USD").limitAmount(BigDecimal.ZERO).limitCurrency("eur").build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-12 delegate: must be another person than the delegator u-7",
        "VAL-01 validFrom: is required",
        "VAL-02 limitAmount: must be greater than zero, was 0",
        "VAL-04 limitCurrency: must be the currency of the band USD, was EUR");
  }

  @Test
  void a_limit_needs_both_amount_and_currency() {
    assertThat(DelegationDraft.builder().from(valid).limitCurrency(null).build().validate()
        .getError().map(Problem::toString)).containsExactly("VAL-01 limitCurrency: is required and must not be blank");
    assertThat(DelegationDraft.builder().from(valid).limitAmount(null).build().validate()
        .getError().map(Problem::toString)).containsExactly("VAL-01 limitAmount: is required");
    assertThat(DelegationDraft.builder().from(valid).limitAmount(null).limitCurrency(null).build()
        .validate().get().limit()).isEmpty();
  }

  @Test
  void the_time_box_and_the_limit_bound_the_delegation() {
    DecisionContext decision = DecisionContext.of(DecisionType.FUND_ALLOCATION).withAmount(Money.of("5000", "EUR"));

    assertThat(holiday.appliesTo(decision, START)).isTrue();
    assertThat(holiday.appliesTo(decision, END)).as("just expired").isFalse();
    assertThat(holiday.appliesTo(decision.withAmount(Money.of("5000.01", "EUR")), START)).isFalse();
    assertThat(holiday.appliesTo(DecisionContext.of(DecisionType.FUND_ALLOCATION), START))
        .as("a bounded delegation needs a known amount").isFalse();
    assertThat(holiday.allows(Money.of("1", "USD"))).isFalse();
    assertThat(Delegation.builder().from(holiday).revokedAt(START).build().isInForceAt(START)).isFalse();
  }

  @Test
  void the_typed_builder_refuses_broken_invariants() {
    assertThatThrownBy(() -> Delegation.builder().from(holiday).delegate(PersonId.of("u-7")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot delegate to themselves");
    assertThatThrownBy(() -> Delegation.builder().from(holiday).limit(Money.of("0", "EUR")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("above zero");
    assertThatThrownBy(() -> Delegation.builder().from(holiday)
        .scope(Scope.builder().amountBand(AmountBand.below(Money.of("9", "USD"))).validity(Period.from(START)).build())
        .build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("share a currency");
  }
}
