package org.partnergov.model.escalation;

/**
 * How serious a consequence or a finding is, from {@link #LOW} to {@link #CRITICAL}; the order
 * of the constants is the order of seriousness.
 */
public enum Severity {
  /** Worth noting; no urgency. */
  LOW,
  /** Needs attention in the normal course of business. */
  MEDIUM,
  /** Needs attention soon, by someone accountable. */
  HIGH,
  /** Needs leadership attention now. */
  CRITICAL;

  /**
   * {@return whether this is at least as serious as {@code other}}
   *
   * @param other the severity to compare with
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
