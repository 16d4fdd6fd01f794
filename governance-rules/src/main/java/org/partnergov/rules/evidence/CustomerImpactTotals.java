package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import org.partnergov.model.evidence.ActivityKind;

/**
 * The customer impact of a scorecard: satisfaction surveys, confirmed outcomes, renewals, measured
 * adoption. Kept apart from {@link EnablementTotals}, which can never be added to it.
 *
 * @param total all customer impact records together
 * @param byKind the customer impact records by activity kind
 */
public record CustomerImpactTotals(Tally total, SortedMap<ActivityKind, Tally> byKind) {

  private static final CustomerImpactTotals EMPTY = new CustomerImpactTotals(Tally.empty(), TreeMap.empty());

  /**
   * Throws on a missing part.
   *
   * @param total all customer impact records together
   * @param byKind the customer impact records by activity kind
   */
  public CustomerImpactTotals {
    requireNonNull(total, "total");
    requireNonNull(byKind, "byKind");
  }

  /** {@return the totals of no customer impact records} */
  public static CustomerImpactTotals empty() {
    return EMPTY;
  }

  /**
   * {@return the totals of the tallies by kind, the total being their sum}
   *
   * @param byKind the tally of the customer impact records of each activity kind
   */
  public static CustomerImpactTotals of(SortedMap<ActivityKind, Tally> byKind) {
    return new CustomerImpactTotals(byKind.values().foldLeft(Tally.empty(), Tally::plus), byKind);
  }
}
