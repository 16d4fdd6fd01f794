package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * What checking one review criterion for one request gave: met or not met, with the reason
 * either way, in words a partner manager reads.
 */
public sealed interface CriterionCheck {

  /** {@return why the criterion holds or does not} */
  String reason();

  /** {@return whether the criterion holds} */
  default boolean met() {
    return this instanceof Met;
  }

  /**
   * The criterion holds.
   *
   * @param reason why, not blank
   */
  record Met(String reason) implements CriterionCheck {
    /**
     * Throws on a missing or blank reason.
     *
     * @param reason why, not blank
     */
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
    /**
     * Throws on a missing or blank reason.
     *
     * @param reason why not, not blank
     */
    public NotMet {
      requireReason(reason);
    }
  }

  /**
   * {@return a check saying the criterion holds, for the reason}
   *
   * @param reason why the criterion holds, not blank
   */
  static CriterionCheck met(String reason) {
    return new Met(reason);
  }

  /**
   * {@return a check saying the criterion does not hold, for the reason}
   *
   * @param reason why the criterion does not hold, not blank
   */
  static CriterionCheck notMet(String reason) {
    return new NotMet(reason);
  }

  /**
   * Handles both cases; the compiler makes sure both are handled.
   *
   * @param <R> what each handler gives back
   * @param ifMet what to do when the criterion holds
   * @param ifNotMet what to do when it does not
   * @return what the handler of this case gave back
   */
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
