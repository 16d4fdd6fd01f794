package org.partnergov.model.evidence;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a value claim.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record ValueClaimId(String value) implements Comparable<ValueClaimId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public ValueClaimId {
    value = Text.nonBlank(value, "ValueClaimId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static ValueClaimId of(String value) {
    return new ValueClaimId(value);
  }

  @Override
  public int compareTo(ValueClaimId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
