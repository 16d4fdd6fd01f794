package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import org.partnergov.model.evidence.ActivityKind;

/**
 * The records of a scorecard whose kind no rule of the pack classifies ({@code EVD-01}): counted
 * here so the host sees the gap, never counted as value.
 *
 * @param total all unclassified records together
 * @param byKind the unclassified records by activity kind
 */
public record UnclassifiedTotals(Tally total, SortedMap<ActivityKind, Tally> byKind) {

  private static final UnclassifiedTotals EMPTY = new UnclassifiedTotals(Tally.empty(), TreeMap.empty());

  /**
   * Throws on a missing part.
   *
   * @param total all unclassified records together
   * @param byKind the unclassified records by activity kind
   */
  public UnclassifiedTotals {
    requireNonNull(total, "total");
    requireNonNull(byKind, "byKind");
  }

  /** {@return the totals of no unclassified records} */
  public static UnclassifiedTotals empty() {
    return EMPTY;
  }

  /**
   * {@return the totals of the tallies by kind, the total being their sum}
   *
   * @param byKind the tally of the unclassified records of each activity kind
   */
  public static UnclassifiedTotals of(SortedMap<ActivityKind, Tally> byKind) {
    return new UnclassifiedTotals(byKind.values().foldLeft(Tally.empty(), Tally::plus), byKind);
  }

  /** {@return the stable code, always {@link EvidenceCode#UNCLASSIFIED}} */
  public EvidenceCode code() {
    return EvidenceCode.UNCLASSIFIED;
  }
}
