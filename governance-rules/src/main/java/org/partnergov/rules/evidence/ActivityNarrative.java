package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

/**
 * What happened: the enablement activity of a scorecard (and what the pack could not classify),
 * in plain words. A type of its own so that a report cannot present it as a
 * {@link PerformanceNarrative}.
 *
 * @param text the narrative
 */
public record ActivityNarrative(String text) {

  /**
   * Throws on a missing text.
   *
   * @param text the narrative
   */
  public ActivityNarrative {
    requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return text;
  }
}
