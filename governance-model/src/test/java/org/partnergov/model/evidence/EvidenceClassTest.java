package org.partnergov.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceClassTest {

  @Test
  void only_enablement_does_not_count_as_value() {
    assertThat(EvidenceClass.enablement().countsAsValue()).isFalse();
    assertThat(EvidenceClass.performance(PerformanceDimension.REVENUE_MOTION).countsAsValue()).isTrue();
    assertThat(EvidenceClass.customerImpact().countsAsValue()).isTrue();
  }

  @Test
  void classes_fold_to_their_case_and_compare_by_value() {
    EvidenceClass risk = EvidenceClass.performance(PerformanceDimension.RISK_CONTROL);

    assertThat(risk.<String>fold(e -> "enablement", p -> p.dimension().name(), c -> "impact")).isEqualTo("RISK_CONTROL");
    assertThat(EvidenceClass.enablement().<String>fold(e -> "enablement", p -> "performance", c -> "impact"))
        .isEqualTo("enablement");
    assertThat(EvidenceClass.customerImpact().<String>fold(e -> "enablement", p -> "performance", c -> "impact"))
        .isEqualTo("impact");
    assertThat(EvidenceClass.enablement()).isEqualTo(new EvidenceClass.Enablement());
    assertThat(risk).isEqualTo(new EvidenceClass.Performance(PerformanceDimension.RISK_CONTROL));
    assertThatThrownBy(() -> EvidenceClass.performance(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void provenance_is_ordered_by_trust() {
    assertThat(Provenance.CUSTOMER_CONFIRMED.isAtLeast(Provenance.SYSTEM_RECORDED)).isTrue();
    assertThat(Provenance.CUSTOMER_CONFIRMED.isAtLeast(Provenance.CUSTOMER_CONFIRMED)).isTrue();
    assertThat(Provenance.SELF_REPORTED.isAtLeast(Provenance.SYSTEM_RECORDED)).isFalse();
    assertThat(Provenance.INDEPENDENTLY_AUDITED.isAtLeast(Provenance.CUSTOMER_CONFIRMED)).isTrue();
  }

  @Test
  void activity_kinds_are_normalized_codes_and_know_the_built_in_ones() {
    assertThat(ActivityKind.of(" implementation-delivered on time ")).isEqualTo(ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME);
    assertThat(ActivityKind.of("renewal").isBuiltIn()).isTrue();
    assertThat(ActivityKind.of("Hackathon won").code()).isEqualTo("HACKATHON_WON");
    assertThat(ActivityKind.of("Hackathon won").isBuiltIn()).isFalse();
    assertThat(ActivityKind.builtIn()).hasSize(21).allMatch(ActivityKind::isBuiltIn)
        .startsWith(ActivityKind.TRAINING_COMPLETED).endsWith(ActivityKind.ADOPTION_MEASURED);
    assertThatThrownBy(() -> ActivityKind.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sources_are_trimmed_names() {
    assertThat(ActivitySource.of(" partner portal ")).isEqualTo(new ActivitySource("partner portal"));
    assertThatThrownBy(() -> ActivitySource.of("")).isInstanceOf(IllegalArgumentException.class);
  }
}
