package org.partnergov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.escalation.EscalationFixture.*;

import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Severity;
import org.partnergov.rules.escalation.EscalationState.Acknowledged;
import org.partnergov.rules.escalation.EscalationState.Open;
import org.partnergov.rules.escalation.EscalationState.Resolved;

/** The compliance path: Dana 4 hours, Vic 1 day, Chris 2 days: levels change at T0+4h and T0+28h. */
class EscalationStateTest {

  private final ResolvedPath path = EscalationPolicy.defaults().resolve(COMPLIANCE, PEOPLE, Option.none());
  private final Open started = EscalationState.start(path, T0);

  @Test
  void advance_by_no_level_while_the_time_to_acknowledge_runs() {
    assertThat(started.advance(hours(3.99))).isSameAs(started);
    assertThat(started.advance(T0.minusSeconds(60))).isSameAs(started);
    assertThat(started.explanation()).isEqualTo("Open at level 1 of 3 (Partner manager) of path p-compliance since"
        + " 2026-03-02T09:00:00Z, owned by Dana Lee; it moves to level 2 at 2026-03-02T13:00:00Z unless acknowledged"
        + " before.");
  }

  @Test
  void advance_by_one_level_exactly_when_the_time_runs_out() {
    Open moved = started.advance(hours(4));
    assertThat(moved.level()).isEqualTo(2);
    assertThat(moved.since()).isEqualTo(hours(4));
    assertThat(moved.owner().owningPerson()).contains(VIC);
    assertThat(started.advance(hours(4).minusNanos(1)).level()).isEqualTo(1);
  }

  @Test
  void advance_by_several_levels_when_several_times_ran_out() {
    Open moved = started.advance(hours(28));
    assertThat(moved.level()).isEqualTo(3);
    assertThat(moved.since()).isEqualTo(hours(28));
    assertThat(moved.isOverdue(hours(28))).isFalse();
    assertThat(EscalationState.advance(started, hours(30))).isEqualTo(moved);
  }

  @Test
  void advance_stops_at_the_last_level_which_is_then_overdue() {
    Open last = started.advance(hours(10_000));
    assertThat(last.level()).isEqualTo(3);
    assertThat(last.since()).isEqualTo(hours(28));
    assertThat(last.dueAt()).isEqualTo(hours(76));
    assertThat(last.isOverdue(hours(76))).isTrue();
    assertThat(last.isOverdue(hours(75.99))).isFalse();
    assertThat(last.explanation()).isEqualTo("Open at level 3 of 3 (Chief revenue officer) of path p-compliance since"
        + " 2026-03-03T13:00:00Z, owned by Chris Roe; it is the last level, overdue from 2026-03-05T13:00:00Z.");
  }

  @Test
  void acknowledging_stops_the_escalation_and_resolving_closes_it() {
    Acknowledged ack = started.acknowledge(DANA, hours(2)).get();
    assertThat(ack.level()).isEqualTo(1);
    assertThat(EscalationState.advance(ack, hours(10_000))).isSameAs(ack);
    assertThat(ack.explanation()).isEqualTo("Acknowledged by Dana Lee at 2026-03-02T11:00:00Z at level 1 of 3 (Partner"
        + " manager) of path p-compliance; it waits for resolution.");
    Resolved resolved = ack.resolve(DANA, hours(30), "Processing agreement signed").get();
    assertThat(EscalationState.advance(resolved, hours(10_000))).isSameAs(resolved);
    assertThat(resolved.explanation()).isEqualTo("Resolved by Dana Lee at 2026-03-03T15:00:00Z at level 1 of 3 (Partner"
        + " manager) of path p-compliance: Processing agreement signed.");
  }

  @Test
  void a_late_acknowledgement_lands_at_the_level_reached_by_then_and_leadership_may_step_in() {
    assertThat(started.acknowledge(VIC, hours(5)).get().level()).isEqualTo(2);
    assertThat(started.acknowledge(CHRIS, hours(1)).get().level()).isEqualTo(1);
    assertThat(started.resolve(CHRIS, hours(50), "Contract terminated").get().level()).isEqualTo(3);
  }

  @Test
  void ESC_11_someone_who_owns_neither_the_current_nor_a_higher_level_is_refused() {
    EscalationProblem problem = started.acknowledge(DANA, hours(5)).getLeft();
    assertThat(problem.code().code()).isEqualTo("ESC-11");
    assertThat(problem.subjects()).containsExactly("p-compliance", "dana");
    assertThat(problem.explanation()).isEqualTo("Dana Lee cannot acknowledge the escalation: they own neither level 2"
        + " (VP field sales, Vic Moreau) nor a higher level of path p-compliance.");
    assertThat(started.resolve(OUTSIDER, hours(1), "Sorted it over lunch").getLeft().explanation())
        .isEqualTo("golf-buddy cannot resolve the escalation: they own neither level 1 (Partner manager, Dana Lee) nor"
            + " a higher level of path p-compliance.");
    Acknowledged ack = started.acknowledge(VIC, hours(5)).get();
    assertThat(ack.resolve(DANA, hours(6), "Done").getLeft().code()).isEqualTo(EscalationCode.NOT_ON_PATH);
    assertThat(ack.resolve(CHRIS, hours(6), "Done").isRight()).isTrue();
  }

  @Test
  void ESC_10_an_event_dated_before_the_current_state_is_refused() {
    Open level2 = started.advance(hours(5));
    EscalationProblem problem = level2.acknowledge(VIC, hours(3)).getLeft();
    assertThat(problem.code().code()).isEqualTo("ESC-10");
    assertThat(problem.explanation()).isEqualTo("Vic Moreau cannot acknowledge the escalation at 2026-03-02T12:00:00Z: it"
        + " reached level 2 at 2026-03-02T13:00:00Z, which is later.");
    Acknowledged ack = level2.acknowledge(VIC, hours(6)).get();
    assertThat(ack.resolve(VIC, hours(5.5), "Done").getLeft().code()).isEqualTo(EscalationCode.OUT_OF_ORDER);
  }

  @Test
  void a_level_owned_by_nobody_only_times_out() {
    var unowned = path("p-unowned", ConsequenceCategory.OPERATIONAL, Severity.LOW,
        level("Alliance director", Holder.role(ALLIANCE_DIRECTOR), Duration.ofHours(1)),
        level("Chief revenue officer", Holder.person(CHRIS), Duration.ofHours(1)));
    Open open = EscalationState.start(EscalationPolicy.defaults().resolve(unowned, PEOPLE, Option.none()), T0);
    assertThat(open.owner().describe()).isEqualTo("nobody (the role alliance director is held by nobody and no"
        + " fallback is defined)");
    assertThat(open.acknowledge(DANA, hours(0.5)).getLeft().code()).isEqualTo(EscalationCode.NOT_ON_PATH);
    assertThat(open.advance(hours(1)).owner().owningPerson()).contains(CHRIS);
  }
}
