package org.partnergov.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.time.Period;

class ValueClaimTest {

  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-06-30T12:00:00Z");

  private final ValueClaimDraft valid = ValueClaimDraft.builder().id("claim-1").partner("p-1")
      .dimension("delivery quality").validFrom(FROM).validUntil(UNTIL)
      .cited(List.of("act-1", " act-2 ")).claimant("u-3")
      .statement("Escalations halved since the delivery training").madeAt(UNTIL).build();

  @Test
  void parses_a_claim_about_a_performance_dimension() {
    ValueClaim claim = valid.validate().get();

    assertThat(claim).isEqualTo(ValueClaim.builder().id(ValueClaimId.of("claim-1"))
        .partner(PartnerId.of("p-1")).subject(ClaimSubject.dimension(PerformanceDimension.DELIVERY_QUALITY))
        .period(Period.of(FROM, UNTIL)).cited(List.of(ActivityRecordId.of("act-1"), ActivityRecordId.of("act-2")))
        .claimant(PersonId.of("u-3")).statement("Escalations halved since the delivery training")
        .madeAt(UNTIL).build());
    assertThat(claim.program()).isEmpty();
  }

  @Test
  void parses_a_claim_about_a_customer_outcome_citing_nothing_over_an_open_period() {
    ValueClaim claim = ValueClaimDraft.builder().from(valid).dimension(null)
        .customerOutcome(" Onboarding time cut in half ").validUntil(null).cited(List.empty())
        .program("pilot").build().validate().get();

    assertThat(claim.subject()).isEqualTo(ClaimSubject.customerOutcome("Onboarding time cut in half"));
    assertThat(claim.period().isOpenEnded()).isTrue();
    assertThat(claim.cited()).isEmpty();
    assertThat(claim.program().map(Object::toString)).contains("pilot");
  }

  @Test
  void reports_every_problem_at_once_with_code_and_path() {
    ValueClaimDraft bad = ValueClaimDraft.builder().from(valid).id("").partner(null).dimension("charisma")
        .customerOutcome("happier customers").validUntil(FROM).cited(List.of("act-1", " "))
        .claimant(" ").statement(null).madeAt(null).build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-01 partner: is required and must not be blank",
        "VAL-07 dimension: 'charisma' is not one of [delivery_quality, revenue_motion, risk_control,"
            + " readiness]",
        "VAL-12 subject: a claim is about exactly one: a performance dimension or a customer outcome",
        "VAL-06 validUntil: must be after validFrom 2026-01-01T00:00:00Z, was 2026-01-01T00:00:00Z",
        "VAL-01 cited[1]: is required and must not be blank",
        "VAL-01 claimant: is required and must not be blank",
        "VAL-01 statement: is required and must not be blank",
        "VAL-01 madeAt: is required");
  }

  @Test
  void a_claim_about_nothing_is_inconsistent_and_a_missing_start_is_required() {
    ValueClaimDraft bad = ValueClaimDraft.builder().from(valid).dimension(" ").customerOutcome(null)
        .validFrom(null).build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-12 subject: a claim is about exactly one: a performance dimension or a customer outcome",
        "VAL-01 validFrom: is required");
  }

  @Test
  void the_typed_builder_refuses_a_blank_statement_and_blank_outcomes() {
    ValueClaim claim = valid.validate().get();

    assertThatThrownBy(() -> ValueClaim.builder().from(claim).statement("  ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statement");
    assertThatThrownBy(() -> ClaimSubject.customerOutcome(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
    assertThat(ValueClaim.builder().from(claim).program(Option.none()).build()).isEqualTo(claim);
  }

  @Test
  void subjects_fold_to_their_case() {
    assertThat(ClaimSubject.dimension(PerformanceDimension.READINESS)
        .<String>fold(d -> d.dimension().name(), o -> o.description())).isEqualTo("READINESS");
    assertThat(ClaimSubject.customerOutcome("fewer outages")
        .<String>fold(d -> d.dimension().name(), o -> o.description())).isEqualTo("fewer outages");
  }
}
