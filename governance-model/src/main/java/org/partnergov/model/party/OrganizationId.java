package org.partnergov.model.party;

import org.partnergov.model.internal.Text;

/**
 * The stable id of an organization: the host company or a partner.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record OrganizationId(String value) implements Comparable<OrganizationId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public OrganizationId {
    value = Text.nonBlank(value, "OrganizationId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  @Override
  public int compareTo(OrganizationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
