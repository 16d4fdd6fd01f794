package org.partnergov.model.escalation;

import org.partnergov.model.internal.Text;

/**
 * The stable id of an escalation.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record EscalationId(String value) implements Comparable<EscalationId> {

  /** Trims; throws on a blank value. */
  public EscalationId {
    value = Text.nonBlank(value, "EscalationId");
  }

  /** The id of the given text. */
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
