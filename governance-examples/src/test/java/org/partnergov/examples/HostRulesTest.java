package org.partnergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
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
import org.partnergov.model.review.RequestId;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.escalation.EscalationCode;
import org.partnergov.rules.escalation.RiskTranslation;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.review.CriterionCheck;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.ReviewPolicy;
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
}
