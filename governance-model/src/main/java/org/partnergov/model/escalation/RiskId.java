package org.partnergov.model.escalation;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a partner risk, cited by the escalations it causes.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record RiskId(String value) implements Comparable<RiskId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public RiskId {
    value = Text.nonBlank(value, "RiskId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static RiskId of(String value) {
    return new RiskId(value);
  }

  @Override
  public int compareTo(RiskId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
