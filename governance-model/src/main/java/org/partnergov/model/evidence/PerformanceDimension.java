package org.partnergov.model.evidence;

/** The dimensions in which evidence can show that partner work changes performance. */
public enum PerformanceDimension {
  /** The quality of the partner's delivery: on time, few defects and escalations. */
  DELIVERY_QUALITY,
  /** The revenue motion: deals, wins, bookings, renewals. */
  REVENUE_MOTION,
  /** Risk control: compliance, incidents handled, audits passed. */
  RISK_CONTROL,
  /** Readiness: qualifications and validated architectures ahead of a launch. */
  READINESS
}
