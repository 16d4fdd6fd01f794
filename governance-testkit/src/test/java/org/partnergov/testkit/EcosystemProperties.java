package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.testkit.Plant.at;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.partnergov.model.ecosystem.EcosystemDraft;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.ProgramDraft;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

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
}
