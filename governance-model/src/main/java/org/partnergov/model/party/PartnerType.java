package org.partnergov.model.party;

/** What kind of business a partner is. */
public enum PartnerType {
  /** Resells the host's products. */
  RESELLER,
  /** Distributes to resellers. */
  DISTRIBUTOR,
  /** Delivers implementations and integration. */
  SYSTEMS_INTEGRATOR,
  /** Builds software or technology on the host's platform. */
  ISV,
  /** Supplies devices or hardware. */
  DEVICE_OEM,
  /** Operates the host's products as a managed service. */
  MANAGED_SERVICE_PROVIDER,
  /** Refers customers. */
  REFERRAL
}
