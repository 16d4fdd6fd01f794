package org.partnergov.model.party;

import org.partnergov.model.internal.Text;

/**
 * An organization: the host company or a partner. A boundary is crossed when a decision involves
 * more than one organization or more than one org unit of the host.
 *
 * @param id the stable id
 * @param name the display name, never blank
 */
public record Organization(OrganizationId id, String name) {

  /**
   * Trims the name; throws on a missing id or a blank name.
   *
   * @param id the stable id
   * @param name the display name, never blank
   */
  public Organization {
    java.util.Objects.requireNonNull(id, "id");
    name = Text.nonBlank(name, "name");
  }
}
