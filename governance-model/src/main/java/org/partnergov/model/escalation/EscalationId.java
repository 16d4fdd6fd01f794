package org.partnergov.model.escalation;

import org.partnergov.model.internal.Text;

/**
 * The stable id of an escalation.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record EscalationId(String value) implements Comparable<EscalationId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public EscalationId {
    value = Text.nonBlank(value, "EscalationId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static EscalationId of(String value) {
    return new EscalationId(value);
  }

  @Override
  public int compareTo(EscalationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
