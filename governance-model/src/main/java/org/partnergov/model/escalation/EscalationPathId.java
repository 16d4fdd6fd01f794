package org.partnergov.model.escalation;

import org.partnergov.model.internal.Text;

/**
 * The stable id of an escalation path, cited by the escalations that follow it.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record EscalationPathId(String value) implements Comparable<EscalationPathId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public EscalationPathId {
    value = Text.nonBlank(value, "EscalationPathId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static EscalationPathId of(String value) {
    return new EscalationPathId(value);
  }

  @Override
  public int compareTo(EscalationPathId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
