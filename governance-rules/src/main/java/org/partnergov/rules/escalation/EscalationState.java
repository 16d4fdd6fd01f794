package org.partnergov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.function.Function;
import org.partnergov.model.escalation.EscalationLevel;
import org.partnergov.model.party.PersonId;

/**
 * Where an escalation stands on its resolved path: open at a level, acknowledged, or resolved.
 * Each state allows different events: only an open escalation moves up its path as time passes
 * ({@link #advance}) or is acknowledged; an open or acknowledged one can be resolved; a resolved
 * one allows nothing, because no method accepts it.
 *
 * <p>Time passes in half-open windows: the owner of level {@code n} has from the instant the
 * escalation reached the level up to, but not including, that instant plus the level's time to
 * acknowledge. At that instant, if nobody acknowledged, the escalation reaches level {@code n + 1}
 * (as many levels as the elapsed time requires). It never goes past the last level: there it stays,
 * overdue. A level owned by nobody is never acknowledged by default; it only times out.
 */
public sealed interface EscalationState {

  /** {@return the path the escalation follows} */
  ResolvedPath path();

  /** {@return the level the escalation is at, from 1 to the path's depth} */
  int level();

  /** {@return when the escalation entered this state: reached its level, was acknowledged or resolved} */
  Instant since();

  /**
   * Open at a level, waiting for its owner to acknowledge.
   *
   * @param path the path followed
   * @param level the level reached, from 1 to the path's depth
   * @param since when the escalation reached the level
   */
  record Open(ResolvedPath path, int level, Instant since) implements EscalationState {
    /**
     * Throws on a missing part or a level outside the path.
     *
     * @param path the path followed
     * @param level the level reached, from 1 to the path's depth
     * @param since when the escalation reached the level
     */
    public Open {
      requireNonNull(path, "path");
      requireNonNull(since, "since");
      path.level(level);
    }

    /** {@return the level's owner} */
    public LevelOwner owner() {
      return path.owner(level);
    }

    /** {@return when the level's time to acknowledge runs out: the escalation moves on at that instant} */
    public Instant dueAt() {
      return since.plus(path.level(level).timeToAcknowledge());
    }

    /**
     * {@return whether the escalation is at the last level and its time to acknowledge has run out at
     * {@code now}}
     *
     * @param now the instant to check
     */
    public boolean isOverdue(Instant now) {
      return level == path.depth() && !now.isBefore(dueAt());
    }

    /**
     * {@return the escalation at {@code now}: moved up one level for each time to acknowledge that ran out
     * before or at {@code now}, never past the last level} An instant before {@link #since()}
     * changes nothing.
     *
     * @param now the instant to move the escalation to
     */
    public Open advance(Instant now) {
      requireNonNull(now, "now");
      int at = level;
      Instant reached = since;
      while (at < path.depth()) {
        Instant due = reached.plus(path.level(at).timeToAcknowledge());
        if (now.isBefore(due)) {
          break;
        }
        reached = due;
        at++;
      }
      return at == level ? this : new Open(path, at, reached);
    }

    /**
     * {@return the escalation acknowledged by the person at the instant: it first {@linkplain #advance
     * advances} to that instant, then accepts the owner of the level it is at or of a higher level}
     * Refused with {@code ESC-10} for an instant before {@link #since()}, with {@code ESC-11} for
     * anyone else.
     *
     * @param person who acknowledges
     * @param at when they acknowledge
     */
    public Either<EscalationProblem, Acknowledged> acknowledge(PersonId person, Instant at) {
      return acting(person, at, "acknowledge").map(open -> new Acknowledged(path, open.level, person, at));
    }

    /**
     * {@return the escalation resolved by the person at the instant, under the same rules as
     * {@link #acknowledge}}
     *
     * @param person who resolves the escalation
     * @param at when they resolve it
     * @param resolution how it was resolved, in the resolver's words
     */
    public Either<EscalationProblem, Resolved> resolve(PersonId person, Instant at, String resolution) {
      return acting(person, at, "resolve").map(open -> new Resolved(path, open.level, person, at, resolution));
    }

    private Either<EscalationProblem, Open> acting(PersonId person, Instant at, String verb) {
      requireNonNull(person, "person");
      requireNonNull(at, "at");
      if (at.isBefore(since)) {
        return Either.left(outOfOrder(this, person, at, verb, "it reached level " + level + " at " + since));
      }
      Open now = advance(at);
      return path.ownsAtOrAbove(person, now.level) ? Either.right(now) : Either.left(notOnPath(now, person, verb));
    }

    @Override
    public String explanation() {
      EscalationLevel current = path.level(level);
      return "Open at level " + level + " of " + path.depth() + " (" + current.name() + ") of path " + path.path().id()
          + " since " + since + ", owned by " + owner().describe() + "; "
          + (level == path.depth() ? "it is the last level, overdue from " + dueAt()
              : "it moves to level " + (level + 1) + " at " + dueAt() + " unless acknowledged before") + ".";
    }
  }

  /**
   * Acknowledged: a person on the path owns the escalation now; it no longer moves up by itself.
   *
   * @param path the path followed
   * @param level the level the escalation was at when acknowledged
   * @param by who acknowledged
   * @param since when
   */
  record Acknowledged(ResolvedPath path, int level, PersonId by, Instant since) implements EscalationState {
    /**
     * Throws on a missing part or a level outside the path.
     *
     * @param path the path followed
     * @param level the level the escalation was at when acknowledged
     * @param by who acknowledged
     * @param since when it was acknowledged
     */
    public Acknowledged {
      requireNonNull(path, "path");
      requireNonNull(by, "by");
      requireNonNull(since, "since");
      path.level(level);
    }

    /**
     * {@return the escalation resolved by the person at the instant: whoever acknowledged it or the owner
     * of its level or a higher one} Refused with {@code ESC-10} for an instant before the
     * acknowledgement, with {@code ESC-11} for anyone else.
     *
     * @param person who resolves the escalation
     * @param at when they resolve it
     * @param resolution how it was resolved, in the resolver's words
     */
    public Either<EscalationProblem, Resolved> resolve(PersonId person, Instant at, String resolution) {
      requireNonNull(person, "person");
      requireNonNull(at, "at");
      if (at.isBefore(since)) {
        return Either.left(outOfOrder(this, person, at, "resolve", "it was acknowledged at " + since));
      }
      return person.equals(by) || path.ownsAtOrAbove(person, level)
          ? Either.right(new Resolved(path, level, person, at, resolution))
          : Either.left(notOnPath(this, person, "resolve"));
    }

    @Override
    public String explanation() {
      return "Acknowledged by " + path.nameOf(by) + " at " + since + " at level " + level + " of " + path.depth() + " ("
          + path.level(level).name() + ") of path " + path.path().id() + "; it waits for resolution.";
    }
  }

  /**
   * Resolved: closed for good.
   *
   * @param path the path followed
   * @param level the level the escalation was at when resolved
   * @param by who resolved it
   * @param since when
   * @param resolution how, in the resolver's words
   */
  record Resolved(ResolvedPath path, int level, PersonId by, Instant since, String resolution)
      implements EscalationState {
    /**
     * Throws on a missing part, a blank resolution or a level outside the path.
     *
     * @param path the path followed
     * @param level the level the escalation was at when resolved
     * @param by who resolved it
     * @param since when it was resolved
     * @param resolution how, in the resolver's words; not blank
     */
    public Resolved {
      requireNonNull(path, "path");
      requireNonNull(by, "by");
      requireNonNull(since, "since");
      requireNonNull(resolution, "resolution");
      if (resolution.isBlank()) {
        throw new IllegalArgumentException("a resolution says how");
      }
      path.level(level);
    }

    @Override
    public String explanation() {
      return "Resolved by " + path.nameOf(by) + " at " + since + " at level " + level + " of " + path.depth() + " ("
          + path.level(level).name() + ") of path " + path.path().id() + ": " + resolution + ".";
    }
  }

  /**
   * {@return a new escalation on the path, open at level 1 from the instant it was raised}
   *
   * @param path the resolved path the escalation follows
   * @param raisedAt when the risk was raised
   */
  static Open start(ResolvedPath path, Instant raisedAt) {
    return new Open(path, 1, raisedAt);
  }

  /**
   * {@return the state at {@code now}: an open escalation {@linkplain Open#advance advanced} to it; an
   * acknowledged or resolved one unchanged, since only an open escalation moves up by itself}
   *
   * @param state where the escalation stands
   * @param now the instant to move an open escalation to
   */
  static EscalationState advance(EscalationState state, Instant now) {
    return state.<EscalationState>fold(open -> open.advance(now), ack -> ack, resolved -> resolved);
  }

  /** {@return what the state is and what happens next, in a sentence a partner manager can read} */
  String explanation();

  /**
   * Handles each state; the compiler makes sure all three are handled.
   *
   * @param <R> what each handler gives back
   * @param ifOpen what to do with an open escalation
   * @param ifAcknowledged what to do with an acknowledged escalation
   * @param ifResolved what to do with a resolved escalation
   * @return what the handler of this state gave back
   */
  default <R> R fold(Function<? super Open, ? extends R> ifOpen, Function<? super Acknowledged, ? extends R> ifAcknowledged,
      Function<? super Resolved, ? extends R> ifResolved) {
    if (this instanceof Open open) {
      return ifOpen.apply(open);
    }
    return this instanceof Acknowledged ack ? ifAcknowledged.apply(ack) : ifResolved.apply((Resolved) this);
  }

  private static EscalationProblem outOfOrder(EscalationState state, PersonId person, Instant at, String verb,
      String reason) {
    return new EscalationProblem(EscalationCode.OUT_OF_ORDER, List.of(state.path().path().id().value(), person.value()),
        state.path().nameOf(person) + " cannot " + verb + " the escalation at " + at + ": " + reason + ", which is later.");
  }

  private static EscalationProblem notOnPath(EscalationState state, PersonId person, String verb) {
    return new EscalationProblem(EscalationCode.NOT_ON_PATH, List.of(state.path().path().id().value(), person.value()),
        state.path().nameOf(person) + " cannot " + verb + " the escalation: they own neither level " + state.level() + " ("
            + state.path().level(state.level()).name() + ", " + state.path().owner(state.level()).describe()
            + ") nor a higher level of path " + state.path().path().id() + ".");
  }
}
