package org.partnergov.model.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.problem.Problem;

class RiskTest {

  private static final Instant RAISED = Instant.parse("2026-05-04T09:00:00Z");
  private static final Instant LAUNCH = Instant.parse("2026-06-30T00:00:00Z");

  private final RiskDraft valid = RiskDraft.builder().id("r-1").partner("p-1").program(" launch-2026 ")
      .kind("readiness gap").raisedAt(RAISED).raisedBy("u-3")
      .description("Only 2 of 6 engineers certified ahead of the launch").impact(4).likelihood(5)
      .customersAffected(12).revenueAtRisk(new BigDecimal("250000")).revenueCurrency("eur")
      .regulation(" ").deadline(LAUNCH).build();

  @Test
  void parses_a_valid_draft() {
    Risk risk = valid.validate().get();

    assertThat(risk.kind()).isEqualTo(RiskKind.READINESS_GAP);
    assertThat(risk.kind().isBuiltIn()).isTrue();
    assertThat(risk.program()).isEqualTo(Option.some(new ProgramId("launch-2026")));
    assertThat(risk.impact()).isEqualTo(Rating.of(4));
    assertThat(risk.likelihood()).isEqualTo(Rating.of(5));
    assertThat(risk.revenueAtRisk()).isEqualTo(Option.some(Money.of("250000.00", "EUR")));
    assertThat(risk.regulation()).isEqualTo(Option.none());
    assertThat(risk.deadline()).isEqualTo(Option.some(LAUNCH));
    assertThat(risk.magnitude()).isEqualTo(new Magnitude(12, risk.revenueAtRisk(), Option.none()));
  }

  @Test
  void a_missing_count_of_customers_means_none_known_and_kinds_may_be_the_hosts_own() {
    Risk risk = RiskDraft.builder().from(valid).customersAffected(null).kind("partner insolvency")
        .revenueAtRisk(null).revenueCurrency(null).build().validate().get();

    assertThat(risk.customersAffected()).isZero();
    assertThat(risk.kind()).isEqualTo(RiskKind.of("PARTNER_INSOLVENCY"));
    assertThat(risk.kind().isBuiltIn()).isFalse();
    assertThat(risk.magnitude().revenueAtRisk()).isEmpty();
  }

  @Test
  void reports_every_problem_at_once_with_code_and_path() {
    RiskDraft bad = RiskDraft.builder().from(valid).partner(" ").kind(null).raisedAt(null)
        .impact(0).likelihood(6).customersAffected(-1).revenueAtRisk(new BigDecimal("-5"))
        .revenueCurrency("XXY").build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 partner: is required and must not be blank",
        "VAL-01 kind: is required and must not be blank",
        "VAL-01 raisedAt: is required",
        "VAL-10 impact: must be between 1 and 5, was 0",
        "VAL-10 likelihood: must be between 1 and 5, was 6",
        "VAL-03 customersAffected: must not be negative, was -1",
        "VAL-05 revenueCurrency: 'XXY' is not an ISO 4217 currency code",
        "VAL-03 revenueAtRisk: must not be negative, was -5");
  }

  @Test
  void the_typed_builder_refuses_a_blank_description_and_a_negative_count() {
    Risk.Builder base = Risk.builder().id(RiskId.of("r")).partner(PartnerId.of("p"))
        .kind(RiskKind.DELIVERY_SLIP).raisedAt(RAISED).raisedBy(PersonId.of("u"))
        .impact(Rating.of(1)).likelihood(Rating.of(1));

    assertThatThrownBy(() -> base.description(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
    assertThatThrownBy(() -> base.description("late").customersAffected(-1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("customersAffected");
    assertThatThrownBy(() -> Rating.of(6)).isInstanceOf(IllegalArgumentException.class);
  }
}
