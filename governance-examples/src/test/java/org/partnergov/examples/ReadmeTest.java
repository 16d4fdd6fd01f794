package org.partnergov.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.partnergov.model.ecosystem.EcosystemDraft;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.party.OrgUnitDraft;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.problem.Problem;
import org.partnergov.testkit.EcosystemGenerators;
import org.partnergov.testkit.Generators;

/** The README's snippets, compiled and run so that they stay true. */
class ReadmeTest {

  @Test
  void a_partner_from_host_data_or_every_problem() {
    Validation<Seq<Problem>, Partner> partner = PartnerDraft.builder()
        .id("p-1").name("Northwind Systems").type("systems integrator").tier("Gold")
        .regions(List.of("EMEA")).status("active").relationshipOwner("u-7")
        .build()
        .validate();

    Validation<Seq<Problem>, Partner> broken = PartnerDraft.builder()
        .id(" ").name("Northwind Systems").type("franchise").tier("Gold")
        .status("active").relationshipOwner("u-7")
        .build()
        .validate();

    assertThat(partner.isValid()).isTrue();
    assertThat(broken.getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-07 type: 'franchise' is not one of [reseller, distributor, systems_integrator, isv,"
            + " device_oem, managed_service_provider, referral]");
  }

  @Test
  void a_whole_ecosystem_with_its_references_checked() {
    PartnerDraft partnerDraft = PartnerDraft.builder().id("p-1").name("Northwind Systems")
        .type("reseller").tier("Gold").status("active").relationshipOwner("u-7").build();

    Validation<Seq<Problem>, EcosystemSnapshot> snapshot = EcosystemDraft.builder()
        .hostId("contoso").hostName("Contoso")
        .orgUnits(List.of(new OrgUnitDraft("partner-org", "Partner organization")))
        .persons(List.of(PersonDraft.builder().id("u-7").name("Dana Owner").orgUnit("partner-org").build()))
        .partners(List.of(partnerDraft))
        .build()
        .validate();

    assertThat(snapshot.isValid()).isTrue();
    assertThat(EcosystemDraft.builder().from(snapshotDraft(partnerDraft)).persons(List.empty()).build()
        .validate().getError().map(Problem::toString)).containsExactly(
            "VAL-08 partners[0].relationshipOwner: refers to person 'u-7', which is not in the ecosystem");
  }

  @Test
  void host_property_tests_with_the_testkit() {
    qt().forAll(Generators.fundRequests()).check(r -> r.requestedAmount().isPositive());
    qt().withExamples(50).forAll(EcosystemGenerators.snapshots()).check(s -> s.parts().partners().size() == 8);
  }

  private static EcosystemDraft snapshotDraft(PartnerDraft partner) {
    return EcosystemDraft.builder().hostId("contoso").hostName("Contoso").partners(List.of(partner)).build();
  }
}
