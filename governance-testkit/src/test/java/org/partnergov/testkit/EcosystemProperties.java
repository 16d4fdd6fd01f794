package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.testkit.Plant.at;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRightDraft;
import org.partnergov.model.decision.DecisionRightsMatrixDraft;
import org.partnergov.model.decision.DelegationDraft;
import org.partnergov.model.ecosystem.EcosystemDraft;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.EscalationDraft;
import org.partnergov.model.escalation.EscalationLevelDraft;
import org.partnergov.model.escalation.EscalationPathDraft;
import org.partnergov.model.escalation.RiskDraft;
import org.partnergov.model.evidence.ActivityRecordDraft;
import org.partnergov.model.evidence.ValueClaimDraft;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.ConflictOfInterestDraft;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.ProgramDraft;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.review.DecisionRecordDraft;
import org.partnergov.model.review.DecisionSubjectDraft;
import org.partnergov.model.review.EscalationResolutionDraft;
import org.partnergov.model.review.FundRequestDraft;
import org.partnergov.model.review.ReviewPathDraft;
import org.partnergov.model.review.ReviewStepDraft;
import org.quicktheories.core.Gen;

/** Properties of whole-ecosystem snapshots: references resolve, problems are reported once each. */
class EcosystemProperties {

  @Test
  void ECO_01_every_generated_ecosystem_is_consistent() {
    qt().withExamples(300).forAll(EcosystemGenerators.ecosystemParts()).checkAssert(p ->
        assertThat(p.validate().isValid()).as("%s", p.validate()).isTrue());
  }

  @Test
  void ECO_02_a_draft_of_an_ecosystem_parses_back_to_the_same_snapshot() {
    qt().withExamples(200).forAll(EcosystemGenerators.ecosystemParts(), org.quicktheories.generators.Generate.booleans())
        .checkAssert((parts, untidy) -> assertThat(EcosystemGenerators.draftOf(parts, untidy).validate().get())
            .isEqualTo(parts.validate().get()));
  }

  @Test
  void ECO_03_each_planted_dangling_reference_or_duplicate_is_reported_once_at_its_path() {
    qt().withExamples(200).forAll(Plant.some(EcosystemGenerators.ecosystemDrafts(),
            at("partners[8].id", d -> EcosystemDraft.builder().from(d).partners(d.partners().append(d.partners().get(0))).build()),
            at("hostName", d -> EcosystemDraft.builder().from(d).hostName(" ").build()),
            at("partners[0].relationshipOwner", d -> EcosystemDraft.builder().from(d)
                .partners(d.partners().update(0, p -> org.partnergov.model.party.PartnerDraft.builder().from(p)
                    .relationshipOwner("person-404").build())).build()),
            at("persons[0].orgUnit", d -> EcosystemDraft.builder().from(d)
                .persons(d.persons().update(0, p -> PersonDraft.builder().from(p).orgUnit("unit-404").build())).build()),
            at("programs[3].owner", d -> EcosystemDraft.builder().from(d)
                .programs(d.programs().update(3, p -> ProgramDraft.builder().from(p).owner("person-404").build())).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void ECO_04_a_broken_part_does_not_make_references_to_it_problems_too() {
    qt().withExamples(200).forAll(EcosystemGenerators.ecosystemDrafts()).checkAssert(d -> {
      EcosystemDraft broken = EcosystemDraft.builder().from(d)
          .persons(d.persons().update(0, p -> PersonDraft.builder().from(p).name(null).build())).build();
      assertThat(Plant.reportedPaths(broken.validate())).containsExactly("persons[0].name");
    });
  }

  @Test
  void ECO_05_a_relationship_owner_who_works_for_a_partner_is_refused() {
    qt().withExamples(200).forAll(EcosystemGenerators.ecosystemParts()).checkAssert(p -> {
      Person owner = p.persons().find(x -> x.id().equals(p.partners().get(0).relationshipOwner())).get();
      EcosystemParts turned = EcosystemParts.builder().from(p).persons(p.persons().replace(owner,
          Person.builder().from(owner).affiliation(Affiliation.partnerStaff(new PartnerId("partner-2"))).build())).build();
      assertThat(turned.validate().getError().filter(x -> x.code() == ProblemCode.INCONSISTENT).map(Problem::path))
          .contains("partners[0].relationshipOwner");
    });
  }

  @Test
  void ECO_06_equal_snapshots_have_equal_hash_codes() {
    qt().withExamples(100).forAll(EcosystemGenerators.ecosystemParts()).check(p -> {
      EcosystemSnapshot a = p.validate().get();
      EcosystemSnapshot b = EcosystemParts.builder().from(p).build().validate().get();
      return a.equals(b) && a.hashCode() == b.hashCode();
    });
  }

  @Test
  void ECO_08_every_part_is_found_by_its_id_and_answers_for_itself() {
    qt().withExamples(100).forAll(EcosystemGenerators.snapshots()).checkAssert(s -> {
      EcosystemParts p = s.parts();
      assertThat(s.host()).isEqualTo(EcosystemGenerators.HOST);
      assertThat(s.toString()).contains(EcosystemGenerators.HOST.name(), p.partners().size() + " partners");
      p.persons().forEach(x -> assertThat(s.person(x.id()).get()).isEqualTo(x));
      p.orgUnits().forEach(x -> assertThat(s.orgUnit(x.id()).get()).isEqualTo(x));
      p.partners().forEach(x -> assertThat(s.partner(x.id()).get()).isEqualTo(x));
      p.programs().forEach(x -> assertThat(s.program(x.id()).get()).isEqualTo(x));
      p.requests().forEach(x -> assertThat(s.request(x.id()).get()).isEqualTo(x));
      p.reviewPaths().forEach(x -> assertThat(s.reviewPath(x.id()).get()).isEqualTo(x));
      p.risks().forEach(x -> assertThat(s.risk(x.id()).get()).isEqualTo(x));
      p.escalationPaths().forEach(x -> assertThat(s.escalationPath(x.id()).get()).isEqualTo(x));
      assertThat(s.person(new org.partnergov.model.party.PersonId("person-404")).isEmpty()).isTrue();
      p.persons().forEach(x -> {
        x.roles().forEach(role -> assertThat(x.holds(role)).isTrue());
        assertThat(x.holds(new org.partnergov.model.party.Role("no such role"))).isFalse();
        p.partners().forEach(partner -> assertThat(x.affiliation().worksFor(partner.id())).isEqualTo(
            x.affiliation().fold(i -> false, staff -> staff.partner().equals(partner.id()))));
      });
      p.programs().forEach(program -> p.partners().forEach(partner -> assertThat(program.enrollmentOf(partner.id()))
          .isEqualTo(program.enrollments().find(e -> e.partner().equals(partner.id())))));
      assertThat(s).isNotEqualTo(EcosystemParts.builder().from(p).host(new org.partnergov.model.party.Organization(
          new org.partnergov.model.party.OrganizationId("other"), "Other")).build().validate().get());
    });
  }

  /** One element of each referring kind, every reference of it pointing at nothing. */
  private record Ghosts(ActivityRecordDraft activity, ValueClaimDraft claim, FundRequestDraft request,
      DecisionRecordDraft record, RiskDraft risk, EscalationDraft escalation, ReviewPathDraft reviewPath,
      EscalationPathDraft escalationPath, DecisionRightDraft right, DelegationDraft delegation) {}

  /** A request to resolve an escalation that does not exist, asked by nobody for no partner. */
  private static final EscalationResolutionDraft GHOST_RESOLUTION = EscalationResolutionDraft.builder()
      .id("request-ghost-resolution").requester("person-404").partner("partner-404").rationale("ghost")
      .submittedAt(MoneyGenerators.REFERENCE).escalation("escalation-404").resolution("close it").build();

  private static Gen<Ghosts> ghosts() {
    var first = EvidenceGenerators.activityRecordDrafts().zip(EvidenceGenerators.valueClaimDrafts(),
        ReviewGenerators.fundRequestDrafts(), ReviewGenerators.decisionRecordDrafts(), Tuple::of);
    var second = EscalationGenerators.riskDrafts().zip(EscalationGenerators.escalationDrafts(),
        ReviewGenerators.reviewPathDrafts(), EscalationGenerators.escalationPathDrafts(), Tuple::of);
    return first.zip(second, DecisionGenerators.decisionRightDrafts(), DecisionGenerators.delegationDrafts(),
        (a, b, right, delegation) ->
            new Ghosts(
                ActivityRecordDraft.builder().from(a._1).id("activity-ghost").partner("partner-404").program("program-404").build(),
                ValueClaimDraft.builder().from(a._2).id("claim-ghost").partner("partner-404").program("program-404")
                    .claimant("person-404").build(),
                FundRequestDraft.builder().from(a._3).id("request-ghost").partner("partner-404").program("program-404")
                    .requester("person-404").build(),
                DecisionRecordDraft.builder().from(a._4).id("record-ghost").request("request-404").decider("person-404")
                    .reviewPath("path-404").right("right-404").delegation("delegation-404").decisionType("tier change")
                    .subject(DecisionSubjectDraft.builder().kind("tier change").partner("partner-404").tier("Gold").build())
                    .build(),
                RiskDraft.builder().from(b._1).id("risk-ghost").partner("partner-404").program("program-404")
                    .raisedBy("person-404").build(),
                EscalationDraft.builder().from(b._2).id("escalation-ghost").risk("risk-404").path("escalation-path-404").build(),
                ReviewPathDraft.builder().from(b._3).id("path-ghost").steps(List.of(ReviewStepDraft.builder()
                    .from(b._3.steps().head()).person(null).role(null).team("unit-404").build())).build(),
                EscalationPathDraft.builder().from(b._4).id("escalation-path-ghost").levels(List.of(EscalationLevelDraft
                    .builder().from(b._4.levels().head()).person("person-404").role(null).team(null).build())).build(),
                DecisionRightDraft.builder().from(right).id("right-ghost").decisionType("ghost decisions")
                    .holderPerson("person-404").holderRole(null).holderTeam(null).build(),
                DelegationDraft.builder().from(delegation).id("delegation-ghost").decisionType("ghost decisions")
                    .delegator("person-404").delegate("person-405").build()));
  }

  @Test
  void ECO_07_every_kind_of_reference_is_checked_at_its_own_path() {
    qt().withExamples(100).forAll(EcosystemGenerators.ecosystemDrafts(), ghosts()).checkAssert((d, g) -> {
      EcosystemDraft haunted = EcosystemDraft.builder().from(d)
          .conflicts(d.conflicts().append(new ConflictOfInterestDraft("person-404", "partner-404", "ghost")))
          .matrix(DecisionRightsMatrixDraft.builder().from(d.matrix())
              .rights(d.matrix().rights().append(g.right())).delegations(d.matrix().delegations().append(g.delegation()))
              .build())
          .activities(d.activities().append(g.activity())).valueClaims(d.valueClaims().append(g.claim()))
          .requests(d.requests().append(g.request()).append(GHOST_RESOLUTION))
          .reviewPaths(d.reviewPaths().append(g.reviewPath()))
          .decisionRecords(d.decisionRecords().append(g.record())).risks(d.risks().append(g.risk()))
          .escalationPaths(d.escalationPaths().append(g.escalationPath()))
          .escalations(d.escalations().append(g.escalation()))
          .build();
      String c = "conflicts[" + d.conflicts().size() + "]";
      String a = "activities[" + d.activities().size() + "]";
      String v = "valueClaims[" + d.valueClaims().size() + "]";
      String r = "requests[" + d.requests().size() + "]";
      String r2 = "requests[" + (d.requests().size() + 1) + "]";
      String p = "reviewPaths[" + d.reviewPaths().size() + "]";
      String dr = "decisionRecords[" + d.decisionRecords().size() + "]";
      String k = "risks[" + d.risks().size() + "]";
      String ep = "escalationPaths[" + d.escalationPaths().size() + "]";
      String e = "escalations[" + d.escalations().size() + "]";
      assertThat(Plant.reportedPaths(haunted.validate())).containsExactlyInAnyOrder(
          c + ".person", c + ".partner",
          "matrix.rights[" + d.matrix().rights().size() + "].holder",
          "matrix.delegations[" + d.matrix().delegations().size() + "].delegator",
          "matrix.delegations[" + d.matrix().delegations().size() + "].delegate",
          a + ".partner", a + ".program", v + ".partner", v + ".program", v + ".claimant",
          r + ".partner", r + ".program", r + ".requester", r2 + ".partner", r2 + ".requester", r2 + ".escalation",
          p + ".steps[0].reviewer", dr + ".request", dr + ".subject.partner", dr + ".decider", dr + ".reviewPath",
          dr + ".right", dr + ".delegation",
          k + ".partner", k + ".program", k + ".raisedBy", ep + ".levels[0].owner", e + ".risk", e + ".path");
    });
  }
}
