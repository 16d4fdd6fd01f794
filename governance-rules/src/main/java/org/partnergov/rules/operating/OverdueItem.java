package org.partnergov.rules.operating;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A review or an escalation past its time, with whoever owns it now.
 *
 * @param kind a review or an escalation
 * @param subject the id of the request or escalation
 * @param owner who owns it now, by name, or why nobody does
 * @param due when it was due
 * @param overdueBy how long past due it is at the as-of instant
 * @param explanation a sentence a partner manager can read
 */
public record OverdueItem(Kind kind, String subject, String owner, Instant due, Duration overdueBy, String explanation) {

  /** What is overdue. */
  public enum Kind {
    /** An exception request its review path should have decided. */
    REVIEW,
    /** An escalation its current level should have acknowledged. */
    ESCALATION
  }

  /**
   * Throws on a missing part.
   *
   * @param kind a review or an escalation
   * @param subject the id of the request or escalation
   * @param owner who owns it now, by name, or why nobody does
   * @param due when it was due
   * @param overdueBy how long past due it is at the as-of instant
   * @param explanation a sentence a partner manager can read
   */
  public OverdueItem {
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(owner, "owner");
    requireNonNull(due, "due");
    requireNonNull(overdueBy, "overdueBy");
    requireNonNull(explanation, "explanation");
  }
}
