package org.partnergov.rules.decision;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.function.Function;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.Holder;

/**
 * Who decides one decision at one instant: a holder under a decision right (perhaps by
 * delegation), or nobody, with the reason. There is no default decider: a decision that no right
 * in force covers, or that two rights both claim, has {@link NoDecider}.
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
    /** Throws on a missing part. */
    public Decided {
      requireNonNull(holder, "holder");
      requireNonNull(right, "right");
      requireNonNull(via, "via");
    }
  }

  /**
   * The decision has no decider (default deny).
   *
   * @param reason why nobody decides, in plain words
   */
  record NoDecider(String reason) implements Decider {
    /** Throws on a missing or blank reason. */
    public NoDecider {
      requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a missing decider needs a reason");
      }
    }
  }

  /** Handles each case; the compiler makes sure both are handled. */
  default <R> R fold(Function<? super Decided, ? extends R> ifDecided,
      Function<? super NoDecider, ? extends R> ifNone) {
    return this instanceof Decided decided ? ifDecided.apply(decided) : ifNone.apply((NoDecider) this);
  }

  /** Whether somebody decides. */
  default boolean isDecided() {
    return this instanceof Decided;
  }
}
