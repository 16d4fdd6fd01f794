package org.partnergov.model.review;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a decision record.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record DecisionRecordId(String value) implements Comparable<DecisionRecordId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public DecisionRecordId {
    value = Text.nonBlank(value, "DecisionRecordId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static DecisionRecordId of(String value) {
    return new DecisionRecordId(value);
  }

  @Override
  public int compareTo(DecisionRecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
