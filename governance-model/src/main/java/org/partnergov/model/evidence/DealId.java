package org.partnergov.model.evidence;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a deal or opportunity.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record DealId(String value) implements Comparable<DealId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public DealId {
    value = Text.nonBlank(value, "DealId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static DealId of(String value) {
    return new DealId(value);
  }

  @Override
  public int compareTo(DealId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
