package org.partnergov.model.decision;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a delegation of a Decide right.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record DelegationId(String value) implements Comparable<DelegationId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public DelegationId {
    value = Text.nonBlank(value, "DelegationId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static DelegationId of(String value) {
    return new DelegationId(value);
  }

  @Override
  public int compareTo(DelegationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
