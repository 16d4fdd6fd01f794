package org.partnergov.rules.decision;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Function;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.Holder;

/**
 * Who decides one decision at one instant: a holder under a decision right (perhaps by
 * delegation), or nobody, and then why, as a typed case: no right covers the decision, two or more
 * rights contest it, or the one right gives it to a role or team that nobody holds. There is no
 * default decider.
 */
public sealed interface Decider {

  /**
   * The decision has one decider.
   *
   * @param holder who decides: the holder of the right, or the delegate when a delegation applies
   * @param right the Decide right the decision is made under
   * @param via the delegation that hands the right to {@code holder}, if one applies
   */
  record Decided(Holder holder, DecisionRightId right, Option<DelegationId> via) implements Decider {
    /**
     * Throws on a missing part.
     *
     * @param holder who decides: the holder of the right, or the delegate when a delegation applies
     * @param right the Decide right the decision is made under
     * @param via the delegation that hands the right to {@code holder}, if one applies
     */
    public Decided {
      requireNonNull(holder, "holder");
      requireNonNull(right, "right");
      requireNonNull(via, "via");
    }
  }

  /** The decision has no decider (default deny): one of {@link NoRight}, {@link Contested}, {@link Unheld}. */
  sealed interface NoDecider extends Decider {
    /** {@return why nobody decides, in plain words} */
    String reason();
  }

  /** No decision right in force gives anyone Decide over the decision. */
  record NoRight() implements NoDecider {
    @Override
    public String reason() {
      return "no decision right in force gives anyone Decide over this decision";
    }
  }

  /**
   * Two or more Decide rights in force cover the decision, so none of them is guessed at.
   *
   * @param rights the contesting rights, at least two, in id order
   */
  record Contested(Seq<DecisionRightId> rights) implements NoDecider {
    /**
     * Throws on fewer than two rights.
     *
     * @param rights the contesting rights, at least two, in id order
     */
    public Contested {
      requireNonNull(rights, "rights");
      if (rights.size() < 2) {
        throw new IllegalArgumentException("a contested decision has at least two rights, not " + rights);
      }
    }

    @Override
    public String reason() {
      Seq<String> ids = rights.map(DecisionRightId::toString);
      return "ambiguous: rights " + ids.init().mkString(", ") + " and " + ids.last()
          + (rights.size() == 2 ? " both" : " all") + " decide";
    }
  }

  /**
   * The one Decide right gives the decision to a role or a team that nobody holds.
   *
   * @param holder the role or team
   * @param right the right
   */
  record Unheld(Holder holder, DecisionRightId right) implements NoDecider {
    /**
     * Throws on a missing part or a named person (a person is never "held by nobody").
     *
     * @param holder the role or team, never a named person
     * @param right the right
     */
    public Unheld {
      requireNonNull(holder, "holder");
      requireNonNull(right, "right");
      if (holder.isNamedPerson()) {
        throw new IllegalArgumentException("a named person is not a role or team held by nobody");
      }
    }

    @Override
    public String reason() {
      return "right " + right + " gives the decision to " + holder.fold(p -> "", r -> "the role " + r.role()
          + ", which nobody holds", t -> "the team " + t.orgUnit() + ", which has no members");
    }
  }

  /**
   * Handles a decider and a missing one; the compiler makes sure both are handled.
   *
   * @param <R> what each handler gives back
   * @param ifDecided what to do with a decided decider
   * @param ifNone what to do when nobody decides, whatever the reason
   * @return what the handler of this case gave back
   */
  default <R> R fold(Function<? super Decided, ? extends R> ifDecided,
      Function<? super NoDecider, ? extends R> ifNone) {
    return this instanceof Decided decided ? ifDecided.apply(decided) : ifNone.apply((NoDecider) this);
  }

  /**
   * Handles each of the four cases; the compiler makes sure all are handled.
   *
   * @param <R> what each handler gives back
   * @param ifDecided what to do with a decided decider
   * @param ifNoRight what to do when no right gives anyone Decide over the decision
   * @param ifContested what to do when two or more Decide rights contest the decision
   * @param ifUnheld what to do when the one Decide right goes to a role or team nobody holds
   * @return what the handler of this case gave back
   */
  default <R> R fold(Function<? super Decided, ? extends R> ifDecided, Function<? super NoRight, ? extends R> ifNoRight,
      Function<? super Contested, ? extends R> ifContested, Function<? super Unheld, ? extends R> ifUnheld) {
    if (this instanceof Decided decided) {
      return ifDecided.apply(decided);
    } else if (this instanceof NoRight none) {
      return ifNoRight.apply(none);
    }
    return this instanceof Contested contested ? ifContested.apply(contested) : ifUnheld.apply((Unheld) this);
  }

  /** {@return whether somebody decides} */
  default boolean isDecided() {
    return this instanceof Decided;
  }
}
