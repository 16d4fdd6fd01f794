package org.partnergov.model.party;

/** Where a partner stands in its relationship with the host. */
public enum PartnerStatus {
  /** Recruited, not yet onboarded. */
  PROSPECT,
  /** Being onboarded. */
  ONBOARDING,
  /** Active in the program. */
  ACTIVE,
  /** Temporarily suspended, for example after a compliance breach. */
  SUSPENDED,
  /** The relationship has ended. */
  TERMINATED
}
