package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * What checking one review criterion for one request gave: met or not met, with the reason
 * either way, in words a partner manager reads.
 */
public sealed interface CriterionCheck {

  /** Why the criterion holds or does not. */
  String reason();

  /** Whether the criterion holds. */
  default boolean met() {
    return this instanceof Met;
  }

  /**
   * The criterion holds.
   *
   * @param reason why, not blank
   */
  record Met(String reason) implements CriterionCheck {
    /** Throws on a missing or blank reason. */
    public Met {
      requireReason(reason);
    }
  }

  /**
   * The criterion does not hold.
   *
   * @param reason why not, not blank
   */
  record NotMet(String reason) implements CriterionCheck {
    /** Throws on a missing or blank reason. */
    public NotMet {
      requireReason(reason);
    }
  }

  /** The criterion holds, for the reason. */
  static CriterionCheck met(String reason) {
    return new Met(reason);
  }

  /** The criterion does not hold, for the reason. */
  static CriterionCheck notMet(String reason) {
    return new NotMet(reason);
  }

  /** Handles both cases; the compiler makes sure both are handled. */
  default <R> R fold(Function<? super Met, ? extends R> ifMet, Function<? super NotMet, ? extends R> ifNotMet) {
    return this instanceof Met m ? ifMet.apply(m) : ifNotMet.apply((NotMet) this);
  }

  private static void requireReason(String reason) {
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a criterion check needs a reason");
    }
  }
}
