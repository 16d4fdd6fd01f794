package org.partnergov.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.ecosystem.EcosystemDraft;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.OrgUnitDraft;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Region;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.time.Period;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.decision.DecisionIndex;
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
  void who_is_accountable_for_a_decision() {
    Instant now = Instant.parse("2026-06-30T12:00:00Z");
    DecisionRightsMatrix matrix = DecisionRightsMatrix.of(List.of(DecisionRight.builder()
        .id(new DecisionRightId("r-7")).decisionType(DecisionType.FUND_ALLOCATION)
        .scope(Scope.builder().region(new Region("EMEA"))
            .amountBand(AmountBand.below(Money.of("50000", "EUR")))
            .validity(Period.from(Instant.parse("2026-01-01T00:00:00Z"))).build())
        .holder(Holder.person(new PersonId("dana"))).role(RapidRole.DECIDE).build()), List.empty());

    DecisionIndex index = DecisionIndex.of(matrix);
    Accountability who = index.resolve(DecisionContext.of(DecisionType.FUND_ALLOCATION)
        .withRegion(new Region("EMEA")).withAmount(Money.of("12000", "EUR")), now);
    Object decider = who.decider().fold(decided -> decided.holder(), none -> none.reason());

    assertThat(decider).isEqualTo(Holder.person(new PersonId("dana")));
    assertThat(who.explanation()).startsWith("FUND_ALLOCATION of 12000.00 EUR at ").contains("dana decides (right r-7)");
    assertThat(index.resolve(DecisionContext.of(DecisionType.FUND_ALLOCATION)
        .withRegion(new Region("EMEA")).withAmount(Money.of("50000", "EUR")), now).decider().isDecided()).isFalse();
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
