package org.partnergov.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.problem.Problem;

/** Examples of evidence programs and their drafts. */
class EvidenceProgramTest {

  static final Instant DEADLINE = Instant.parse("2026-09-01T00:00:00Z");

  static QualificationCriterionDraft.Builder criterion() {
    return QualificationCriterionDraft.builder().capability("pilot delivery").evidenceClass("performance")
        .dimension("delivery quality").minimumProvenance("customer confirmed").minimumCount(2)
        .validityWindow(Duration.ofDays(90));
  }

  @Test
  void aDraftParsesIntoAProgram() {
    EvidenceProgram p = EvidenceProgramDraft.builder().id("launch-2026").name("Launch evidence").program(" ")
        .criteria(List.of(criterion().build(), criterion().capability("references").evidenceClass("customer impact")
            .dimension(null).minimumCount(1).build()))
        .launchDeadline(DEADLINE).deliveryTeam("pmo").audience(List.of("launch board")).build().validate().get();
    assertThat(p.program()).isEmpty();
    assertThat(p.criteria()).containsExactly(
        new QualificationCriterion("pilot delivery", EvidenceClass.performance(PerformanceDimension.DELIVERY_QUALITY),
            Provenance.CUSTOMER_CONFIRMED, 2, Duration.ofDays(90)),
        new QualificationCriterion("references", EvidenceClass.customerImpact(), Provenance.CUSTOMER_CONFIRMED, 1,
            Duration.ofDays(90)));
    assertThat(p.deliveryTeam()).isEqualTo(OrgUnitId.of("pmo"));
    assertThat(p.audience()).containsExactly(Audience.of("launch board"));
  }

  @Test
  void aDraftReportsEveryProblemAtOnce() {
    List<String> problems = List.ofAll(EvidenceProgramDraft.builder().id(" ")
        .criteria(List.of(criterion().evidenceClass("enablement").dimension(null).build(),
            criterion().dimension(null).minimumCount(0).validityWindow(Duration.ZERO).minimumProvenance("rumour").build(),
            criterion().evidenceClass("customer impact").build()))
        .audience(List.of(" ")).build().validate().getError()).map(Problem::toString);
    assertThat(problems).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-01 name: is required and must not be blank",
        "VAL-12 criteria[0].evidenceClass: a qualification criterion requires performance evidence or customer impact, never enablement",
        "VAL-01 criteria[1].dimension: is required for performance evidence",
        "VAL-07 criteria[1].minimumProvenance: 'rumour' is not one of [self_reported, system_recorded, customer_confirmed, independently_audited]",
        "VAL-10 criteria[1].minimumCount: must be between 1 and 2147483647, was 0",
        "VAL-02 criteria[1].validityWindow: must be longer than zero, was PT0S",
        "VAL-12 criteria[2].dimension: customer impact has no performance dimension",
        "VAL-01 launchDeadline: is required",
        "VAL-01 deliveryTeam: is required and must not be blank",
        "VAL-01 audience[0]: is required and must not be blank");
  }

  @Test
  void aCriterionNeverRequiresEnablement() {
    assertThatThrownBy(() -> new QualificationCriterion("training", EvidenceClass.enablement(),
        Provenance.SYSTEM_RECORDED, 1, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
  }
}
