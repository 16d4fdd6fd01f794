package org.partnergov.model.escalation;

import static java.util.Objects.requireNonNull;

import org.partnergov.model.internal.Text;

/**
 * A partner risk translated into what it means for the business: its category, how serious it
 * is, how big it is, and why. Every translation explains itself in plain words.
 *
 * @param category what the risk threatens
 * @param severity how serious it is
 * @param magnitude how big it is
 * @param explanation why the risk has this consequence, in plain business language, trimmed
 */
public record Consequence(ConsequenceCategory category, Severity severity, Magnitude magnitude,
    String explanation) {

  /**
   * Throws on a missing part or a blank explanation; trims the explanation.
   *
   * @param category what the risk threatens
   * @param severity how serious it is
   * @param magnitude how big it is
   * @param explanation why the risk has this consequence, in plain business language, trimmed
   */
  public Consequence {
    requireNonNull(category, "category");
    requireNonNull(severity, "severity");
    requireNonNull(magnitude, "magnitude");
    explanation = Text.nonBlank(explanation, "explanation");
  }

  /**
   * {@return whether this consequence is at least as serious as {@code threshold}}
   *
   * @param threshold the least severity that counts
   */
  public boolean isAtLeast(Severity threshold) {
    return severity.isAtLeast(threshold);
  }
}
