package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

/**
 * What the partner's work changed: the performance evidence and customer impact of a scorecard,
 * strongest evidence first, in plain words. Never mentions enablement. A type of its own so that a
 * report cannot present an {@link ActivityNarrative} as one.
 *
 * @param text the narrative
 */
public record PerformanceNarrative(String text) {

  /**
   * Throws on a missing text.
   *
   * @param text the narrative
   */
  public PerformanceNarrative {
    requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return text;
  }
}
