package org.partnergov.model.party;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a partner organization.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record PartnerId(String value) implements Comparable<PartnerId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public PartnerId {
    value = Text.nonBlank(value, "PartnerId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static PartnerId of(String value) {
    return new PartnerId(value);
  }

  @Override
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
