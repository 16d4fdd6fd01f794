package org.partnergov.model.party;

import org.partnergov.model.internal.Text;

/**
 * A region a partner serves or a right applies to, such as {@code EMEA} or {@code DACH}.
 *
 * @param value the name as the host knows it, trimmed and never blank
 */
public record Region(String value) implements Comparable<Region> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the name as the host knows it, trimmed and never blank
   */
  public Region {
    value = Text.nonBlank(value, "Region");
  }

  /**
   * {@return the region of the given name}
   *
   * @param value the name as the host knows it; trimmed, never blank
   */
  public static Region of(String value) {
    return new Region(value);
  }

  @Override
  public int compareTo(Region other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
