package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.escalation.EscalationLevel;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.EscalationPathId;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.Audience;
import org.partnergov.model.evidence.ClaimSubject;
import org.partnergov.model.evidence.CustomerId;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.evidence.EvidenceProgramId;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.evidence.QualificationCriterion;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.evidence.ValueClaimId;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.diagnosis.Diagnosis;
import org.partnergov.rules.diagnosis.GovernanceRule;

/**
 * Properties of the decision test. For each failure mode, planting it into a generated ecosystem
 * produces its finding about the planted subject, and planting its healthy twin instead clears
 * it. Every built-in rule keeps the {@link GovernanceRuleContract}, and the whole diagnosis does
 * not depend on the order of the ecosystem's parts.
 */
class DecisionTestProperties {

  static final Instant AS_OF = MoneyGenerators.REFERENCE;
  static final OrgUnitId UNIT = new OrgUnitId("planted-unit");
  static final PersonId OWNER = new PersonId("planted-owner");
  static final PersonId REQUESTER = new PersonId("planted-requester");
  static final PersonId REVIEWER = new PersonId("planted-reviewer");
  static final PartnerId PARTNER = new PartnerId("planted-partner");
  static final DecisionTest TEST = DecisionTest.builtIn();

  /** The parts with the planted partner, its internal relationship owner and two colleagues, added once. */
  static EcosystemParts.Builder withPartner(EcosystemParts parts) {
    if (parts.partners().exists(p -> p.id().equals(PARTNER))) {
      return EcosystemParts.builder().from(parts);
    }
    return EcosystemParts.builder().from(parts)
        .orgUnits(parts.orgUnits().append(new OrgUnit(UNIT, "Planted Unit")))
        .persons(parts.persons().appendAll(List.of(person(OWNER, "Olive Owner"), person(REQUESTER, "Rory Requester"),
            person(REVIEWER, "Rene Reviewer"))))
        .partners(parts.partners().append(Partner.builder().id(PARTNER).name("Planted Partner")
            .type(PartnerType.SYSTEMS_INTEGRATOR).tier(Tier.of("gold")).status(PartnerStatus.ACTIVE)
            .relationshipOwner(OWNER).build()));
  }

  static Person person(PersonId id, String name) {
    return Person.builder().id(id).name(name).affiliation(Affiliation.internal(UNIT)).build();
  }

  static ActivityRecord activity(String id, ActivityKind kind, Provenance provenance, boolean attributed) {
    return ActivityRecord.builder().id(new ActivityRecordId(id)).partner(PARTNER).kind(kind)
        .occurredAt(AS_OF.minus(Duration.ofDays(20))).source(ActivitySource.of("CRM")).provenance(provenance)
        .customer(attributed ? Option.some(new CustomerId("planted-customer")) : Option.none()).build();
  }

  static EcosystemSnapshot snapshot(EcosystemParts.Builder parts) {
    return parts.build().validate().getOrElseThrow(() -> new AssertionError("a planted ecosystem must be valid"));
  }

  static Seq<Finding> findings(EcosystemSnapshot snapshot, FailureMode mode, String subject) {
    return TEST.run(snapshot, AS_OF).findings(mode).filter(f -> f.subjects().contains(subject));
  }

  // ---------------------------------------------------------------- FM-1

  /** A revenue claim citing trainings only, or (healthy) citing booked revenue a customer confirmed. */
  static EcosystemSnapshot claim(EcosystemParts parts, boolean onlyActivity) {
    Seq<ActivityRecord> records = List.of(
        activity("planted-training-1", ActivityKind.TRAINING_COMPLETED, Provenance.SYSTEM_RECORDED, false),
        activity("planted-training-2", ActivityKind.CERTIFICATION_EARNED, Provenance.SYSTEM_RECORDED, false),
        activity("planted-revenue", ActivityKind.REVENUE_BOOKED, Provenance.CUSTOMER_CONFIRMED, true));
    Seq<ActivityRecordId> cited = onlyActivity ? records.take(2).map(ActivityRecord::id) : List.of(records.last().id());
    return snapshot(withPartner(parts).activities(parts.activities().appendAll(records))
        .valueClaims(parts.valueClaims().append(ValueClaim.builder().id(new ValueClaimId("planted-claim"))
            .partner(PARTNER).subject(ClaimSubject.dimension(PerformanceDimension.REVENUE_MOTION))
            .period(Period.of(AS_OF.minus(Duration.ofDays(90)), AS_OF)).cited(cited).claimant(OWNER)
            .statement("the partner grew revenue").madeAt(AS_OF.minus(Duration.ofDays(1))).build())));
  }

  @Test
  void FM_1_a_claim_backed_only_by_enablement_is_found_and_its_healthy_twin_is_not() {
    qt().withExamples(60).forAll(EcosystemGenerators.ecosystemParts()).checkAssert(parts -> {
      assertThat(findings(claim(parts, true), FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE, "planted-claim")).hasSize(1);
      assertThat(findings(claim(parts, false), FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE, "planted-claim")).isEmpty();
    });
  }

  // ---------------------------------------------------------------- FM-2

  static final DecisionType PLANTED = DecisionType.of("PLANTED_DECISION");

  /** Two named persons, or (healthy) one, decide the planted decision type everywhere. */
  static EcosystemSnapshot deciders(EcosystemParts parts, boolean two) {
    Scope any = Scope.any(Period.from(AS_OF.minus(Duration.ofDays(365))));
    Seq<DecisionRight> planted = List.of(OWNER, REVIEWER).take(two ? 2 : 1).map(p -> DecisionRight.builder()
        .id(new DecisionRightId("planted-right-" + p.value())).decisionType(PLANTED).holder(Holder.person(p))
        .role(RapidRole.DECIDE).scope(any).build());
    return snapshot(withPartner(parts).matrix(DecisionRightsMatrix.of(parts.matrix().rights().appendAll(planted),
        parts.matrix().delegations())));
  }

  @Test
  void FM_2_two_deciders_of_one_decision_are_found_and_one_named_decider_is_not() {
    qt().withExamples(60).forAll(EcosystemGenerators.ecosystemParts()).checkAssert(parts -> {
      assertThat(findings(deciders(parts, true), FailureMode.NO_NAMED_OWNER_ACROSS_BOUNDARIES, PLANTED.toString()))
          .isNotEmpty();
      assertThat(findings(deciders(parts, false), FailureMode.NO_NAMED_OWNER_ACROSS_BOUNDARIES, PLANTED.toString()))
          .isEmpty();
    });
  }

  // ---------------------------------------------------------------- FM-3

  static final ReviewPathId PATH = new ReviewPathId("planted-path");

  /**
   * A fund request for the planted partner with one review path and one approval: by the
   * partner's relationship owner, or (healthy) by a reviewer under the one Decide right over fund
   * allocations (the generated ones are left out), with a rationale, along the path. The generated
   * requests, paths and records are left out so that they cannot clash with the planted path.
   */
  static EcosystemSnapshot approval(EcosystemParts parts, boolean byOwner) {
    DecisionRight right = DecisionRight.builder().id(new DecisionRightId("planted-funds")).decisionType(DecisionType.FUND_ALLOCATION)
        .holder(Holder.person(REVIEWER)).role(RapidRole.DECIDE).scope(Scope.any(Period.from(AS_OF.minus(Duration.ofDays(365)))))
        .build();
    FundRequest request = FundRequest.builder().id(new RequestId("planted-request")).requester(REQUESTER).partner(PARTNER)
        .rationale("launch event").submittedAt(AS_OF.minus(Duration.ofDays(10))).kind(FundKind.MDF)
        .requestedAmount(Money.of("2500", "EUR")).purpose("launch event").build();
    DecisionRecord record = DecisionRecord.builder().id(new DecisionRecordId("planted-decision")).request(request.id())
        .decisionType(DecisionType.FUND_ALLOCATION).decider(byOwner ? OWNER : REVIEWER).verdict(Verdict.APPROVE)
        .decidedAt(AS_OF.minus(Duration.ofDays(9))).right(Option.some(right.id())).rationale(Option.some("fits the plan"))
        .reviewPath(Option.some(PATH)).build();
    return snapshot(withPartner(parts).requests(List.of(request)).decisionRecords(List.of(record))
        .reviewPaths(List.of(ReviewPath.builder().id(PATH).decisionType(DecisionType.FUND_ALLOCATION)
            .steps(List.of(ReviewStep.of(Holder.person(REVIEWER), List.of(Criterion.of("EVIDENCE_CITED", "cites")),
                Duration.ofDays(3)))).build()))
        .matrix(DecisionRightsMatrix.of(parts.matrix().rights()
            .filter(r -> !(r.decisionType().equals(DecisionType.FUND_ALLOCATION) && r.role().decides())).append(right),
            parts.matrix().delegations())));
  }

  @Test
  void FM_3_an_approval_by_the_relationship_owner_is_found_and_one_along_the_review_path_is_not() {
    qt().withExamples(60).forAll(EcosystemGenerators.ecosystemParts()).checkAssert(parts -> {
      assertThat(findings(approval(parts, true), FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP, "planted-request"))
          .singleElement().satisfies(f -> assertThat(f.explanation()).contains("owns the relationship with Planted Partner"));
      assertThat(findings(approval(parts, false), FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP, "planted-request"))
          .isEmpty();
    });
  }

  // ---------------------------------------------------------------- FM-4

  /** A launch in ten days: the planted partner has a certification, and (healthy) a delivery on record too. */
  static EcosystemSnapshot readiness(EcosystemParts parts, boolean onlyActivity) {
    Seq<ActivityRecord> records = List.of(
        activity("planted-certification", ActivityKind.CERTIFICATION_EARNED, Provenance.SYSTEM_RECORDED, false),
        activity("planted-delivery", ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME, Provenance.SYSTEM_RECORDED, true));
    EvidenceProgram program = EvidenceProgram.builder().id(new EvidenceProgramId("planted-launch")).name("Planted Launch")
        .criteria(List.of(new QualificationCriterion("delivery", EvidenceClass.performance(PerformanceDimension.DELIVERY_QUALITY),
            Provenance.SYSTEM_RECORDED, 1, Duration.ofDays(365))))
        .launchDeadline(AS_OF.plus(Duration.ofDays(10))).deliveryTeam(UNIT).audience(List.of(Audience.of("field sales")))
        .build();
    return snapshot(withPartner(parts).activities(parts.activities().appendAll(onlyActivity ? records.take(1) : records))
        .evidencePrograms(parts.evidencePrograms().append(program)));
  }

  @Test
  void FM_4_readiness_activity_without_evidence_before_a_launch_is_found_and_qualifying_evidence_clears_it() {
    qt().withExamples(60).forAll(EcosystemGenerators.ecosystemParts()).checkAssert(parts -> {
      assertThat(findings(readiness(parts, true), FailureMode.FRAGMENTED_HANDOFFS, PARTNER.toString())
              .filter(f -> f.subjects().contains("planted-launch")))
          .singleElement().satisfies(f -> assertThat(f.explanation())
              .isEqualTo("Planted Partner has 1 readiness activity for Planted Launch but no launch-ready evidence for "
                  + "delivery, 10 days before the launch deadline."));
      assertThat(findings(readiness(parts, false), FailureMode.FRAGMENTED_HANDOFFS, PARTNER.toString())
          .filter(f -> f.subjects().contains("planted-launch"))).isEmpty();
    });
  }

  // ---------------------------------------------------------------- FM-5

  static final EscalationPathId ESCALATION_PATH = new EscalationPathId("planted-escalation-path");

  /**
   * A delivery slip escalated to the planted reviewer, who acknowledges: with no path at all, or
   * (healthy) along a one-level path the reviewer owns.
   */
  static EcosystemSnapshot escalation(EcosystemParts parts, boolean withoutPath) {
    Risk risk = Risk.builder().id(new RiskId("planted-risk")).partner(PARTNER).kind(RiskKind.DELIVERY_SLIP)
        .raisedAt(AS_OF.minus(Duration.ofDays(3))).raisedBy(OWNER).description("pilot cut-over slipped")
        .impact(Rating.of(4)).likelihood(Rating.of(4)).build();
    EscalationPath path = EscalationPath.builder().id(ESCALATION_PATH).category(ConsequenceCategory.OPERATIONAL)
        .minimumSeverity(Severity.LOW).levels(List.of(new EscalationLevel("delivery lead", Holder.person(REVIEWER),
            Duration.ofDays(1)))).build();
    Escalation escalation = Escalation.builder().id(new EscalationId("planted-escalation")).risk(risk.id())
        .path(withoutPath ? Option.none() : Option.some(ESCALATION_PATH)).raisedAt(risk.raisedAt())
        .events(List.of(new EscalationEvent.Reached(REVIEWER, risk.raisedAt(), withoutPath ? Option.none() : Option.some(1)),
            new EscalationEvent.Acknowledged(REVIEWER, risk.raisedAt().plus(Duration.ofHours(2)))))
        .build();
    return snapshot(withPartner(parts).risks(parts.risks().append(risk))
        .escalationPaths(parts.escalationPaths().append(path)).escalations(parts.escalations().append(escalation)));
  }

  @Test
  void FM_5_an_escalation_without_a_path_is_found_and_one_along_its_path_is_not() {
    qt().withExamples(60).forAll(EcosystemGenerators.ecosystemParts()).checkAssert(parts -> {
      assertThat(findings(escalation(parts, true), FailureMode.ESCALATION_BY_RELATIONSHIP, "planted-escalation"))
          .isNotEmpty();
      assertThat(findings(escalation(parts, false), FailureMode.ESCALATION_BY_RELATIONSHIP, "planted-escalation"))
          .isEmpty();
    });
  }

  // ---------------------------------------------------------------- all five at once

  @Test
  void DIAG_04_an_ecosystem_with_every_failure_mode_planted_shows_each_and_fails_the_verdict() {
    EcosystemParts empty = EcosystemParts.builder().host(EcosystemGenerators.HOST).build();
    EcosystemParts all = EcosystemParts.builder().from(escalation(readiness(approval(deciders(claim(empty, true)
        .parts(), true).parts(), true).parts(), true).parts(), true).parts()).build();
    Diagnosis diagnosis = TEST.run(snapshot(EcosystemParts.builder().from(all)), AS_OF);
    assertThat(diagnosis.findings().map(Finding::failureMode).distinct()).containsExactly(FailureMode.values());
    assertThat(diagnosis.findings(FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE).flatMap(Finding::subjects)).contains("planted-claim");
    assertThat(diagnosis.findings(FailureMode.NO_NAMED_OWNER_ACROSS_BOUNDARIES).flatMap(Finding::subjects))
        .contains(PLANTED.toString());
    assertThat(diagnosis.findings(FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP).flatMap(Finding::subjects))
        .contains("planted-request");
    assertThat(diagnosis.findings(FailureMode.FRAGMENTED_HANDOFFS).flatMap(Finding::subjects)).contains("planted-launch");
    assertThat(diagnosis.findings(FailureMode.ESCALATION_BY_RELATIONSHIP).flatMap(Finding::subjects))
        .contains("planted-escalation");
    assertThat(diagnosis.enablement().passed()).isFalse();
    assertThat(diagnosis.exceptions().passed()).isFalse();
    assertThat(diagnosis.performance().passed()).isTrue();
    assertThat(diagnosis.performance().reasons().head()).startsWith("evidence beyond self-reports: ");
  }

  // ---------------------------------------------------------------- contract and order

  @Test
  void DIAG_01_every_built_in_rule_keeps_the_rule_contract() {
    for (GovernanceRule rule : TEST.rules()) {
      GovernanceRuleContract.verify(rule, EcosystemGenerators.snapshots(), 40);
    }
  }

  @Test
  void DIAG_02_the_diagnosis_does_not_depend_on_the_order_of_the_parts() {
    qt().withExamples(40).forAll(EcosystemGenerators.snapshots(), SourceDSLs.seeds()).checkAssert((snapshot, seed) -> {
      Diagnosis once = TEST.run(snapshot, AS_OF);
      Diagnosis shuffled = TEST.run(snapshot(EcosystemParts.builder().from(
          GovernanceRuleContract.shuffle(snapshot.parts(), seed))), AS_OF);
      assertThat(shuffled.findings()).containsExactlyElementsOf(once.findings());
      assertThat(shuffled.verdict()).isEqualTo(once.verdict());
    });
  }

  @Test
  void DIAG_03_a_host_rule_with_a_code_already_taken_is_refused() {
    GovernanceRule twin = GovernanceRule.of("FM-3", "again", (s, at) -> List.empty());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TEST.with(twin))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FM-3");
    assertThat(TEST.with(GovernanceRule.of("ACME-1", "host rule", (s, at) -> List.empty())).rules()).hasSize(
        TEST.rules().size() + 1);
  }

  /** Seeds for shuffles. */
  static final class SourceDSLs {
    static org.quicktheories.core.Gen<Long> seeds() {
      return org.quicktheories.generators.SourceDSL.longs().all();
    }
  }
}
