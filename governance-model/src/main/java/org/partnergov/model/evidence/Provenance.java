package org.partnergov.model.evidence;

/**
 * How an activity record came to be known, from least to most trustworthy. The declaration order
 * is the order of trust: {@code SELF_REPORTED < SYSTEM_RECORDED < CUSTOMER_CONFIRMED <
 * INDEPENDENTLY_AUDITED}.
 */
public enum Provenance {
  /** The partner says so. */
  SELF_REPORTED,
  /** A system of record (LMS, CRM, ticketing) recorded it. */
  SYSTEM_RECORDED,
  /** The customer confirmed it. */
  CUSTOMER_CONFIRMED,
  /** An independent auditor verified it. */
  INDEPENDENTLY_AUDITED;

  /**
   * {@return whether this provenance is as trustworthy as {@code minimum} or more}
   *
   * @param minimum the least trustworthy provenance accepted
   */
  public boolean isAtLeast(Provenance minimum) {
    return compareTo(minimum) >= 0;
  }
}
