package org.partnergov.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.partnergov.model.problem.Problem;

class PartnerTest {

  private final PartnerDraft valid = PartnerDraft.builder().id("p-1").name("Northwind Systems")
      .type("systems integrator").tier("Gold").regions(List.of("EMEA", "DACH"))
      .status("active").relationshipOwner("u-7").build();

  @Test
  void parses_a_valid_draft_with_names_in_any_case() {
    Partner partner = valid.validate().get();

    assertThat(partner.type()).isEqualTo(PartnerType.SYSTEMS_INTEGRATOR);
    assertThat(partner.status()).isEqualTo(PartnerStatus.ACTIVE);
    assertThat(partner.regions().toJavaSet()).containsExactlyInAnyOrder(new Region("EMEA"), new Region("DACH"));
    assertThat(partner.relationshipOwner()).isEqualTo(new PersonId("u-7"));
  }

  @Test
  void reports_every_problem_at_once_with_code_and_path() {
    PartnerDraft bad = PartnerDraft.builder().from(valid).id(" ").type("franchise")
        .regions(List.of("EMEA", "")).relationshipOwner(null).build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-07 type: 'franchise' is not one of [reseller, distributor, systems_integrator, isv,"
            + " device_oem, managed_service_provider, referral]",
        "VAL-01 regions[1]: is required and must not be blank",
        "VAL-01 relationshipOwner: is required and must not be blank");
  }

  @Test
  void the_typed_builder_refuses_a_blank_name() {
    assertThatThrownBy(() -> Partner.builder().id(new PartnerId("p")).name(" ")
        .type(PartnerType.ISV).tier(new Tier("Gold")).status(PartnerStatus.ACTIVE)
        .relationshipOwner(new PersonId("u")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
  }
}
