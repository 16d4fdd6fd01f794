package org.partnergov.model.evidence;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a customer of the host or a partner.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public CustomerId {
    value = Text.nonBlank(value, "CustomerId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
