package org.partnergov.model.party;

import org.partnergov.model.internal.Text;

/**
 * A role a person holds, such as {@code partner manager} or {@code VP field sales}; decision rights can be held by a role.
 *
 * @param value the name as the host knows it, trimmed and never blank
 */
public record Role(String value) implements Comparable<Role> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the name as the host knows it, trimmed and never blank
   */
  public Role {
    value = Text.nonBlank(value, "Role");
  }

  /**
   * {@return the role of the given name}
   *
   * @param value the name as the host knows it; trimmed, never blank
   */
  public static Role of(String value) {
    return new Role(value);
  }

  @Override
  public int compareTo(Role other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
