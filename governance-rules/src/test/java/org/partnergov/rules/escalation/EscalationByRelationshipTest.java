package org.partnergov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.escalation.EscalationFixture.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.Severity;

class EscalationByRelationshipTest {

  private static Seq<Finding> detect(Escalation escalation) {
    return EscalationByRelationship.detect(snapshot(List.of(COMPLIANCE), List.of(escalation)));
  }

  @Test
  void an_escalation_that_followed_its_path_has_no_finding() {
    Escalation followed = escalation("e-1", Option.some(COMPLIANCE),
        EscalationEvent.reached(DANA, T0, 1), EscalationEvent.reached(VIC, hours(4), 2),
        EscalationEvent.acknowledged(VIC, hours(5)), EscalationEvent.resolved(CHRIS, hours(6), "Agreement signed"));
    assertThat(detect(followed)).isEmpty();
  }

  @Test
  void FM_5_1_reaching_someone_off_the_path() {
    Escalation around = escalation("e-1", Option.some(COMPLIANCE),
        EscalationEvent.reached(DANA, T0, 1), EscalationEvent.reachedOffPath(OUTSIDER, hours(1)),
        EscalationEvent.reached(SAM, hours(4), 2), EscalationEvent.resolved(OUTSIDER, hours(5), "Sorted it over lunch"));
    Finding finding = detect(around).single();
    assertThat(finding.code()).isEqualTo("FM-5.1");
    assertThat(finding.failureMode()).isEqualTo(FailureMode.ESCALATION_BY_RELATIONSHIP);
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.subjects()).containsExactly("e-1", "r-1", "acme", "p-compliance");
    assertThat(finding.evidence()).containsExactly("reached Gus Olf (golf-buddy) off the path at 2026-03-02T10:00:00Z",
        "reached Sam Ortiz (sam) at level 2 at 2026-03-02T13:00:00Z",
        "resolved by Gus Olf (golf-buddy) at 2026-03-02T14:00:00Z");
    assertThat(finding.explanation()).isEqualTo("Escalation e-1 of risk r-1 (partner Acme Systems) went around path"
        + " p-compliance: reached Gus Olf (golf-buddy) off the path at 2026-03-02T10:00:00Z; reached Sam Ortiz (sam) at"
        + " level 2 at 2026-03-02T13:00:00Z; resolved by Gus Olf (golf-buddy) at 2026-03-02T14:00:00Z, though Gus Olf"
        + " (golf-buddy), Sam Ortiz (sam) own no such level of the path.");
    assertThat(finding.remediation()).isEqualTo("Route the escalation through the owners of path p-compliance level by"
        + " level; if someone off the path should own it, put them on the path.");
  }

  @Test
  void FM_5_2_reaching_a_level_before_the_levels_below_it() {
    Escalation skipped = escalation("e-1", Option.some(COMPLIANCE), EscalationEvent.reached(CHRIS, T0, 3));
    Finding finding = detect(skipped).single();
    assertThat(finding.code()).isEqualTo("FM-5.2");
    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding.evidence()).containsExactly("reached Chris Roe (chris) at level 3 at 2026-03-02T09:00:00Z before levels 1, 2");
    assertThat(finding.explanation()).isEqualTo("Escalation e-1 of risk r-1 (partner Acme Systems) skipped levels of"
        + " path p-compliance: reached Chris Roe (chris) at level 3 at 2026-03-02T09:00:00Z before levels 1, 2 had been"
        + " reached.");
    assertThat(finding.remediation()).isEqualTo("Let each level acknowledge or time out before the next is reached; if"
        + " a level is never needed, remove it from the path.");
  }

  @Test
  void FM_5_3_an_escalation_without_a_path() {
    Escalation none = escalation("e-1", Option.none(), EscalationEvent.reachedOffPath(OUTSIDER, hours(1)),
        EscalationEvent.acknowledged(OUTSIDER, hours(2)));
    Finding finding = detect(none).single();
    assertThat(finding.code()).isEqualTo("FM-5.3");
    assertThat(finding.subjects()).containsExactly("e-1", "r-1", "acme");
    assertThat(finding.explanation()).isEqualTo("Escalation e-1 of risk r-1 (partner Acme Systems) follows no defined"
        + " escalation path; it reached Gus Olf (golf-buddy) because someone knew whom to call.");
    assertThat(finding.remediation()).isEqualTo("Define an escalation path for the risk's consequence, with a named"
        + " owner at each level, and route this escalation through it.");
    assertThat(detect(escalation("e-2", Option.none())).single().explanation()).isEqualTo("Escalation e-2 of risk r-1"
        + " (partner Acme Systems) follows no defined escalation path.");
  }

  @Test
  void the_fallback_owner_of_a_level_and_any_holder_of_its_role_are_on_the_path() {
    EscalationPath legal = path("p-legal", ConsequenceCategory.COMPLIANCE, Severity.HIGH,
        level("Legal", Holder.team(LEGAL), Duration.ofHours(8)),
        level("Chief revenue officer", Holder.person(CHRIS), Duration.ofHours(8)));
    Escalation viaFallback = escalation("e-1", Option.some(legal), EscalationEvent.reached(PAT, T0, 1),
        EscalationEvent.acknowledged(LOU, hours(1)));
    assertThat(EscalationByRelationship.detect(snapshot(List.of(legal), List.of(viaFallback)))).isEmpty();
  }

  @Test
  void findings_come_per_escalation_in_id_order_and_code_order() {
    Escalation both = escalation("e-2", Option.some(COMPLIANCE), EscalationEvent.reached(OUTSIDER, T0, 2));
    Escalation none = escalation("e-1", Option.none());
    assertThat(EscalationByRelationship.detect(snapshot(List.of(COMPLIANCE), List.of(both, none))).map(Finding::code))
        .containsExactly("FM-5.3", "FM-5.1", "FM-5.2");
  }
}
