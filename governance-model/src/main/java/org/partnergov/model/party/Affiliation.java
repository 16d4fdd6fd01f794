package org.partnergov.model.party;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * Where a person belongs: an org unit of the host, or a partner organization. A partner's own
 * people must never decide that partner's exceptions.
 */
public sealed interface Affiliation {

  /**
   * An internal person, member of an org unit of the host.
   *
   * @param orgUnit the org unit the person is a member of
   */
  record Internal(OrgUnitId orgUnit) implements Affiliation {
    /**
     * Throws on a missing org unit.
     *
     * @param orgUnit the org unit the person is a member of
     */
    public Internal {
      requireNonNull(orgUnit, "orgUnit");
    }
  }

  /**
   * A person employed by a partner.
   *
   * @param partner the partner that employs the person
   */
  record PartnerStaff(PartnerId partner) implements Affiliation {
    /**
     * Throws on a missing partner.
     *
     * @param partner the partner that employs the person
     */
    public PartnerStaff {
      requireNonNull(partner, "partner");
    }
  }

  /**
   * {@return membership of the given org unit}
   *
   * @param orgUnit the org unit the person is a member of
   */
  static Affiliation internal(OrgUnitId orgUnit) {
    return new Internal(orgUnit);
  }

  /**
   * {@return employment by the given partner}
   *
   * @param partner the partner that employs the person
   */
  static Affiliation partnerStaff(PartnerId partner) {
    return new PartnerStaff(partner);
  }

  /**
   * Handles each case; the compiler makes sure both are handled.
   *
   * @param <R> the type of the answer
   * @param ifInternal the function that answers for an internal person
   * @param ifPartner the function that answers for a partner's employee
   * @return what the function for this affiliation's case answers
   */
  default <R> R fold(Function<? super Internal, ? extends R> ifInternal,
      Function<? super PartnerStaff, ? extends R> ifPartner) {
    return this instanceof Internal internal
        ? ifInternal.apply(internal)
        : ifPartner.apply((PartnerStaff) this);
  }

  /**
   * {@return whether this person works for the given partner}
   *
   * @param partner the partner to check
   */
  default boolean worksFor(PartnerId partner) {
    return fold(i -> false, p -> p.partner().equals(partner));
  }
}
