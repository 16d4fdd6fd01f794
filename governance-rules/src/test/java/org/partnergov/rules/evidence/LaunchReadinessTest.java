package org.partnergov.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.evidence.Records.ACME;
import static org.partnergov.rules.evidence.Records.AS_OF;
import static org.partnergov.rules.evidence.Records.GLOBEX;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.Audience;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.evidence.EvidenceProgramId;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.evidence.QualificationCriterion;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.PartnerId;

/** Examples of launch readiness: qualified, gaps, at risk. */
class LaunchReadinessTest {

  static final QualificationCriterion VALIDATED = new QualificationCriterion("reference architecture",
      EvidenceClass.performance(PerformanceDimension.READINESS), Provenance.SYSTEM_RECORDED, 1, Duration.ofDays(180));
  static final QualificationCriterion DELIVERED = new QualificationCriterion("pilot delivery",
      EvidenceClass.performance(PerformanceDimension.DELIVERY_QUALITY), Provenance.CUSTOMER_CONFIRMED, 2,
      Duration.ofDays(90));

  static final EvidenceProgram LAUNCH = EvidenceProgram.builder().id(EvidenceProgramId.of("launch-2026"))
      .name("Platform launch evidence").criteria(List.of(VALIDATED, DELIVERED))
      .launchDeadline(AS_OF.plus(Duration.ofDays(20)).plusSeconds(3_600)).deliveryTeam(OrgUnitId.of("pmo"))
      .audience(List.of(Audience.of("launch board"), Audience.of("field sales"))).build();

  static ActivityRecord confirmed(String id, ActivityKind kind) {
    return Records.record(id, kind).provenance(Provenance.CUSTOMER_CONFIRMED).build();
  }

  @Test
  void aPartnerWithEnoughQualifyingEvidenceIsQualified() {
    Readiness r = LaunchReadiness.assess(LAUNCH, RulePack.defaults(), AS_OF, ACME, List.of(
        Records.of("a-1", ActivityKind.REFERENCE_ARCHITECTURE_VALIDATED),
        confirmed("a-2", ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME),
        confirmed("a-3", ActivityKind.DELIVERY_SCORE)));
    assertThat(r).isInstanceOf(Readiness.Qualified.class);
    assertThat(r.code().code()).isEqualTo("EVD-30");
    assertThat(r.criteria().map(CriterionStatus::qualifying)).containsExactly(
        List.of(ActivityRecordId.of("a-1")), List.of(ActivityRecordId.of("a-2"), ActivityRecordId.of("a-3")));
    assertThat(r.explanation()).isEqualTo("acme is qualified for launch-2026 (EVD-30): every criterion is met. "
        + "\"reference architecture\" needs 1 record of performance evidence (readiness), system recorded or better, "
        + "from the last 180 days: 1 found (a-1) (met). \"pilot delivery\" needs 2 records of performance evidence "
        + "(delivery quality), customer confirmed or better, from the last 90 days: 2 found (a-2, a-3) (met).");
  }

  @Test
  void readinessActivityWithoutQualifyingEvidenceIsAFragmentedHandoff() {
    Readiness r = LaunchReadiness.assess(LAUNCH, RulePack.defaults(), AS_OF, ACME, List.of(
        Records.of("a-1", ActivityKind.TRAINING_COMPLETED),
        Records.selfReported("a-2", ActivityKind.QUALIFICATION_PASSED),
        Records.of("a-3", ActivityKind.DELIVERY_SCORE)));
    assertThat(r).isInstanceOf(Readiness.AtRisk.class);
    assertThat(r.code().code()).isEqualTo("FM-4");
    assertThat(r.code().failureMode()).containsExactly(org.partnergov.model.diagnosis.FailureMode.FRAGMENTED_HANDOFFS);
    assertThat(((Readiness.AtRisk) r).daysRemaining()).isEqualTo(20);
    assertThat(((Readiness.AtRisk) r).readinessActivity()).isEqualTo(3);
    assertThat(r.gaps()).hasSize(2);
    assertThat(r.explanation()).isEqualTo("acme is at risk for launch-2026 (FM-4, fragmented handoff): 3 readiness "
        + "activity records but 2 criteria without qualifying evidence, 20 days left before the launch deadline. "
        + "\"reference architecture\" needs 1 record of performance evidence (readiness), system recorded or better, "
        + "from the last 180 days: none found (EVD-32). \"pilot delivery\" needs 2 records of performance evidence "
        + "(delivery quality), customer confirmed or better, from the last 90 days: none found (EVD-32).");
  }

  @Test
  void aPartnerWithNoActivityHasGaps() {
    SortedMap<PartnerId, Readiness> all = LaunchReadiness.assess(LAUNCH, RulePack.defaults(), AS_OF,
        List.of(ACME, GLOBEX), List.of(Records.of("a-1", ActivityKind.REVENUE_BOOKED),
            Records.record("b-1", ActivityKind.REFERENCE_ARCHITECTURE_VALIDATED).partner(GLOBEX).build()));
    Readiness acme = all.get(ACME).get();
    assertThat(acme).isInstanceOf(Readiness.Gaps.class);
    assertThat(acme.code().code()).isEqualTo("EVD-31");
    assertThat(acme.explanation()).startsWith("acme has gaps for launch-2026 (EVD-31): 2 criteria not met and no "
        + "readiness activity, 20 days left before the launch deadline.");
    Readiness globex = all.get(GLOBEX).get();
    assertThat(globex).isInstanceOf(Readiness.AtRisk.class);
    assertThat(globex.gaps().map(g -> g.criterion().capability())).containsExactly("pilot delivery");
  }

  @Test
  void evidenceMustExistByTheDeadlineAndStillBeValidThen() {
    ActivityRecord afterDeadline = Records.record("a-9", ActivityKind.DELIVERY_SCORE)
        .provenance(Provenance.CUSTOMER_CONFIRMED).occurredAt(LAUNCH.launchDeadline().plusSeconds(1)).build();
    ActivityRecord old = Records.record("a-1", ActivityKind.REFERENCE_ARCHITECTURE_VALIDATED)
        .occurredAt(LAUNCH.launchDeadline().minus(Duration.ofDays(181))).build();
    Readiness r = LaunchReadiness.assess(LAUNCH, RulePack.defaults(), LAUNCH.launchDeadline().plus(Duration.ofDays(3)),
        ACME, List.of(old, afterDeadline, confirmed("a-2", ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME),
            confirmed("a-3", ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME)));
    assertThat(r).isInstanceOf(Readiness.AtRisk.class);
    assertThat(((Readiness.AtRisk) r).daysRemaining()).isZero();
    assertThat(r.gaps().map(g -> g.criterion().capability())).containsExactly("reference architecture");
    assertThat(r.explanation()).contains("no whole day left before the launch deadline");
  }

  @Test
  void onlyRecordsOfTheProgramsPartnerProgramCount() {
    EvidenceProgram scoped = EvidenceProgram.builder().from(LAUNCH).program(Option.some(Records.PILOT)).build();
    ActivityRecord elsewhere = Records.record("a-1", ActivityKind.REFERENCE_ARCHITECTURE_VALIDATED)
        .program(Option.none()).build();
    assertThat(LaunchReadiness.assess(scoped, RulePack.defaults(), AS_OF, ACME, List.of(elsewhere)))
        .isInstanceOf(Readiness.Gaps.class);
  }
}
