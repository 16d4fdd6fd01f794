package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.testkit.Plant.at;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.Region;

/** Properties of the party values and their drafts. */
class PartyProperties {

  @Test
  void PTY_01_partner_drafts_of_valid_partners_parse_back_to_the_same_partner() {
    qt().forAll(PartyGenerators.partners()).checkAssert(p -> assertThat(
        Partner.parse(PartnerDraft.builder().id(" " + p.id().value() + " ").name(p.name())
            .type(p.type().name()).tier(p.tier().value())
            .regions(p.regions().toList().map(Region::value)).status(p.status().name())
            .relationshipOwner(p.relationshipOwner().value()).build()).get()).isEqualTo(p));
  }

  @Test
  void PTY_02_every_generated_draft_is_valid() {
    qt().forAll(PartyGenerators.partnerDrafts()).check(d -> d.validate().isValid());
    qt().forAll(PartyGenerators.personDrafts()).check(d -> d.validate().isValid());
    qt().forAll(PartyGenerators.programDrafts()).check(d -> d.validate().isValid());
  }

  @Test
  void PTY_03_partner_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(PartyGenerators.partnerDrafts(),
            at("id", d -> PartnerDraft.builder().from(d).id("  ").build()),
            at("name", d -> PartnerDraft.builder().from(d).name(null).build()),
            at("type", d -> PartnerDraft.builder().from(d).type("franchise").build()),
            at("tier", d -> PartnerDraft.builder().from(d).tier("").build()),
            at("status", d -> PartnerDraft.builder().from(d).status(null).build()),
            at("relationshipOwner", d -> PartnerDraft.builder().from(d).relationshipOwner(" ").build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void PTY_04_person_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(PartyGenerators.personDrafts(),
            at("id", d -> PersonDraft.builder().from(d).id(null).build()),
            at("name", d -> PersonDraft.builder().from(d).name(" ").build()),
            at("orgUnit", d -> PersonDraft.builder().from(d).orgUnit(null).partner(null).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void PTY_05_equal_values_have_equal_hash_codes() {
    qt().forAll(PartyGenerators.partners(), PartyGenerators.partners())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
    qt().forAll(PartyGenerators.persons())
        .check(p -> Person.builder().from(p).build().equals(p)
            && Person.builder().from(p).build().hashCode() == p.hashCode());
  }

  @Test
  void PTY_06_id_normalization_is_idempotent() {
    qt().forAll(PartyGenerators.names())
        .check(raw -> new PartnerId(new PartnerId(" " + raw + "\t").value()).equals(new PartnerId(raw)));
  }
}
