package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import org.partnergov.model.evidence.ActivityKind;

/**
 * The enablement signals of a scorecard: training, certification, onboarding, events, collateral,
 * webinars. A type of its own, with no way to add it to {@link PerformanceTotals} or
 * {@link CustomerImpactTotals}, so that enablement never flows into value totals.
 *
 * @param total all enablement records together
 * @param byKind the enablement records by activity kind
 */
public record EnablementTotals(Tally total, SortedMap<ActivityKind, Tally> byKind) {

  private static final EnablementTotals EMPTY = new EnablementTotals(Tally.empty(), TreeMap.empty());

  /**
   * Throws on a missing part.
   *
   * @param total all enablement records together
   * @param byKind the enablement records by activity kind
   */
  public EnablementTotals {
    requireNonNull(total, "total");
    requireNonNull(byKind, "byKind");
  }

  /** {@return the totals of no enablement records} */
  public static EnablementTotals empty() {
    return EMPTY;
  }

  /**
   * {@return the totals of the tallies by kind, the total being their sum}
   *
   * @param byKind the tally of the enablement records of each activity kind
   */
  public static EnablementTotals of(SortedMap<ActivityKind, Tally> byKind) {
    return new EnablementTotals(byKind.values().foldLeft(Tally.empty(), Tally::plus), byKind);
  }
}
