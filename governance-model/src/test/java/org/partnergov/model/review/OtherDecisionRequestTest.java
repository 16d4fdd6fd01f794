package org.partnergov.model.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Tier;
import org.partnergov.model.problem.Problem;

/** The requests for the decisions that are not exception requests: tier changes, escalation resolutions, host decisions. */
class OtherDecisionRequestTest {

  private static final Instant SUBMITTED = Instant.parse("2026-06-30T12:00:00Z");

  private final TierChangeDraft tierChange = TierChangeDraft.builder().id("t-1").requester("u-7").partner("p-1")
      .program("pilot").rationale("Two certified delivery teams and three customer references")
      .cited(List.of("a-1")).submittedAt(SUBMITTED).tier(" Gold ").build();

  private final EscalationResolutionDraft resolution = EscalationResolutionDraft.builder().id("e-r-1")
      .requester("u-7").partner("p-1").rationale("The delivery slip is recovered").submittedAt(SUBMITTED)
      .escalation(" esc-4 ").resolution("Accept the recovery plan and close the escalation").build();

  private final HostDecisionDraft host = HostDecisionDraft.builder().id("h-1").requester("u-7").partner("p-1")
      .rationale("The reseller wants to co-sell a competing line").submittedAt(SUBMITTED)
      .hostType("co-sell exception").subjectKind(" contract ").subjectId("C-2026-17")
      .value(new BigDecimal("1500")).currency("eur").build();

  @Test
  void parses_a_tier_change_decided_as_a_tier_change_without_money_at_stake() {
    TierChange request = tierChange.validate().get();

    assertThat(request.tier()).isEqualTo(Tier.of("Gold"));
    assertThat(request.partner()).isEqualTo(new PartnerId("p-1"));
    assertThat(request.program()).isEqualTo(Option.some(new ProgramId("pilot")));
    assertThat(request.decisionType()).isEqualTo(DecisionType.TIER_CHANGE);
    assertThat(request.amount()).isEmpty();
    assertThat(DecisionSubject.of(request))
        .isEqualTo(new DecisionSubject.OfTierChange(new RequestId("t-1"), new PartnerId("p-1"), Tier.of("Gold")));
  }

  @Test
  void parses_an_escalation_resolution_decided_as_an_escalation_resolution() {
    EscalationResolution request = resolution.validate().get();

    assertThat(request.escalation()).isEqualTo(new EscalationId("esc-4"));
    assertThat(request.resolution()).isEqualTo("Accept the recovery plan and close the escalation");
    assertThat(request.decisionType()).isEqualTo(DecisionType.ESCALATION_RESOLUTION);
    assertThat(request.amount()).isEmpty();
    assertThat(DecisionSubject.of(request).kind()).isEqualTo(DecisionSubject.Kind.ESCALATION);
  }

  @Test
  void parses_a_host_decision_decided_as_its_host_type_with_its_value() {
    HostDecision request = host.validate().get();

    assertThat(request.decisionType()).isEqualTo(DecisionType.of("CO_SELL_EXCEPTION"));
    assertThat(request.subjectKind()).isEqualTo("contract");
    assertThat(request.subjectId()).isEqualTo("C-2026-17");
    assertThat(request.amount()).isEqualTo(Option.some(Money.of("1500", "EUR")));
    assertThat(HostDecisionDraft.builder().from(host).value(null).currency(null).build().validate().get().amount())
        .isEmpty();
    assertThat(DecisionSubject.of(request))
        .isEqualTo(new DecisionSubject.OfHost(new RequestId("h-1"), "contract", "C-2026-17"));
  }

  @Test
  void reports_every_problem_of_each_kind_at_once() {
    assertThat(TierChangeDraft.builder().from(tierChange).id(" ").submittedAt(null).tier("").build().validate()
        .getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-01 submittedAt: is required",
        "VAL-01 tier: is required and must not be blank");
    assertThat(EscalationResolutionDraft.builder().from(resolution).partner(null).escalation(" ").resolution(null)
        .build().validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 partner: is required and must not be blank",
        "VAL-01 escalation: is required and must not be blank",
        "VAL-01 resolution: is required and must not be blank");
    assertThat(HostDecisionDraft.builder().from(host).rationale(" ").hostType(null).subjectKind("").subjectId(null)
        .value(new BigDecimal("-1")).currency("XXY").build().validate().getError().map(Problem::toString))
        .containsExactly(
            "VAL-01 rationale: is required and must not be blank",
            "VAL-01 hostType: is required and must not be blank",
            "VAL-01 subjectKind: is required and must not be blank",
            "VAL-01 subjectId: is required and must not be blank",
            "VAL-05 currency: 'XXY' is not an ISO 4217 currency code",
            "VAL-03 value: must not be negative, was -1");
  }

  @Test
  void a_host_decision_never_takes_a_built_in_type() {
    assertThat(HostDecisionDraft.builder().from(host).hostType("tier change").build().validate().getError()
        .map(Problem::toString)).containsExactly("VAL-12 hostType: 'tier change' is a built-in decision type, which"
        + " has a request of its own; a host decision has a type the host defines");
    HostDecision valid = host.validate().get();
    assertThatThrownBy(() -> HostDecision.builder().from(valid).hostType(DecisionType.FUND_ALLOCATION).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host-defined");
  }

  @Test
  void every_kind_folds_to_its_own_arm() {
    List<ExceptionRequest> requests = List.of(tierChange.validate().get(), resolution.validate().get(),
        host.validate().get());

    assertThat(requests.map(r -> r.<String>fold(f -> "fund", i -> "incentive", c -> "commitment", c -> "readiness",
        t -> "tier change", e -> "escalation", h -> "host"))).containsExactly("tier change", "escalation", "host");
  }
}
