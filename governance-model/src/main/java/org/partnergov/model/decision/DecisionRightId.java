package org.partnergov.model.decision;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a decision right, cited by every decision made under it.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record DecisionRightId(String value) implements Comparable<DecisionRightId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public DecisionRightId {
    value = Text.nonBlank(value, "DecisionRightId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static DecisionRightId of(String value) {
    return new DecisionRightId(value);
  }

  @Override
  public int compareTo(DecisionRightId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
