package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.time.Period;

/**
 * Scorecards per partner and per program from any number of activity records.
 *
 * <p>The records are read once, in one pass, and never kept: each record inside the period (start
 * inclusive, end exclusive) adds to a small mutable counter for its subject and activity kind in a
 * local {@link HashMap}, so memory grows with the number of subjects times the kinds they record,
 * not with the number of records. No record is classified in the loop: classification depends on
 * the kind alone, so each kind is classified once per call, when the counters are frozen into
 * immutable {@link Scorecard}s at the end. Records of a {@link Stream} are pulled through its
 * iterator, one at a time, in the calling thread. The result does not depend on the order of the
 * records: counts and {@code BigDecimal} sums are exact.
 */
public final class Scorecards {

  private Scorecards() {}

  /** A scorecard for every partner with records in the period, by partner id. */
  public static SortedMap<PartnerId, Scorecard<PartnerId>> byPartner(RulePack pack, Period period,
      Iterable<ActivityRecord> records) {
    return build(pack, period, requireNonNull(records, "records").iterator(), ActivityRecord::partner);
  }

  /** A scorecard for every partner with records in the period, by partner id. */
  public static SortedMap<PartnerId, Scorecard<PartnerId>> byPartner(RulePack pack, Period period,
      Stream<ActivityRecord> records) {
    return build(pack, period, requireNonNull(records, "records").iterator(), ActivityRecord::partner);
  }

  /** A scorecard for every program with records in the period, by program id; records without a program are left out. */
  public static SortedMap<ProgramId, Scorecard<ProgramId>> byProgram(RulePack pack, Period period,
      Iterable<ActivityRecord> records) {
    return build(pack, period, requireNonNull(records, "records").iterator(), r -> r.program().getOrNull());
  }

  /** A scorecard for every program with records in the period, by program id; records without a program are left out. */
  public static SortedMap<ProgramId, Scorecard<ProgramId>> byProgram(RulePack pack, Period period,
      Stream<ActivityRecord> records) {
    return build(pack, period, requireNonNull(records, "records").iterator(), r -> r.program().getOrNull());
  }

  /** The scorecard of one partner: its records in the period, empty totals when it has none. */
  public static Scorecard<PartnerId> ofPartner(RulePack pack, Period period, PartnerId partner,
      Iterable<ActivityRecord> records) {
    requireNonNull(partner, "partner");
    return build(pack, period, requireNonNull(records, "records").iterator(),
        r -> partner.equals(r.partner()) ? partner : null).get(partner)
        .getOrElse(() -> empty(partner, period, pack));
  }

  /** A scorecard without records. */
  public static <K> Scorecard<K> empty(K subject, Period period, RulePack pack) {
    return new Scorecard<>(subject, period, pack.name(), EnablementTotals.empty(), PerformanceTotals.empty(),
        CustomerImpactTotals.empty(), UnclassifiedTotals.empty());
  }

  private static <K extends Comparable<? super K>> SortedMap<K, Scorecard<K>> build(RulePack pack, Period period,
      Iterator<ActivityRecord> records, Function<ActivityRecord, @Nullable K> subjectOf) {
    requireNonNull(pack, "pack");
    requireNonNull(period, "period");
    Instant start = period.start();
    Instant end = period.end().getOrNull();
    HashMap<K, HashMap<ActivityKind, Counter>> counters = new HashMap<>();
    while (records.hasNext()) {
      ActivityRecord r = records.next();
      Instant t = r.occurredAt();
      if (t.isBefore(start) || end != null && !t.isBefore(end)) {
        continue;
      }
      K subject = subjectOf.apply(r);
      if (subject == null) {
        continue;
      }
      HashMap<ActivityKind, Counter> byKind = counters.get(subject);
      if (byKind == null) {
        byKind = new HashMap<>();
        counters.put(subject, byKind);
      }
      Counter counter = byKind.get(r.kind());
      if (counter == null) {
        counter = new Counter();
        byKind.put(r.kind(), counter);
      }
      counter.add(r);
    }
    HashMap<ActivityKind, Classification> classified = new HashMap<>();
    SortedMap<K, Scorecard<K>> result = TreeMap.empty();
    for (java.util.Map.Entry<K, HashMap<ActivityKind, Counter>> e : counters.entrySet()) {
      result = result.put(e.getKey(), freeze(e.getKey(), period, pack, e.getValue(), classified));
    }
    return result;
  }

  private static <K> Scorecard<K> freeze(K subject, Period period, RulePack pack,
      HashMap<ActivityKind, Counter> counters, HashMap<ActivityKind, Classification> classified) {
    SortedMap<ActivityKind, Tally> enablement = TreeMap.empty();
    SortedMap<ActivityKind, Tally> performance = TreeMap.empty();
    SortedMap<PerformanceDimension, Tally> dimensions = TreeMap.empty();
    SortedMap<ActivityKind, Tally> impact = TreeMap.empty();
    SortedMap<ActivityKind, Tally> unclassified = TreeMap.empty();
    for (java.util.Map.Entry<ActivityKind, Counter> e : counters.entrySet()) {
      ActivityKind kind = e.getKey();
      Tally tally = e.getValue().freeze();
      Classification c = classified.computeIfAbsent(kind, pack::classify);
      if (c instanceof Classification.Classified known) {
        EvidenceClass ec = known.evidenceClass();
        if (ec instanceof EvidenceClass.Performance p) {
          performance = performance.put(kind, tally);
          dimensions = dimensions.put(p.dimension(), tally, Tally::plus);
        } else if (ec instanceof EvidenceClass.CustomerImpact) {
          impact = impact.put(kind, tally);
        } else {
          enablement = enablement.put(kind, tally);
        }
      } else {
        unclassified = unclassified.put(kind, tally);
      }
    }
    PerformanceTotals perf = new PerformanceTotals(performance.values().foldLeft(Tally.empty(), Tally::plus),
        dimensions, performance);
    return new Scorecard<>(subject, period, pack.name(), EnablementTotals.of(enablement), perf,
        CustomerImpactTotals.of(impact), UnclassifiedTotals.of(unclassified));
  }
}
