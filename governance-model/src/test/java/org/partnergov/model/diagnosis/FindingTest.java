package org.partnergov.model.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.partnergov.model.escalation.Severity;

class FindingTest {

  private static Finding.Builder base() {
    return Finding.builder().failureMode(FailureMode.ESCALATION_BY_RELATIONSHIP)
        .subjects(List.of("risk-4")).severity(Severity.HIGH).evidence(List.of("escalation-7"))
        .explanation("The compliance breach reached the VP because the partner manager called them, not"
            + " through a defined path.")
        .remediation("Define an escalation path for compliance consequences of high severity.");
  }

  @Test
  void builds_a_finding_with_the_failure_mode_code_or_a_sub_code() {
    assertThat(base().code("FM-5").build().code()).isEqualTo("FM-5");
    assertThat(base().code("FM-5.2").build().failureMode().title()).isEqualTo("Escalation by relationship");
  }

  @Test
  void accepts_a_host_rule_code_but_refuses_a_blank_or_spaced_code() {
    assertThat(base().code("ACME-7").build().code()).isEqualTo("ACME-7");
    assertThatThrownBy(() -> base().code("FM 5").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one word");
    assertThatThrownBy(() -> base().code(" ").build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refuses_no_subject_and_blank_text() {
    assertThatThrownBy(() -> base().code("FM-5").subjects(List.empty()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("subject");
    assertThatThrownBy(() -> base().code("FM-5").subjects(List.of("risk-4", " ")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
    assertThatThrownBy(() -> base().code("FM-5").evidence(List.of("")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence");
    assertThatThrownBy(() -> base().code("FM-5").explanation(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("explanation");
    assertThatThrownBy(() -> base().code("FM-5").remediation("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("remediation");
  }
}
