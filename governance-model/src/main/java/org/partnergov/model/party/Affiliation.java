package org.partnergov.model.party;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * Where a person belongs: an org unit of the host, or a partner organization. A partner's own
 * people must never decide that partner's exceptions.
 */
public sealed interface Affiliation {

  /** An internal person, member of an org unit of the host. */
  record Internal(OrgUnitId orgUnit) implements Affiliation {
    /** Throws on a missing org unit. */
    public Internal {
      requireNonNull(orgUnit, "orgUnit");
    }
  }

  /** A person employed by a partner. */
  record PartnerStaff(PartnerId partner) implements Affiliation {
    /** Throws on a missing partner. */
    public PartnerStaff {
      requireNonNull(partner, "partner");
    }
  }

  /** Membership of the given org unit. */
  static Affiliation internal(OrgUnitId orgUnit) {
    return new Internal(orgUnit);
  }

  /** Employment by the given partner. */
  static Affiliation partnerStaff(PartnerId partner) {
    return new PartnerStaff(partner);
  }

  /** Handles each case; the compiler makes sure both are handled. */
  default <R> R fold(Function<? super Internal, ? extends R> ifInternal,
      Function<? super PartnerStaff, ? extends R> ifPartner) {
    return this instanceof Internal internal
        ? ifInternal.apply(internal)
        : ifPartner.apply((PartnerStaff) this);
  }

  /** Whether this person works for the given partner. */
  default boolean worksFor(PartnerId partner) {
    return fold(i -> false, p -> p.partner().equals(partner));
  }
}
