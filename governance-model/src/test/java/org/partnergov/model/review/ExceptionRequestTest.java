package org.partnergov.model.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.CustomerId;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.time.Period;

class ExceptionRequestTest {

  private static final Instant SUBMITTED = Instant.parse("2026-06-30T12:00:00Z");

  private final FundRequestDraft fund = FundRequestDraft.builder().id(" r-1 ").requester("u-7")
      .partner("p-1").program("pilot").region("EMEA").rationale("Launch campaign for the pilot")
      .cited(List.of("a-1", "a-2")).submittedAt(SUBMITTED).kind("mdf")
      .amount(new BigDecimal("25000")).currency("eur").purpose("Regional launch events")
      .activityStart(SUBMITTED).activityEnd(SUBMITTED.plusSeconds(86_400)).build();

  @Test
  void parses_a_valid_fund_request_draft() {
    FundRequest request = fund.validate().get();

    assertThat(request.id()).isEqualTo(new RequestId("r-1"));
    assertThat(request.requester()).isEqualTo(new PersonId("u-7"));
    assertThat(request.partner()).isEqualTo(new PartnerId("p-1"));
    assertThat(request.program()).isEqualTo(Option.some(new ProgramId("pilot")));
    assertThat(request.region()).isEqualTo(Option.some(new Region("EMEA")));
    assertThat(request.cited()).containsExactly(new ActivityRecordId("a-1"), new ActivityRecordId("a-2"));
    assertThat(request.kind()).isEqualTo(FundKind.MDF);
    assertThat(request.requestedAmount()).isEqualTo(Money.of("25000.00", "EUR"));
    assertThat(request.activityPeriod()).isEqualTo(Option.some(Period.of(SUBMITTED, SUBMITTED.plusSeconds(86_400))));
    assertThat(request.decisionType()).isEqualTo(DecisionType.FUND_ALLOCATION);
    assertThat(request.amount()).isEqualTo(Option.some(Money.of("25000", "EUR")));
  }

  @Test
  void leaves_out_what_is_optional() {
    FundRequest request = FundRequestDraft.builder().from(fund).program(" ").region(null)
        .cited(List.empty()).activityStart(null).activityEnd(null).build().validate().get();

    assertThat(request.program()).isEmpty();
    assertThat(request.region()).isEmpty();
    assertThat(request.cited()).isEmpty();
    assertThat(request.activityPeriod()).isEmpty();
  }

  @Test
  void reports_every_problem_of_a_fund_request_at_once() {
    FundRequestDraft bad = FundRequestDraft.builder().from(fund).id(null).requester(" ")
        .rationale("").cited(List.of("a-1", " ")).submittedAt(null).kind("grant")
        .amount(BigDecimal.ZERO).purpose(null).activityEnd(SUBMITTED.minusSeconds(1)).build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-01 requester: is required and must not be blank",
        "VAL-01 rationale: is required and must not be blank",
        "VAL-01 cited[1]: is required and must not be blank",
        "VAL-01 submittedAt: is required",
        "VAL-07 kind: 'grant' is not one of [mdf, coop]",
        "VAL-02 amount: must be greater than zero, was 0.00 EUR",
        "VAL-01 purpose: is required and must not be blank",
        "VAL-06 activityEnd: must be after activityStart 2026-06-30T12:00:00Z, was 2026-06-30T11:59:59Z");
  }

  @Test
  void reports_money_problems_under_the_amount_path() {
    FundRequestDraft bad = FundRequestDraft.builder().from(fund).amount(new BigDecimal("-1"))
        .currency("XYZ").activityStart(null).build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-05 currency: 'XYZ' is not an ISO 4217 currency code",
        "VAL-03 amount: must not be negative, was -1",
        "VAL-01 activityStart: is required");
  }

  @Test
  void parses_the_other_three_kinds() {
    IncentiveException incentive = IncentiveExceptionDraft.builder().id("r-2").requester("u-7")
        .partner("p-1").rationale("Deal closed a week late").submittedAt(SUBMITTED)
        .incentive("Q2 accelerator").amount(new BigDecimal("1200.50")).currency("USD")
        .deviation("Count the deal in Q2").build().validate().get();
    Commitment commitment = CommitmentDraft.builder().id("r-3").requester("u-8").partner("p-2")
        .rationale("Key account").submittedAt(SUBMITTED).customer("c-9").promise("On-site support")
        .dueBy(SUBMITTED.plusSeconds(3600)).build().validate().get();
    ReadinessClaim claim = ReadinessClaimDraft.builder().id("r-4").requester("u-9").partner("p-3")
        .rationale("All sites trained").submittedAt(SUBMITTED).launch("Platform GA")
        .launchDate(SUBMITTED.plusSeconds(7200)).claimedCriteria(List.of("trained staff", "demo site"))
        .build().validate().get();

    assertThat(incentive.amount()).isEqualTo(Option.some(Money.of("1200.50", "USD")));
    assertThat(commitment.customer()).isEqualTo(new CustomerId("c-9"));
    assertThat(commitment.amount()).isEmpty();
    assertThat(claim.amount()).isEmpty();
    assertThat(List.<ExceptionRequest>of(fund.validate().get(), incentive, commitment, claim)
        .map(r -> r.fold(f -> "fund", i -> "incentive", c -> "commitment", r2 -> "readiness",
            t -> "tier change", e -> "escalation", h -> "host")))
        .containsExactly("fund", "incentive", "commitment", "readiness");
    assertThat(List.<ExceptionRequest>of(incentive, commitment, claim).map(ExceptionRequest::decisionType))
        .containsExactly(DecisionType.INCENTIVE_EXCEPTION, DecisionType.CUSTOMER_COMMITMENT,
            DecisionType.READINESS_CLAIM);
  }

  @Test
  void reports_the_problems_of_the_other_kinds_after_the_common_ones() {
    assertThat(IncentiveExceptionDraft.builder().partner("p").build().validate().getError()
        .map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-01 requester: is required and must not be blank",
        "VAL-01 rationale: is required and must not be blank",
        "VAL-01 submittedAt: is required",
        "VAL-01 incentive: is required and must not be blank",
        "VAL-01 currency: is required and must not be blank",
        "VAL-01 amount: is required",
        "VAL-01 deviation: is required and must not be blank");
    assertThat(CommitmentDraft.builder().id("r").requester("u").partner("p").rationale("why")
        .submittedAt(SUBMITTED).value(new BigDecimal("10")).build().validate().getError()
        .map(Problem::toString)).containsExactly(
        "VAL-01 customer: is required and must not be blank",
        "VAL-01 promise: is required and must not be blank",
        "VAL-01 dueBy: is required",
        "VAL-01 currency: is required and must not be blank");
    assertThat(ReadinessClaimDraft.builder().id("r").requester("u").partner("p").rationale("why")
        .submittedAt(SUBMITTED).launch("GA").launchDate(SUBMITTED).build().validate().getError()
        .map(Problem::toString)).containsExactly(
        "VAL-11 claimedCriteria: a readiness claim claims at least one criterion");
  }

  @Test
  void the_typed_builders_refuse_broken_invariants() {
    FundRequest valid = fund.validate().get();

    assertThatThrownBy(() -> FundRequest.builder().from(valid).requestedAmount(Money.of("0", "EUR")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestedAmount");
    assertThatThrownBy(() -> FundRequest.builder().from(valid).rationale(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rationale");
    assertThatThrownBy(() -> ReadinessClaim.builder().from((ExceptionRequest) valid).launch("GA")
        .launchDate(SUBMITTED).claimedCriteria(List.empty()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criterion");
  }

  @Test
  void the_common_attributes_copy_from_one_kind_to_another() {
    FundRequest valid = fund.validate().get();
    Commitment commitment = Commitment.builder().from((ExceptionRequest) valid)
        .customer(new CustomerId("c")).promise("Support").dueBy(SUBMITTED)
        .value(Option.some(Money.of("10", "EUR"))).build();

    assertThat(commitment.requester()).isEqualTo(valid.requester());
    assertThat(commitment.cited()).isEqualTo(valid.cited());
    assertThat(commitment.amount()).isEqualTo(Option.some(Money.of("10", "EUR")));
  }
}
