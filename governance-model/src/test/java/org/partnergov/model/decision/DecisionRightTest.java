package org.partnergov.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Role;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.time.Period;

class DecisionRightTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2027-01-01T00:00:00Z");

  private final DecisionRightDraft valid = DecisionRightDraft.builder().id(" r-1 ")
      .decisionType("fund allocation").holderPerson("u-7").role("decide").program("pilot")
      .region("EMEA").partnerType("systems integrator").amountFrom(new BigDecimal("10000"))
      .amountTo(new BigDecimal("50000")).amountCurrency("eur").validFrom(START).validUntil(END)
      .build();

  @Test
  void parses_a_valid_draft() {
    DecisionRight right = valid.validate().get();

    assertThat(right).isEqualTo(DecisionRight.builder().id(DecisionRightId.of("r-1"))
        .decisionType(DecisionType.FUND_ALLOCATION).holder(Holder.person(PersonId.of("u-7")))
        .role(RapidRole.DECIDE)
        .scope(Scope.builder().program(ProgramId.of("pilot")).region(Region.of("EMEA"))
            .partnerType(PartnerType.SYSTEMS_INTEGRATOR)
            .amountBand(AmountBand.of(Money.of("10000", "EUR"), Money.of("50000", "EUR")))
            .validity(Period.of(START, END)).build())
        .build());
    assertThat(right.revokedAt()).isEmpty();
    assertThat(right.scope().tier()).isEmpty();
  }

  @Test
  void a_holder_can_be_a_role_or_a_team_and_blank_scope_fields_mean_any() {
    DecisionRight right = DecisionRightDraft.builder().from(valid).holderPerson(" ").holderRole("finance controller")
        .role("Agree").program("").region(null).partnerType(" ").amountFrom(null).amountTo(null)
        .amountCurrency(null).validUntil(null).build().validate().get();

    assertThat(right.holder()).isEqualTo(Holder.role(Role.of("finance controller")));
    assertThat(right.scope()).isEqualTo(Scope.any(Period.from(START)));
  }

  @Test
  void reports_every_problem_at_once_with_code_and_path() {
    DecisionRightDraft bad = DecisionRightDraft.builder().from(valid).id("").decisionType(null)
        .holderRole("finance controller").role("veto").partnerType("franchise")
        .amountFrom(new BigDecimal("-1")).amountTo(new BigDecimal("-5")).amountCurrency("EURO")
        .validUntil(START).build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-01 decisionType: is required and must not be blank",
        "VAL-12 holder: give exactly one of holderPerson, holderRole and holderTeam, got 2",
        "VAL-07 role: 'veto' is not one of [recommend, agree, perform, input, decide]",
        "VAL-07 partnerType: 'franchise' is not one of [reseller, distributor, systems_integrator, isv,"
            + " device_oem, managed_service_provider, referral]",
        "VAL-05 amountCurrency: 'EURO' is not an ISO 4217 currency code",
        "VAL-03 amountFrom: must not be negative, was -1",
        "VAL-03 amountTo: must not be negative, was -5",
        "VAL-06 validUntil: must be after validFrom 2026-01-01T00:00:00Z, was 2026-01-01T00:00:00Z");
  }

  @Test
  void reports_a_band_without_lower_limit_or_currency_and_an_upper_limit_not_above_the_lower() {
    DecisionRightDraft noHolder = DecisionRightDraft.builder().from(valid).holderPerson(null)
        .amountFrom(null).amountCurrency(" ").validFrom(null).build();
    DecisionRightDraft reversed = DecisionRightDraft.builder().from(valid)
        .amountTo(new BigDecimal("10000.00")).build();

    assertThat(noHolder.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-12 holder: give exactly one of holderPerson, holderRole and holderTeam, got 0",
        "VAL-01 amountCurrency: is required and must not be blank",
        "VAL-01 amountFrom: is required",
        "VAL-01 validFrom: is required");
    assertThat(reversed.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-10 amountTo: must be above amountFrom 10000, was 10000.00");
  }

  @Test
  void is_in_force_inside_its_validity_until_revoked() {
    DecisionRight right = valid.validate().get();
    Instant revoked = Instant.parse("2026-03-01T00:00:00Z");
    DecisionRight revokedRight = DecisionRight.builder().from(right).revokedAt(revoked).build();

    assertThat(right.isInForceAt(START)).isTrue();
    assertThat(right.isInForceAt(END)).isFalse();
    assertThat(revokedRight.isInForceAt(revoked.minusNanos(1))).isTrue();
    assertThat(revokedRight.isInForceAt(revoked)).isFalse();
    assertThat(revokedRight.revokedAt()).isEqualTo(Option.some(revoked));
  }

  @Test
  void applies_to_decisions_of_its_type_inside_its_scope() {
    DecisionRight right = valid.validate().get();
    DecisionContext decision = DecisionContext.of(DecisionType.FUND_ALLOCATION).withProgram(ProgramId.of("pilot"))
        .withRegion(Region.of("EMEA")).withPartnerType(PartnerType.SYSTEMS_INTEGRATOR)
        .withAmount(Money.of("10000", "EUR"));
    Instant at = Instant.parse("2026-06-30T12:00:00Z");

    assertThat(right.appliesTo(decision, at)).isTrue();
    assertThat(right.appliesTo(new DecisionContext(DecisionType.TIER_CHANGE, decision.program(),
        decision.region(), decision.tier(), decision.partnerType(), decision.amount()), at)).isFalse();
    assertThat(right.appliesTo(decision.withAmount(Money.of("50000", "EUR")), at)).isFalse();
  }

  @Test
  void the_typed_builder_refuses_a_missing_holder() {
    assertThatThrownBy(() -> DecisionRight.builder().id(DecisionRightId.of("r"))
        .decisionType(DecisionType.TIER_CHANGE).role(RapidRole.DECIDE).scope(Scope.any(Period.from(START)))
        .build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("holder");
  }
}
