package org.partnergov.model.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;

class EscalationTest {

  private static final Instant RAISED = Instant.parse("2026-05-04T09:00:00Z");
  private static final PersonId MANAGER = PersonId.of("u-1");
  private static final PersonId VP = PersonId.of("u-9");

  private final EscalationDraft valid = EscalationDraft.builder().id("e-1").risk("r-1").path("path-customer")
      .raisedAt(RAISED)
      .events(List.of(
          EscalationEventDraft.builder().type("Reached").person("u-1").at(RAISED).level(1).build(),
          EscalationEventDraft.builder().type("reached").person("u-9").at(RAISED.plusSeconds(4 * 3600)).build(),
          EscalationEventDraft.builder().type("ACKNOWLEDGED").person("u-9").at(RAISED.plusSeconds(4 * 3600)).build(),
          EscalationEventDraft.builder().type("resolved").person("u-9").at(RAISED.plusSeconds(86_400))
              .resolution(" Partner adds two certified engineers ").build()))
      .build();

  @Test
  void parses_a_valid_draft_with_an_event_off_the_path() {
    Escalation escalation = valid.validate().get();

    assertThat(escalation.path()).isEqualTo(Option.some(EscalationPathId.of("path-customer")));
    assertThat(escalation.events()).containsExactly(
        EscalationEvent.reached(MANAGER, RAISED, 1),
        EscalationEvent.reachedOffPath(VP, RAISED.plusSeconds(4 * 3600)),
        EscalationEvent.acknowledged(VP, RAISED.plusSeconds(4 * 3600)),
        EscalationEvent.resolved(VP, RAISED.plusSeconds(86_400), "Partner adds two certified engineers"));
    assertThat(escalation.isAcknowledged()).isTrue();
    assertThat(escalation.isResolved()).isTrue();
  }

  @Test
  void an_escalation_with_no_events_is_neither_acknowledged_nor_resolved() {
    Escalation open = EscalationDraft.builder().from(valid).path(null).events(List.empty()).build()
        .validate().get();

    assertThat(open.path()).isEmpty();
    assertThat(open.isAcknowledged()).isFalse();
    assertThat(open.isResolved()).isFalse();
  }

  @Test
  void reports_every_problem_at_once_with_code_and_path() {
    EscalationDraft bad = EscalationDraft.builder().id(" ").risk("r-1").path(null).raisedAt(RAISED)
        .events(List.of(
            EscalationEventDraft.builder().type("reached").person("u-1").at(RAISED.minusSeconds(1)).level(1).build(),
            EscalationEventDraft.builder().type("called").person(null).at(RAISED.plusSeconds(60)).build(),
            EscalationEventDraft.builder().type("acknowledged").person("u-1").at(RAISED.plusSeconds(30))
                .level(2).resolution("done").build(),
            EscalationEventDraft.builder().type("resolved").person("u-1").at(null).level(0).build()))
        .build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-12 events[0].at: must not be before the time raised 2026-05-04T09:00:00Z, was 2026-05-04T08:59:59Z",
        "VAL-12 events[0].level: no path is defined, so no level can be reached",
        "VAL-07 events[1].type: 'called' is not one of [reached, acknowledged, resolved]",
        "VAL-01 events[1].person: is required and must not be blank",
        "VAL-12 events[2].level: only a reached event has a level",
        "VAL-12 events[2].resolution: only a resolved event has a resolution",
        "VAL-12 events[2].at: must not be before an earlier event at 2026-05-04T09:01:00Z, was 2026-05-04T09:00:30Z",
        "VAL-01 events[3].at: is required",
        "VAL-12 events[3].level: only a reached event has a level",
        "VAL-01 events[3].resolution: is required and must not be blank");
  }

  @Test
  void the_typed_builder_refuses_events_out_of_time_order() {
    Escalation.Builder base = Escalation.builder().id(EscalationId.of("e")).risk(RiskId.of("r"))
        .raisedAt(RAISED);

    assertThatThrownBy(() -> base.events(List.of(EscalationEvent.acknowledged(MANAGER, RAISED.minusMillis(1)))).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("time order");
    assertThatThrownBy(() -> base.events(List.of(
            EscalationEvent.reachedOffPath(MANAGER, RAISED.plusSeconds(2)),
            EscalationEvent.acknowledged(MANAGER, RAISED.plusSeconds(1)))).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("time order");
    assertThatThrownBy(() -> base.events(List.of(EscalationEvent.reached(MANAGER, RAISED, 1))).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no path");
    assertThat(base.path(Option.some(EscalationPathId.of("p")))
        .events(List.of(EscalationEvent.reached(MANAGER, RAISED, 1), EscalationEvent.acknowledged(MANAGER, RAISED)))
        .build().isAcknowledged()).isTrue();
  }

  @Test
  void fold_handles_each_kind_of_event() {
    List<EscalationEvent> events = List.of(EscalationEvent.reached(MANAGER, RAISED, 2),
        EscalationEvent.acknowledged(MANAGER, RAISED), EscalationEvent.resolved(MANAGER, RAISED, "fixed"));

    assertThat(events.map(e -> e.fold(r -> "reached " + r.level().get(), a -> "acknowledged",
        r -> "resolved: " + r.resolution()))).containsExactly("reached 2", "acknowledged", "resolved: fixed");
    assertThatThrownBy(() -> EscalationEvent.reached(MANAGER, RAISED, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
