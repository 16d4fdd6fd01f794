package org.partnergov.model.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.escalation.EscalationDraft;
import org.partnergov.model.escalation.RiskDraft;
import org.partnergov.model.party.OrgUnitDraft;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.review.DecisionRecordDraft;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.DecisionSubjectDraft;
import org.partnergov.model.review.EscalationResolutionDraft;
import org.partnergov.model.review.FundRequestDraft;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.TierChangeDraft;

class EcosystemSnapshotTest {

  private static final Instant T = Instant.parse("2026-06-30T12:00:00Z");

  private final PersonDraft owner = PersonDraft.builder().id("u-7").name("Dana Owner").orgUnit("partner-org").build();
  private final PersonDraft requester = PersonDraft.builder().id("u-8").name("Sam Requester").orgUnit("field").build();
  private final PartnerDraft partner = PartnerDraft.builder().id("p-1").name("Northwind").type("reseller")
      .tier("Gold").status("active").relationshipOwner("u-7").build();
  private final FundRequestDraft request = FundRequestDraft.builder().id("r-1").requester("u-8").partner("p-1")
      .rationale("Launch campaign").submittedAt(T).kind("mdf").amount(new BigDecimal("12000"))
      .currency("EUR").purpose("Co-marketing event").build();

  private EcosystemDraft.Builder draft() {
    return EcosystemDraft.builder().hostId("host").hostName("Contoso")
        .orgUnits(List.of(new OrgUnitDraft("partner-org", "Partner organization"), new OrgUnitDraft("field", "Field sales")))
        .persons(List.of(owner, requester)).partners(List.of(partner)).requests(List.of(request));
  }

  @Test
  void a_consistent_draft_becomes_a_snapshot_with_lookups() {
    EcosystemSnapshot snapshot = draft().build().validate().get();

    assertThat(snapshot.partner(new PartnerId("p-1")).get().relationshipOwner()).isEqualTo(new PersonId("u-7"));
    assertThat(snapshot.request(new RequestId("r-1")).get().requester()).isEqualTo(new PersonId("u-8"));
    assertThat(snapshot.person(new PersonId("nobody")).isEmpty()).isTrue();
    assertThat(EcosystemSnapshot.of(snapshot.parts()).get()).isEqualTo(snapshot);
  }

  @Test
  void reports_parse_problems_and_dangling_references_at_once_without_cascades() {
    EcosystemDraft bad = draft()
        .persons(List.of(PersonDraft.builder().from(owner).name(" ").build(), requester))
        .partners(List.of(partner, PartnerDraft.builder().from(partner).id("p-2").relationshipOwner("u-99").build()))
        .requests(List.of(FundRequestDraft.builder().from(request).partner("p-3").build(),
            FundRequestDraft.builder().from(request).requester("u-8").build()))
        .build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 persons[0].name: is required and must not be blank",
        "VAL-09 requests[1].id: 'r-1' is used by an earlier entry of requests",
        "VAL-08 partners[1].relationshipOwner: refers to person 'u-99', which is not in the ecosystem",
        "VAL-08 requests[0].partner: refers to partner 'p-3', which is not in the ecosystem");
  }

  @Test
  void a_relationship_owner_must_be_an_internal_person() {
    EcosystemDraft bad = draft()
        .persons(List.of(PersonDraft.builder().from(owner).orgUnit(null).partner("p-1").build(), requester))
        .build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-12 partners[0].relationshipOwner: the relationship owner must be an internal person,"
            + " but u-7 works for a partner");
  }

  @Test
  void positions_follow_the_host_input_when_earlier_drafts_fail() {
    EcosystemDraft bad = draft()
        .partners(List.of(PartnerDraft.builder().from(partner).id("p-0").type("franchise").build(),
            PartnerDraft.builder().from(partner).relationshipOwner("u-404").build()))
        .build();

    assertThat(bad.validate().getError().map(Problem::path))
        .containsExactly("partners[0].type", "partners[1].relationshipOwner");
  }
  private final RiskDraft risk = RiskDraft.builder().id("risk-1").partner("p-1").kind("delivery slip").raisedAt(T)
      .raisedBy("u-7").description("Two milestones late").impact(4).likelihood(3).build();
  private final EscalationDraft escalation = EscalationDraft.builder().id("esc-1").risk("risk-1").raisedAt(T).build();
  private final EscalationResolutionDraft resolution = EscalationResolutionDraft.builder().id("r-2").requester("u-8")
      .partner("p-1").rationale("Recovered").submittedAt(T).escalation("esc-1").resolution("Close it").build();
  private final TierChangeDraft tierChange = TierChangeDraft.builder().id("r-3").requester("u-8").partner("p-1")
      .rationale("Three customer references").submittedAt(T).tier("Platinum").build();

  private DecisionRecordDraft.Builder record(String id, String request, String type, DecisionSubjectDraft subject) {
    return DecisionRecordDraft.builder().id(id).request(request).decisionType(type).decider("u-7").verdict("approve")
        .decidedAt(T).subject(subject);
  }

  @Test
  void escalation_resolutions_and_typed_subjects_refer_to_the_ecosystem() {
    EcosystemSnapshot snapshot = draft().risks(List.of(risk)).escalations(List.of(escalation))
        .requests(List.of(request, resolution, tierChange))
        .decisionRecords(List.of(
            record("d-1", "r-2", "escalation resolution",
                DecisionSubjectDraft.builder().kind("escalation").escalation("esc-1").build()).build(),
            record("d-2", "r-3", "tier change",
                DecisionSubjectDraft.builder().kind("tier change").partner("p-1").tier("Platinum").build()).build()))
        .build().validate().get();

    assertThat(snapshot.request(new RequestId("r-3")).get().decisionType()).isEqualTo(DecisionType.TIER_CHANGE);
    assertThat(snapshot.parts().decisionRecords().map(d -> d.subject().kind()))
        .containsExactly(DecisionSubject.Kind.ESCALATION, DecisionSubject.Kind.TIER_CHANGE);
  }

  @Test
  void an_escalation_resolution_names_an_escalation_of_the_ecosystem_for_its_risks_partner() {
    EcosystemDraft unknown = draft().risks(List.of(risk)).escalations(List.of(escalation))
        .requests(List.of(request, EscalationResolutionDraft.builder().from(resolution).escalation("esc-9").build()))
        .build();
    EcosystemDraft otherPartner = draft().risks(List.of(risk)).escalations(List.of(escalation))
        .partners(List.of(partner, PartnerDraft.builder().from(partner).id("p-2").build()))
        .requests(List.of(request, EscalationResolutionDraft.builder().from(resolution).partner("p-2").build()))
        .build();

    assertThat(unknown.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-08 requests[1].escalation: refers to escalation 'esc-9', which is not in the ecosystem");
    assertThat(otherPartner.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-12 requests[1].partner: the resolution of escalation esc-1 is for partner p-2, but the escalated risk"
            + " risk-1 is of partner p-1");
  }

  @Test
  void a_typed_subject_names_what_exists_and_what_its_request_asks() {
    EcosystemDraft bad = draft().risks(List.of(risk)).escalations(List.of(escalation))
        .requests(List.of(request, resolution, tierChange))
        .decisionRecords(List.of(
            record("d-1", "r-2", "escalation resolution",
                DecisionSubjectDraft.builder().kind("escalation").escalation("esc-7").build()).build(),
            record("d-2", "r-3", "tier change",
                DecisionSubjectDraft.builder().kind("tier change").partner("p-9").tier("Platinum").build()).build(),
            record("d-3", "r-3", "tier change",
                DecisionSubjectDraft.builder().kind("tier change").partner("p-1").tier("Silver").build()).build(),
            record("d-4", "r-3", "tier change", null).build()))
        .build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-08 decisionRecords[0].subject.escalation: refers to escalation 'esc-7', which is not in the ecosystem",
        "VAL-08 decisionRecords[1].subject.partner: refers to partner 'p-9', which is not in the ecosystem",
        "VAL-12 decisionRecords[2].subject: the record decides the move of partner p-1 to tier Silver, but its request"
            + " r-3 asks to decide the move of partner p-1 to tier Platinum",
        "VAL-12 decisionRecords[3].subject: the record decides the exception request itself, but its request r-3 asks"
            + " to decide the move of partner p-1 to tier Platinum");
  }
}
