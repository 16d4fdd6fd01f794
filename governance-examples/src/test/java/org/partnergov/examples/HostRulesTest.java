package org.partnergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.examples.demo.SampleEcosystem;
import org.partnergov.examples.demo.SampleEcosystem.Story;
import org.partnergov.examples.extension.HostRules;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.escalation.EscalationCode;
import org.partnergov.rules.escalation.RiskTranslation;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.review.AcceptedDecision;
import org.partnergov.rules.review.CaseState;
import org.partnergov.rules.review.CriterionCheck;
import org.partnergov.rules.review.DecisionAttempt;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.Rejection;
import org.partnergov.rules.review.ReviewCase;
import org.partnergov.rules.review.ReviewPolicy;
import org.partnergov.rules.review.Violation;
import org.partnergov.testkit.ApprovalRuleContract;
import org.partnergov.testkit.GovernanceRuleContract;

/** The host's extensions plug into the library's extension points and keep the testkit's contracts. */
class HostRulesTest {

  static final EcosystemSnapshot SAMPLE = SampleEcosystem.snapshot(Story.PLATFORM);
  static final Instant AT = SampleEcosystem.AS_OF;

  @Test
  void the_host_activity_kind_counts_as_revenue_motion_and_the_defaults_stay() {
    ActivityRecord converted = ActivityRecord.builder().id(new ActivityRecordId("conv-1"))
        .partner(SampleEcosystem.NORTHWIND).kind(HostRules.PILOT_CONVERTED).occurredAt(AT)
        .source(ActivitySource.of("Billing")).provenance(Provenance.SYSTEM_RECORDED).build();
    assertThat(HostRules.pack().classify(converted).classOrNone())
        .containsExactly(EvidenceClass.performance(PerformanceDimension.REVENUE_MOTION));
    assertThat(RulePack.defaults().classify(converted).classOrNone()).isEmpty();
    assertThat(HostRules.pack().classify(org.partnergov.model.evidence.ActivityKind.TRAINING_COMPLETED).classOrNone())
        .containsExactly(EvidenceClass.enablement());
  }

  @Test
  void the_host_criterion_checks_the_tier_limit() {
    ExceptionReview review = ExceptionReview.of(SAMPLE, HostRules.policy());
    // Helix is gold: 18,000 EUR is within 25,000; Northwind is platinum: no limit applies
    assertThat(HostRules.WITHIN_TIER_LIMIT.check(review.facts(SAMPLE.request(new RequestId("helix-q3-comarketing")).get())))
        .isEqualTo(CriterionCheck.met("18000.00 EUR is within the gold limit of 25000 EUR"));
    assertThat(HostRules.WITHIN_TIER_LIMIT.check(review.facts(SAMPLE.request(new RequestId("northwind-expansion-coselling")).get())))
        .isEqualTo(CriterionCheck.met("no tier limit applies"));
    assertThat(HostRules.policy().criteria().keySet()).contains("WITHIN_TIER_LIMIT", "EVIDENCE_CITED");
    assertThat(ReviewPolicy.defaults().criteria().keySet()).doesNotContain("WITHIN_TIER_LIMIT");
  }

  @Test
  void the_host_risk_kind_translates_into_consequences_and_the_defaults_do_not_know_it() {
    Risk shortage = Risk.builder().id(new RiskId("helix-gateways-late")).partner(SampleEcosystem.HELIX)
        .kind(HostRules.DEVICE_SHORTAGE).raisedAt(AT).raisedBy(SampleEcosystem.MARCO)
        .description("edge gateways for cycle 7 ship three weeks late").impact(Rating.of(3)).likelihood(Rating.of(4))
        .customersAffected(5).build();
    Seq<Consequence> consequences = HostRules.translation().translate(shortage).get();
    assertThat(consequences.map(Consequence::category))
        .containsExactly(ConsequenceCategory.OPERATIONAL, ConsequenceCategory.CUSTOMER);
    Severity rated = HostRules.translation().rate(shortage);
    assertThat(consequences.get(1).severity().ordinal()).isEqualTo(Math.min(rated.ordinal() + 1, 3));
    assertThat(RiskTranslation.defaults().translate(shortage).getLeft().code()).isEqualTo(EscalationCode.NO_TRANSLATION_RULE);
  }

  @Test
  void the_host_governance_rule_keeps_the_rule_contract() {
    GovernanceRuleContract.verify(HostRules.APPROVAL_WITHOUT_EVIDENCE);
  }

  @Test
  void the_host_governance_rule_runs_with_the_built_in_ones() {
    Seq<Finding> findings = DecisionTest.builtIn().with(HostRules.APPROVAL_WITHOUT_EVIDENCE).run(SAMPLE, AT).findings()
        .filter(f -> f.code().equals("MRD-1"));
    assertThat(findings.flatMap(Finding::subjects)).contains("helix-q2-comarketing", "northwind-may-mdf");
    assertThat(findings.head().remediation()).startsWith("Cite the activity records");
    assertThat(Option.of(findings.head().explanation())).isNotEmpty();
  }

  // ---------------------------------------------------------------- approval rule MERIDIAN-01

  static final Instant SUBMITTED = Instant.parse("2026-06-14T10:00:00Z");

  /** The request routed under the policy at its submission time, in review. */
  static ReviewCase routed(ExceptionReview review, ExceptionRequest request) {
    return review.route(ReviewCase.submit(request), SUBMITTED).get();
  }

  static DecisionAttempt approval(String id, PersonId who, Instant at) {
    return DecisionAttempt.of(new DecisionRecordId(id), who, Verdict.APPROVE, "the pilot outcomes justify it", at);
  }

  @Test
  void the_host_approval_rule_keeps_the_approval_rule_contract() {
    ApprovalRuleContract.verify(HostRules.LARGE_FUNDS_NEED_CUSTOMER_PROOF);
    assertThat(HostRules.reviewPolicy().rules()).containsExactly(HostRules.LARGE_FUNDS_NEED_CUSTOMER_PROOF);
  }

  @Test
  void a_large_request_citing_only_system_records_is_not_approved_meridian_01() {
    // 30,000 EUR for Helix, citing a delivery score the device logistics system recorded
    FundRequest helix = FundRequest.builder().id(new RequestId("helix-q3-launch-event")).requester(SampleEcosystem.LENA)
        .partner(SampleEcosystem.HELIX).program(Option.some(SampleEcosystem.EDGE_PILOTS))
        .rationale("launch event for the certified edge gateway")
        .cited(List.of(new ActivityRecordId("devices-env-11"))).submittedAt(SUBMITTED).kind(FundKind.MDF)
        .requestedAmount(Money.of("30000", "EUR")).purpose("launch event").build();
    ExceptionReview review = ExceptionReview.of(SAMPLE, HostRules.reviewPolicy());
    DecisionAttempt byJonas = approval("dec-helix-launch", SampleEcosystem.JONAS, SUBMITTED.plus(Duration.ofHours(1)));

    Either<Rejection, AcceptedDecision> decided = review.decide(routed(review, helix), byJonas);

    String sentence = "Helix Devices asks for 30,000.00 EUR, more than 20,000.00 EUR, and cites no record a customer "
        + "confirmed or an auditor verified; an approval above 20,000.00 EUR needs one";
    assertThat(decided.getLeft().violations()).containsExactly(new Violation(HostRules.MERIDIAN_01, sentence));
    assertThat(decided.getLeft().explanation()).isEqualTo("Rejected: " + sentence + " (MERIDIAN-01).");
    // without the host rule, the library's own rules accept the same approval
    ExceptionReview plain = ExceptionReview.of(SAMPLE, ReviewPolicy.defaults());
    assertThat(plain.decide(routed(plain, helix), byJonas).isRight()).isTrue();
  }

  @Test
  void a_large_request_citing_customer_confirmed_outcomes_keeps_meridian_01() {
    // 65,000 EUR for Northwind, citing outcomes customers confirmed: four eyes, Jonas decides and Daniel agrees
    ExceptionRequest northwind = SAMPLE.request(new RequestId("northwind-expansion-coselling")).get();
    ExceptionReview review = ExceptionReview.of(SAMPLE, HostRules.reviewPolicy());

    Either<Rejection, AcceptedDecision> byJonas = review.decide(routed(review, northwind),
        approval("dec-northwind-expansion-1", SampleEcosystem.JONAS, SUBMITTED.plus(Duration.ofHours(1))));
    assertThat(byJonas.isRight()).as("Jonas's approval: %s", byJonas).isTrue();
    assertThat(byJonas.get().reviewCase().state()).isInstanceOf(CaseState.InReview.class);
    Either<Rejection, AcceptedDecision> byDaniel = review.decide(byJonas.get().reviewCase(),
        approval("dec-northwind-expansion-2", SampleEcosystem.DANIEL, SUBMITTED.plus(Duration.ofHours(2))));
    assertThat(byDaniel.isRight()).as("Daniel's approval: %s", byDaniel).isTrue();
    assertThat(byDaniel.get().reviewCase().state()).isInstanceOfSatisfying(CaseState.Closed.class,
        closed -> assertThat(closed.outcome()).isEqualTo(CaseState.Outcome.APPROVED));
  }
}
