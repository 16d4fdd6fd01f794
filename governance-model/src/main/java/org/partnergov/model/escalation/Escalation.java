package org.partnergov.model.escalation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import org.immutables.value.Value;
import org.partnergov.model.escalation.EscalationEvent.Reached;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * A risk being escalated, as it happened: when it was raised, the path it follows (none when no
 * path is defined, which is escalation by relationship), and its events in time order.
 */
@Value.Immutable
@ModelStyle
public abstract class Escalation {

  /** For the implementation Immutables generates, in this package only. */
  Escalation() {}

  /** {@return the stable id} */
  public abstract EscalationId id();

  /** {@return the risk escalated} */
  public abstract RiskId risk();

  /** {@return the defined path followed; none when there is none} */
  @Value.Default
  public Option<EscalationPathId> path() {
    return Option.none();
  }

  /** {@return when the escalation was raised} */
  public abstract Instant raisedAt();

  /** {@return what happened, in time order, none before {@link #raisedAt()}; empty by default} */
  @Value.Default
  public Seq<EscalationEvent> events() {
    return List.empty();
  }

  /** {@return whether someone resolved the escalation} */
  public boolean isResolved() {
    return events().exists(e -> e instanceof EscalationEvent.Resolved);
  }

  /** {@return whether someone acknowledged the escalation} */
  public boolean isAcknowledged() {
    return events().exists(e -> e instanceof EscalationEvent.Acknowledged);
  }

  @Value.Check
  void check() {
    Instant previous = raisedAt();
    for (EscalationEvent event : events()) {
      if (event.at().isBefore(previous)) {
        throw new IllegalStateException("escalation " + id() + ": event at " + event.at()
            + " comes before " + previous + "; events are in time order, none before the time raised");
      }
      previous = event.at();
      if (path().isEmpty() && event instanceof Reached r && r.level().isDefined()) {
        throw new IllegalStateException("escalation " + id() + " has no path, so no level can be reached");
      }
    }
  }

  /** {@return a builder for an escalation from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Escalation}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableEscalation.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return an escalation from host data, or every problem: a blank id or risk, a missing
   * time raised, every problem of each event under {@code events[i]}, an event before the
   * time raised or before the event listed ahead of it ({@code events[i].at}), a level
   * reached with no path defined}
   *
   * @param draft the escalation as the host's data has it
   */
  public static Validation<Seq<Problem>, Escalation> parse(EscalationDraft draft) {
    Checks checks = Checks.start();
    EscalationId id = checks.text("id", draft.id(), EscalationId::new);
    RiskId risk = checks.text("risk", draft.risk(), RiskId::new);
    Option<EscalationPathId> path = checks.optionalText(draft.path(), EscalationPathId::new);
    Instant raisedAt = checks.present("raisedAt", draft.raisedAt());
    ArrayList<EscalationEvent> events = new ArrayList<>();
    Instant latest = raisedAt;
    String latestWas = "the time raised ";
    for (int i = 0; i < draft.events().size(); i++) {
      String at = "events[" + i + "]";
      EscalationEventDraft event = draft.events().get(i);
      EscalationEvent parsed = checks.nested(at, EscalationEvent.parse(event));
      if (event.at() != null && latest != null && event.at().isBefore(latest)) {
        checks.problem(ProblemCode.INCONSISTENT, at + ".at",
            "must not be before " + latestWas + latest + ", was " + event.at());
      } else if (event.at() != null) {
        latest = event.at();
        latestWas = "an earlier event at ";
      }
      if (path.isEmpty() && parsed instanceof Reached r && r.level().isDefined()) {
        checks.problem(ProblemCode.INCONSISTENT, at + ".level", "no path is defined, so no level can be reached");
      }
      events.add(parsed);
    }
    return checks.result(() -> builder().id(id).risk(risk).path(path).raisedAt(raisedAt)
        .events(List.ofAll(events)).build());
  }
}
