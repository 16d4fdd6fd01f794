package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.PerformanceDimension;

/**
 * The performance evidence of a scorecard, by dimension and by kind. Kept apart from
 * {@link EnablementTotals}, which can never be added to it.
 *
 * @param total all performance records together
 * @param byDimension the performance records by dimension (only dimensions with records)
 * @param byKind the performance records by activity kind
 */
public record PerformanceTotals(Tally total, SortedMap<PerformanceDimension, Tally> byDimension,
    SortedMap<ActivityKind, Tally> byKind) {

  private static final PerformanceTotals EMPTY = new PerformanceTotals(Tally.empty(), TreeMap.empty(), TreeMap.empty());

  /**
   * Throws on a missing part.
   *
   * @param total all performance records together
   * @param byDimension the performance records by dimension (only dimensions with records)
   * @param byKind the performance records by activity kind
   */
  public PerformanceTotals {
    requireNonNull(total, "total");
    requireNonNull(byDimension, "byDimension");
    requireNonNull(byKind, "byKind");
  }

  /** {@return the totals of no performance records} */
  public static PerformanceTotals empty() {
    return EMPTY;
  }

  /**
   * {@return the tally of the dimension; empty when it has no records}
   *
   * @param dimension the performance dimension, such as delivery quality
   */
  public Tally of(PerformanceDimension dimension) {
    return byDimension.get(dimension).getOrElse(Tally.empty());
  }
}
