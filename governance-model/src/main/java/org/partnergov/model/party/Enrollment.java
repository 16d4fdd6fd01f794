package org.partnergov.model.party;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Set;

/**
 * A partner enrolled in a program, with the roles it plays there.
 *
 * @param partner the enrolled partner
 * @param roles what the partner does in the program, at least one role
 */
public record Enrollment(PartnerId partner, Set<PartnerRole> roles) {

  /**
   * Throws on a missing partner or an empty set of roles.
   *
   * @param partner the enrolled partner
   * @param roles what the partner does in the program, at least one role
   */
  public Enrollment {
    requireNonNull(partner, "partner");
    requireNonNull(roles, "roles");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an enrollment needs at least one role");
    }
  }
}
