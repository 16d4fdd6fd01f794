package org.partnergov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Magnitude;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;

class RiskTranslationTest {

  static final Instant RAISED = Instant.parse("2026-03-02T09:00:00Z");
  static final Money REVENUE = Money.of("50000", "EUR");

  private final RiskTranslation translation = RiskTranslation.defaults();

  static Risk.Builder risk(RiskKind kind, int impact, int likelihood) {
    return Risk.builder().id(RiskId.of("r-1")).partner(PartnerId.of("acme")).kind(kind).raisedAt(RAISED)
        .raisedBy(PersonId.of("dana")).description("Something went wrong").impact(Rating.of(impact))
        .likelihood(Rating.of(likelihood));
  }

  private Seq<Consequence> translate(Risk risk) {
    return translation.translate(risk).get();
  }

  @Test
  void a_delivery_slip_is_operational_and_also_customer_and_revenue_when_they_are_touched() {
    Seq<Consequence> plain = translate(risk(RiskKind.DELIVERY_SLIP, 4, 3).build());
    assertThat(plain).hasSize(1);
    assertThat(plain.head().category()).isEqualTo(ConsequenceCategory.OPERATIONAL);
    assertThat(plain.head().severity()).isEqualTo(Severity.HIGH);
    assertThat(plain.head().magnitude()).isEqualTo(Magnitude.none());
    assertThat(plain.head().explanation()).isEqualTo("Delivery slip r-1 of partner acme disrupts delivery: an"
        + " operational consequence, rated high (impact 4/5, likelihood 3/5); no customers, revenue or regulation"
        + " known to be involved.");

    Seq<Consequence> wide = translate(risk(RiskKind.DELIVERY_SLIP, 4, 3).customersAffected(12)
        .revenueAtRisk(Option.some(REVENUE)).build());
    assertThat(wide.map(Consequence::category)).containsExactly(ConsequenceCategory.OPERATIONAL,
        ConsequenceCategory.CUSTOMER, ConsequenceCategory.REVENUE);
    assertThat(wide.map(Consequence::severity)).containsOnly(Severity.HIGH);
    assertThat(wide.get(1).explanation()).isEqualTo("Delivery slip r-1 of partner acme reaches customers: a customer"
        + " consequence, rated high (impact 4/5, likelihood 3/5); 12 customers affected, 50000.00 EUR revenue at risk.");
    assertThat(wide.get(2).magnitude()).isEqualTo(new Magnitude(12, Option.some(REVENUE), Option.none()));
  }

  @Test
  void zero_revenue_at_risk_gives_no_revenue_consequence() {
    assertThat(translate(risk(RiskKind.DELIVERY_SLIP, 2, 2).revenueAtRisk(Option.some(Money.of("0", "EUR"))).build())
        .map(Consequence::category)).containsExactly(ConsequenceCategory.OPERATIONAL);
  }

  @Test
  void a_certification_lapse_is_compliance_and_operational() {
    Seq<Consequence> c = translate(risk(RiskKind.CERTIFICATION_LAPSE, 3, 3).build());
    assertThat(c.map(Consequence::category)).containsExactly(ConsequenceCategory.COMPLIANCE, ConsequenceCategory.OPERATIONAL);
    assertThat(c.map(Consequence::severity)).containsOnly(Severity.MEDIUM);
    assertThat(c.head().explanation()).isEqualTo("Certification lapse r-1 of partner acme means work that requires"
        + " the certification is done without it: a compliance consequence, rated medium (impact 3/5, likelihood 3/5);"
        + " no customers, revenue or regulation known to be involved.");
  }

  @Test
  void a_customer_complaint_is_customer_and_revenue_when_revenue_is_at_risk() {
    Seq<Consequence> c = translate(risk(RiskKind.CUSTOMER_COMPLAINT, 5, 5).customersAffected(1)
        .revenueAtRisk(Option.some(REVENUE)).build());
    assertThat(c.map(Consequence::category)).containsExactly(ConsequenceCategory.CUSTOMER, ConsequenceCategory.REVENUE);
    assertThat(c.head().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(c.head().explanation()).isEqualTo("Customer complaint r-1 of partner acme shows a customer is hurt: a"
        + " customer consequence, rated critical (impact 5/5, likelihood 5/5); 1 customer affected, 50000.00 EUR"
        + " revenue at risk.");
  }

  @Test
  void a_compliance_breach_under_a_named_regulation_is_at_least_high() {
    Seq<Consequence> c = translate(risk(RiskKind.COMPLIANCE_BREACH, 1, 2).regulation(Option.some("GDPR"))
        .customersAffected(3).build());
    assertThat(c.map(Consequence::category)).containsExactly(ConsequenceCategory.COMPLIANCE, ConsequenceCategory.CUSTOMER);
    assertThat(c.map(Consequence::severity)).containsExactly(Severity.HIGH, Severity.LOW);
    assertThat(c.head().explanation()).isEqualTo("Compliance breach r-1 of partner acme breaks GDPR: a compliance"
        + " consequence, rated high (impact 1/5, likelihood 2/5, at least high because a regulation (GDPR) is"
        + " involved); 3 customers affected, regulation GDPR.");
    assertThat(translate(risk(RiskKind.COMPLIANCE_BREACH, 1, 2).build()).head().severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void a_readiness_gap_close_to_its_launch_date_is_raised_one_step() {
    Risk close = risk(RiskKind.READINESS_GAP, 3, 3).deadline(Option.some(RAISED.plus(Duration.ofDays(30)))).build();
    Seq<Consequence> c = translate(close);
    assertThat(c.map(Consequence::category)).containsExactly(ConsequenceCategory.OPERATIONAL);
    assertThat(c.head().severity()).isEqualTo(Severity.HIGH);
    assertThat(c.head().explanation()).isEqualTo("Readiness gap r-1 of partner acme threatens a launch or another"
        + " fixed date: an operational consequence, rated high (impact 3/5, likelihood 3/5, raised one step because"
        + " the deadline 2026-04-01T09:00:00Z is at most 30 days after the risk was raised); no customers, revenue or"
        + " regulation known to be involved.");
    Risk far = risk(RiskKind.READINESS_GAP, 3, 3).deadline(Option.some(RAISED.plus(Duration.ofDays(30)).plusSeconds(1)))
        .revenueAtRisk(Option.some(REVENUE)).build();
    assertThat(translate(far).map(Consequence::severity)).containsExactly(Severity.MEDIUM, Severity.MEDIUM);
    assertThat(translate(far).map(Consequence::category)).containsExactly(ConsequenceCategory.OPERATIONAL,
        ConsequenceCategory.REVENUE);
  }

  @Test
  void misused_funds_are_at_least_a_medium_compliance_consequence_and_revenue_when_funds_are_at_risk() {
    Seq<Consequence> c = translate(risk(RiskKind.FUND_MISUSE, 1, 1).revenueAtRisk(Option.some(REVENUE)).build());
    assertThat(c.map(Consequence::category)).containsExactly(ConsequenceCategory.COMPLIANCE, ConsequenceCategory.REVENUE);
    assertThat(c.map(Consequence::severity)).containsExactly(Severity.MEDIUM, Severity.LOW);
    assertThat(c.head().explanation()).isEqualTo("Fund misuse r-1 of partner acme spends program funds on what they"
        + " were not granted for: a compliance consequence, rated medium (impact 1/5, likelihood 1/5, at least medium"
        + " because misused funds always need review); 50000.00 EUR revenue at risk.");
  }

  @Test
  void a_kind_without_a_rule_is_reported_not_dropped() {
    Risk insolvency = risk(RiskKind.of("partner insolvency"), 5, 2).build();
    EscalationProblem problem = translation.translate(insolvency).getLeft();
    assertThat(problem.code()).isEqualTo(EscalationCode.NO_TRANSLATION_RULE);
    assertThat(problem.code().code()).isEqualTo("RSK-01");
    assertThat(problem.subjects()).containsExactly("r-1", "PARTNER_INSOLVENCY");
    assertThat(problem.explanation()).isEqualTo("Risk r-1 of partner acme is a partner insolvency, and no translation"
        + " rule covers that kind, so its consequences are unknown: add a rule for PARTNER_INSOLVENCY.");
  }

  @Test
  void a_host_adds_a_kind_and_a_rule_that_gives_nothing_is_reported() {
    RiskKind insolvency = RiskKind.of("PARTNER_INSOLVENCY");
    RiskTranslation own = translation.with(insolvency, (risk, rated) -> List.of(new Consequence(
        ConsequenceCategory.REVENUE, rated, risk.magnitude(), "The partner may not survive to deliver.")));
    assertThat(own.kinds()).contains(insolvency).containsAll(RiskKind.builtIn());
    assertThat(own.translate(risk(insolvency, 5, 2).build()).get().map(Consequence::severity))
        .containsExactly(Severity.HIGH);
    assertThat(translation.kinds()).doesNotContain(insolvency);

    RiskTranslation silent = translation.with(RiskKind.DELIVERY_SLIP, (risk, rated) -> List.empty());
    EscalationProblem problem = silent.translate(risk(RiskKind.DELIVERY_SLIP, 2, 2).build()).getLeft();
    assertThat(problem.code().code()).isEqualTo("RSK-02");
    assertThat(problem.explanation()).isEqualTo("The rule for delivery slip gave risk r-1 of partner acme no"
        + " consequence; every risk has at least one.");
  }

  @Test
  void another_matrix_changes_the_rating() {
    SeverityMatrix allCritical = SeverityMatrix.ofRows(List.fill(5, List.fill(5, Severity.CRITICAL)));
    assertThat(translation.withMatrix(allCritical).translate(risk(RiskKind.DELIVERY_SLIP, 1, 1).build()).get()
        .head().severity()).isEqualTo(Severity.CRITICAL);
  }
}
