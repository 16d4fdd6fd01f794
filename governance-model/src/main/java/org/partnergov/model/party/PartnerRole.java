package org.partnergov.model.party;

/** The part a partner plays in a program. */
public enum PartnerRole {
  /** Resells. */
  RESELL,
  /** Delivers implementations or services. */
  DELIVER,
  /** Builds a solution or integration. */
  BUILD,
  /** Refers customers. */
  REFER,
  /** Supplies devices. */
  SUPPLY_DEVICES
}
