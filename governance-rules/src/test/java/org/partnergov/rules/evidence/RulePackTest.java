package org.partnergov.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;

/** Examples of classifying activity kinds by rule packs. */
class RulePackTest {

  static final EvidenceClass ENABLEMENT = EvidenceClass.enablement();
  static final EvidenceClass IMPACT = EvidenceClass.customerImpact();

  static EvidenceClass performance(PerformanceDimension d) {
    return EvidenceClass.performance(d);
  }

  /** Every default rule: the kind, its class, the sentence that explains it. */
  static Stream<Arguments> defaultRules() {
    return Stream.of(
        Arguments.of(ActivityKind.TRAINING_COMPLETED, ENABLEMENT,
            "\"training completed\" is enablement, not value by itself (rule training-completed-is-enablement of pack defaults)."),
        Arguments.of(ActivityKind.CERTIFICATION_EARNED, ENABLEMENT,
            "\"certification earned\" is enablement, not value by itself (rule certification-earned-is-enablement of pack defaults)."),
        Arguments.of(ActivityKind.ONBOARDING_STEP_DONE, ENABLEMENT,
            "\"onboarding step done\" is enablement, not value by itself (rule onboarding-step-done-is-enablement of pack defaults)."),
        Arguments.of(ActivityKind.EVENT_ATTENDED, ENABLEMENT,
            "\"event attended\" is enablement, not value by itself (rule event-attended-is-enablement of pack defaults)."),
        Arguments.of(ActivityKind.COLLATERAL_DOWNLOADED, ENABLEMENT,
            "\"collateral downloaded\" is enablement, not value by itself (rule collateral-downloaded-is-enablement of pack defaults)."),
        Arguments.of(ActivityKind.WEBINAR_JOINED, ENABLEMENT,
            "\"webinar joined\" is enablement, not value by itself (rule webinar-joined-is-enablement of pack defaults)."),
        Arguments.of(ActivityKind.DEAL_REGISTERED, performance(PerformanceDimension.REVENUE_MOTION),
            "\"deal registered\" is performance evidence of revenue motion (rule deal-registered-is-revenue-motion of pack defaults)."),
        Arguments.of(ActivityKind.OPPORTUNITY_WON, performance(PerformanceDimension.REVENUE_MOTION),
            "\"opportunity won\" is performance evidence of revenue motion (rule opportunity-won-is-revenue-motion of pack defaults)."),
        Arguments.of(ActivityKind.REVENUE_BOOKED, performance(PerformanceDimension.REVENUE_MOTION),
            "\"revenue booked\" is performance evidence of revenue motion (rule revenue-booked-is-revenue-motion of pack defaults)."),
        Arguments.of(ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME, performance(PerformanceDimension.DELIVERY_QUALITY),
            "\"implementation delivered on time\" is performance evidence of delivery quality (rule implementation-delivered-on-time-is-delivery-quality of pack defaults)."),
        Arguments.of(ActivityKind.DEFECT_OR_ESCALATION_RATE, performance(PerformanceDimension.DELIVERY_QUALITY),
            "\"defect or escalation rate\" is performance evidence of delivery quality (rule defect-or-escalation-rate-is-delivery-quality of pack defaults)."),
        Arguments.of(ActivityKind.DELIVERY_SCORE, performance(PerformanceDimension.DELIVERY_QUALITY),
            "\"delivery score\" is performance evidence of delivery quality (rule delivery-score-is-delivery-quality of pack defaults)."),
        Arguments.of(ActivityKind.COMPLIANCE_AUDIT_PASSED, performance(PerformanceDimension.RISK_CONTROL),
            "\"compliance audit passed\" is performance evidence of risk control (rule compliance-audit-passed-is-risk-control of pack defaults)."),
        Arguments.of(ActivityKind.INCIDENT_RESOLVED, performance(PerformanceDimension.RISK_CONTROL),
            "\"incident resolved\" is performance evidence of risk control (rule incident-resolved-is-risk-control of pack defaults)."),
        Arguments.of(ActivityKind.CERTIFICATION_LAPSED, performance(PerformanceDimension.RISK_CONTROL),
            "\"certification lapsed\" is performance evidence of risk control (rule certification-lapsed-is-risk-control of pack defaults)."),
        Arguments.of(ActivityKind.QUALIFICATION_PASSED, performance(PerformanceDimension.READINESS),
            "\"qualification passed\" is performance evidence of readiness (rule qualification-passed-is-readiness of pack defaults)."),
        Arguments.of(ActivityKind.REFERENCE_ARCHITECTURE_VALIDATED, performance(PerformanceDimension.READINESS),
            "\"reference architecture validated\" is performance evidence of readiness (rule reference-architecture-validated-is-readiness of pack defaults)."),
        Arguments.of(ActivityKind.CUSTOMER_SATISFACTION_SURVEY, IMPACT,
            "\"customer satisfaction survey\" is customer impact (rule customer-satisfaction-survey-is-customer-impact of pack defaults)."),
        Arguments.of(ActivityKind.CUSTOMER_CONFIRMED_OUTCOME, IMPACT,
            "\"customer confirmed outcome\" is customer impact (rule customer-confirmed-outcome-is-customer-impact of pack defaults)."),
        Arguments.of(ActivityKind.RENEWAL, IMPACT,
            "\"renewal\" is customer impact (rule renewal-is-customer-impact of pack defaults)."),
        Arguments.of(ActivityKind.ADOPTION_MEASURED, IMPACT,
            "\"adoption measured\" is customer impact (rule adoption-measured-is-customer-impact of pack defaults)."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaultRules")
  void eachDefaultRuleClassifiesItsKindAndSaysWhy(ActivityKind kind, EvidenceClass expected, String explanation) {
    Classification c = RulePack.defaults().classify(kind);
    assertThat(c).isInstanceOf(Classification.Classified.class);
    Classification.Classified classified = (Classification.Classified) c;
    assertThat(classified.evidenceClass()).isEqualTo(expected);
    assertThat(classified.pack()).isEqualTo("defaults");
    assertThat(c.countsAsValue()).isEqualTo(expected.countsAsValue());
    assertThat(c.explanation()).isEqualTo(explanation);
  }

  @Test
  void theDefaultsCoverExactlyTheBuiltInKinds() {
    assertThat(defaultRules()).hasSize(21);
    assertThat(RulePack.defaults().rules().map(ClassificationRule::kind).toSet())
        .isEqualTo(ActivityKind.builtIn().toSet());
    assertThat(RulePack.defaults().rules().map(ClassificationRule::name).distinct()).hasSize(21);
  }

  @Test
  void aCertificationLapseIsARiskSignalNotEnablement() {
    assertThat(RulePack.defaults().classify(ActivityKind.CERTIFICATION_LAPSED).classOrNone().get())
        .isEqualTo(performance(PerformanceDimension.RISK_CONTROL));
  }

  @Test
  void anUnknownKindIsUnclassifiedNeverValueAndReported() {
    Classification c = RulePack.defaults().classify(ActivityKind.of("hackathon won"));
    assertThat(c).isEqualTo(new Classification.Unclassified(ActivityKind.of("HACKATHON_WON"), "defaults"));
    assertThat(c.countsAsValue()).isFalse();
    assertThat(((Classification.Unclassified) c).code().code()).isEqualTo("EVD-01");
    assertThat(c.explanation()).isEqualTo(
        "\"hackathon won\" is unclassified: no rule of pack defaults covers it, so it never counts as value (EVD-01).");
  }

  @Test
  void aHostAddsItsOwnKindsAndTheClassificationNamesItsRuleAndPack() {
    RulePack host = RulePack.empty("acme-host")
        .with("poc-is-readiness", ActivityKind.of("POC delivered"), performance(PerformanceDimension.READINESS));
    Either<Seq<RuleConflict>, RulePack> combined = RulePack.defaults().compose(host);
    assertThat(combined.isRight()).isTrue();
    assertThat(combined.get().name()).isEqualTo("defaults and acme-host");
    assertThat(combined.get().classify(ActivityKind.of("poc delivered")).explanation()).isEqualTo(
        "\"poc delivered\" is performance evidence of readiness (rule poc-is-readiness of pack acme-host).");
    assertThat(combined.get().classify(ActivityKind.RENEWAL).explanation()).endsWith("of pack defaults).");
    assertThat(combined.get().rules()).hasSize(22);
  }

  @Test
  void composingPacksThatDisagreeIsAConflictNotAChoiceByOrder() {
    RulePack host = RulePack.empty("acme-host")
        .with("events-drive-revenue", ActivityKind.EVENT_ATTENDED, performance(PerformanceDimension.REVENUE_MOTION))
        .with("renewal-is-impact", ActivityKind.RENEWAL, IMPACT);
    Either<Seq<RuleConflict>, RulePack> combined = RulePack.defaults().compose(host);
    assertThat(combined.isLeft()).isTrue();
    assertThat(combined.getLeft()).hasSize(1);
    RuleConflict conflict = combined.getLeft().head();
    assertThat(conflict.code().code()).isEqualTo("EVD-02");
    assertThat(conflict.explanation()).isEqualTo("\"event attended\" is enablement by rule "
        + "event-attended-is-enablement of pack defaults but performance evidence (revenue motion) by rule "
        + "events-drive-revenue of pack acme-host; choose one explicitly with an override (EVD-02).");
    assertThat(host.compose(RulePack.defaults()).getLeft().head().firstPack()).isEqualTo("acme-host");
  }

  @Test
  void anExplicitOverrideReplacesTheDefaultRule() {
    RulePack host = RulePack.empty("acme-host")
        .with("lapse-is-enablement", ActivityKind.CERTIFICATION_LAPSED, ENABLEMENT);
    RulePack pack = RulePack.defaults().overriddenBy(host);
    assertThat(pack.name()).isEqualTo("defaults overridden by acme-host");
    assertThat(pack.classify(ActivityKind.CERTIFICATION_LAPSED).explanation()).isEqualTo(
        "\"certification lapsed\" is enablement, not value by itself (rule lapse-is-enablement of pack acme-host).");
    assertThat(pack.rules()).hasSize(21);
  }

  @Test
  void onePackHasOneRulePerKind() {
    assertThatThrownBy(() -> RulePack.defaults().with("again", ActivityKind.RENEWAL, IMPACT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overriddenBy");
  }

  @Test
  void theKindsOfABatchAreClassifiedOnceAndTheGapsShow() {
    io.vavr.collection.SortedMap<ActivityKind, RulePack.KindCount> kinds = RulePack.defaults().classifyKinds(
        io.vavr.collection.List.of(Records.of("a-1", ActivityKind.RENEWAL), Records.of("a-2", ActivityKind.RENEWAL),
            Records.of("a-3", ActivityKind.of("hackathon won"))));
    assertThat(kinds.keySet()).containsExactly(ActivityKind.of("HACKATHON_WON"), ActivityKind.RENEWAL);
    assertThat(kinds.get(ActivityKind.RENEWAL).get().records()).isEqualTo(2);
    assertThat(kinds.values().filter(k -> k.classification() instanceof Classification.Unclassified)
        .map(k -> k.classification().explanation())).containsExactly(
        "\"hackathon won\" is unclassified: no rule of pack defaults covers it, so it never counts as value (EVD-01).");
  }
}
