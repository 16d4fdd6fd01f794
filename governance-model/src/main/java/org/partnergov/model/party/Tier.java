package org.partnergov.model.party;

import org.partnergov.model.internal.Text;

/**
 * A partner tier such as {@code Gold} or {@code Registered}; tiers are the host's own names.
 *
 * @param value the name as the host knows it, trimmed and never blank
 */
public record Tier(String value) implements Comparable<Tier> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the name as the host knows it, trimmed and never blank
   */
  public Tier {
    value = Text.nonBlank(value, "Tier");
  }

  /**
   * {@return the tier of the given name}
   *
   * @param value the name as the host knows it; trimmed, never blank
   */
  public static Tier of(String value) {
    return new Tier(value);
  }

  @Override
  public int compareTo(Tier other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
