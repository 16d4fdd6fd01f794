package org.partnergov.model.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.Text;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * Something that happened to an escalation: it reached a person, a person acknowledged it, or a
 * person resolved it. Each event says who and when.
 */
public sealed interface EscalationEvent {

  /** {@return the person the event is about: reached, acknowledging or resolving} */
  PersonId person();

  /** {@return when it happened} */
  Instant at();

  /**
   * The escalation reached a person: at a level of the defined path (numbered from 1), or, with
   * no level, someone not on the path at all, which is how escalation by relationship shows.
   *
   * @param person the person the escalation reached
   * @param at when it reached them
   * @param level the level of the defined path, from 1; none when off the path
   */
  record Reached(PersonId person, Instant at, Option<Integer> level) implements EscalationEvent {
    /**
     * Throws on a missing part or a level below 1.
     *
     * @param person the person the escalation reached
     * @param at when it reached them
     * @param level the level of the defined path, from 1; none when off the path
     */
    public Reached {
      requireNonNull(person, "person");
      requireNonNull(at, "at");
      requireNonNull(level, "level");
      if (level.exists(l -> l < 1)) {
        throw new IllegalArgumentException("levels are numbered from 1, was " + level.get());
      }
    }
  }

  /**
   * A person acknowledged the escalation: they own it now.
   *
   * @param person the person who acknowledged the escalation
   * @param at when they acknowledged it
   */
  record Acknowledged(PersonId person, Instant at) implements EscalationEvent {
    /**
     * Throws on a missing part.
     *
     * @param person the person who acknowledged the escalation
     * @param at when they acknowledged it
     */
    public Acknowledged {
      requireNonNull(person, "person");
      requireNonNull(at, "at");
    }
  }

  /**
   * A person resolved the escalation, saying how.
   *
   * @param person the person who resolved the escalation
   * @param at when they resolved it
   * @param resolution how it was resolved; trimmed, never blank
   */
  record Resolved(PersonId person, Instant at, String resolution) implements EscalationEvent {
    /**
     * Trims the resolution; throws on a missing part or a blank resolution.
     *
     * @param person the person who resolved the escalation
     * @param at when they resolved it
     * @param resolution how it was resolved; trimmed, never blank
     */
    public Resolved {
      requireNonNull(person, "person");
      requireNonNull(at, "at");
      resolution = Text.nonBlank(resolution, "resolution");
    }
  }

  /**
   * {@return an event: the escalation reached the owner of the level, numbered from 1, of the defined path}
   *
   * @param person the owner of the level
   * @param at when the escalation reached them
   * @param level the level of the defined path, from 1
   */
  static EscalationEvent reached(PersonId person, Instant at, int level) {
    return new Reached(person, at, Option.some(level));
  }

  /**
   * {@return an event: the escalation reached someone who is not on the defined path}
   *
   * @param person the person reached, who is not on the path
   * @param at when the escalation reached them
   */
  static EscalationEvent reachedOffPath(PersonId person, Instant at) {
    return new Reached(person, at, Option.none());
  }

  /**
   * {@return an event: the person acknowledged the escalation}
   *
   * @param person the person who acknowledged the escalation
   * @param at when they acknowledged it
   */
  static EscalationEvent acknowledged(PersonId person, Instant at) {
    return new Acknowledged(person, at);
  }

  /**
   * {@return an event: the person resolved the escalation}
   *
   * @param person the person who resolved the escalation
   * @param at when they resolved it
   * @param resolution how it was resolved; never blank
   */
  static EscalationEvent resolved(PersonId person, Instant at, String resolution) {
    return new Resolved(person, at, resolution);
  }

  /**
   * Handles each case; the compiler makes sure all three are handled.
   *
   * @param <R> the type of the answer
   * @param ifReached the function that answers for a reached event
   * @param ifAcknowledged the function that answers for an acknowledged event
   * @param ifResolved the function that answers for a resolved event
   * @return what the function for this event's case answers
   */
  default <R> R fold(Function<? super Reached, ? extends R> ifReached,
      Function<? super Acknowledged, ? extends R> ifAcknowledged,
      Function<? super Resolved, ? extends R> ifResolved) {
    if (this instanceof Reached reached) {
      return ifReached.apply(reached);
    }
    return this instanceof Acknowledged ack ? ifAcknowledged.apply(ack) : ifResolved.apply((Resolved) this);
  }

  /**
   * {@return an event from host data, or every problem: a type other than {@code reached},
   * {@code acknowledged} or {@code resolved}, a blank person, a missing time, a level below 1, a
   * resolved event without a resolution, a level on an event other than reached or a resolution on
   * an event other than resolved}
   *
   * @param draft the event as the host's data has it
   */
  static Validation<Seq<Problem>, EscalationEvent> parse(EscalationEventDraft draft) {
    Checks checks = Checks.start();
    String type = checks.text("type", draft.type());
    String kind = type == null ? "" : type.toLowerCase(Locale.ROOT);
    boolean known = io.vavr.collection.List.of("reached", "acknowledged", "resolved").contains(kind);
    if (type != null && !known) {
      checks.problem(ProblemCode.UNKNOWN_NAME, "type",
          "'" + type + "' is not one of [reached, acknowledged, resolved]");
    }
    PersonId person = checks.text("person", draft.person(), PersonId::new);
    Instant at = checks.present("at", draft.at());
    Integer level = draft.level();
    if (level != null && known && !kind.equals("reached")) {
      checks.problem(ProblemCode.INCONSISTENT, "level", "only a reached event has a level");
    } else if (level != null) {
      checks.that(level >= 1, ProblemCode.OUT_OF_RANGE, "level", "levels are numbered from 1, was " + level);
    }
    boolean resolution = draft.resolution() != null && !draft.resolution().isBlank();
    if (kind.equals("resolved")) {
      checks.text("resolution", draft.resolution());
    } else if (known && resolution) {
      checks.problem(ProblemCode.INCONSISTENT, "resolution", "only a resolved event has a resolution");
    }
    return checks.result(() -> switch (kind) {
      case "reached" -> new Reached(person, at, Option.of(level));
      case "acknowledged" -> acknowledged(person, at);
      default -> resolved(person, at, draft.resolution());
    });
  }
}
