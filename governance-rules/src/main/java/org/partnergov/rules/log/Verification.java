package org.partnergov.rules.log;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.function.Function;

/** The outcome of verifying a decision log: intact, or broken at a first entry. */
public sealed interface Verification {

  /**
   * Applies the function of the case.
   *
   * @param <R> what each function gives back
   * @param ifIntact what to do with an intact log
   * @param ifBroken what to do with a log broken at a first entry
   * @return what the function of the case gave back
   */
  <R> R fold(Function<Intact, R> ifIntact, Function<Broken, R> ifBroken);

  /** {@return the index of the first broken entry; none when the log is intact} */
  default Option<Integer> firstBroken() {
    return fold(i -> Option.none(), b -> Option.some(b.index()));
  }

  /** {@return whether the log is intact} */
  default boolean isIntact() {
    return fold(i -> true, b -> false);
  }

  /**
   * Every entry links to the one before and matches its hash.
   *
   * @param head the head of the verified entries
   */
  record Intact(LogHead head) implements Verification {

    /**
     * Throws on a missing head.
     *
     * @param head the head of the verified entries
     */
    public Intact {
      requireNonNull(head, "head");
    }

    @Override
    public <R> R fold(Function<Intact, R> ifIntact, Function<Broken, R> ifBroken) {
      return ifIntact.apply(this);
    }
  }

  /**
   * The first entry that does not hold, and how.
   *
   * @param index the index of the first broken entry; for a cut-off tail, the index of the first
   *     missing entry
   * @param reason how it is broken, with its stable code
   */
  record Broken(int index, LogBreak reason) implements Verification {

    /**
     * Throws on a negative index or a missing reason.
     *
     * @param index the index of the first broken entry; for a cut-off tail, the index of the first missing
     *     entry
     * @param reason how it is broken, with its stable code
     */
    public Broken {
      requireNonNull(reason, "reason");
      if (index < 0) {
        throw new IllegalArgumentException("a log index is not negative, not " + index);
      }
    }

    /** {@return a sentence for a business reader, such as "Entry 3 is broken: ... (LOG-03)."} */
    public String explanation() {
      return "Entry " + index + " is broken: " + reason.explanation() + " (" + reason.code() + ").";
    }

    @Override
    public <R> R fold(Function<Intact, R> ifIntact, Function<Broken, R> ifBroken) {
      return ifBroken.apply(this);
    }
  }
}
