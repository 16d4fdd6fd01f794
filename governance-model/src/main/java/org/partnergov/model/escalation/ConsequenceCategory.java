package org.partnergov.model.escalation;

/**
 * What a partner risk ultimately threatens, the four categories of the guide's "Escalate" move.
 */
public enum ConsequenceCategory {
  /** Customers are or will be hurt: outages, missed commitments, bad experiences. */
  CUSTOMER,
  /** Revenue is at risk: deals, renewals, funds. */
  REVENUE,
  /** Delivery or operations are disrupted: launches, capacity, handoffs. */
  OPERATIONAL,
  /** A law, a regulation or a contractual obligation is or may be broken. */
  COMPLIANCE
}
