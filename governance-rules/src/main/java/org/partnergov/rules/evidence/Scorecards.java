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
 * inclusive, end exclusive) adds to a small mutable counter for its subject and activity kind
 * (local to the call: a {@link HashMap} by subject of a short linked list of counters, one per
 * kind), so memory grows with the number of subjects times the kinds they record, not with the
 * number of records. Adding a record allocates nothing in the common case (exact sums in
 * {@code long} units, see the counter). No record is classified in the loop: classification
 * depends on the kind alone, so each kind is classified once per call, when the counters are
 * frozen into immutable {@link Scorecard}s at the end; each subject's counters are dropped as its
 * scorecard is made. Records of a {@link Stream} are pulled through its iterator, one at a time,
 * in the calling thread. The result does not depend on the order of the records: counts and
 * {@code BigDecimal} sums are exact.
 */
public final class Scorecards {

  private static final SortedMap<ActivityKind, Tally> NO_KINDS = TreeMap.empty();
  private static final SortedMap<PerformanceDimension, Tally> NO_DIMENSIONS = TreeMap.empty();

  private Scorecards() {}

  /**
   * {@return a scorecard for every partner with records in the period, by partner id}
   *
   * @param pack the rule pack that classifies the records' kinds
   * @param period the period to count, start inclusive, end exclusive
   * @param records any number of activity records, read once and never kept
   */
  public static SortedMap<PartnerId, Scorecard<PartnerId>> byPartner(RulePack pack, Period period,
      Iterable<ActivityRecord> records) {
    return build(pack, period, requireNonNull(records, "records").iterator(), ActivityRecord::partner);
  }

  /**
   * {@return a scorecard for every partner with records in the period, by partner id}
   *
   * @param pack the rule pack that classifies the records' kinds
   * @param period the period to count, start inclusive, end exclusive
   * @param records any number of activity records, pulled once through the stream's iterator and never kept
   */
  public static SortedMap<PartnerId, Scorecard<PartnerId>> byPartner(RulePack pack, Period period,
      Stream<ActivityRecord> records) {
    return build(pack, period, requireNonNull(records, "records").iterator(), ActivityRecord::partner);
  }

  /**
   * {@return a scorecard for every program with records in the period, by program id; records without a
   * program are left out}
   *
   * @param pack the rule pack that classifies the records' kinds
   * @param period the period to count, start inclusive, end exclusive
   * @param records any number of activity records, read once and never kept
   */
  public static SortedMap<ProgramId, Scorecard<ProgramId>> byProgram(RulePack pack, Period period,
      Iterable<ActivityRecord> records) {
    return build(pack, period, requireNonNull(records, "records").iterator(), r -> r.program().getOrNull());
  }

  /**
   * {@return a scorecard for every program with records in the period, by program id; records without a
   * program are left out}
   *
   * @param pack the rule pack that classifies the records' kinds
   * @param period the period to count, start inclusive, end exclusive
   * @param records any number of activity records, pulled once through the stream's iterator and never kept
   */
  public static SortedMap<ProgramId, Scorecard<ProgramId>> byProgram(RulePack pack, Period period,
      Stream<ActivityRecord> records) {
    return build(pack, period, requireNonNull(records, "records").iterator(), r -> r.program().getOrNull());
  }

  /**
   * {@return the scorecard of one partner: its records in the period, empty totals when it has none}
   *
   * @param pack the rule pack that classifies the records' kinds
   * @param period the period to count, start inclusive, end exclusive
   * @param partner the partner the scorecard is about
   * @param records any number of activity records, read once; other partners' are left out
   */
  public static Scorecard<PartnerId> ofPartner(RulePack pack, Period period, PartnerId partner,
      Iterable<ActivityRecord> records) {
    requireNonNull(partner, "partner");
    return build(pack, period, requireNonNull(records, "records").iterator(),
        r -> partner.equals(r.partner()) ? partner : null).get(partner)
        .getOrElse(() -> empty(partner, period, pack));
  }

  /**
   * {@return a scorecard without records}
   *
   * @param <K> what the scorecard is about: a {@code PartnerId} or a {@code ProgramId}
   * @param subject the partner or program
   * @param period the period the scorecard covers
   * @param pack the rule pack whose name the scorecard carries
   */
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
    HashMap<K, Counter> counters = new HashMap<>(); // each subject's counters, linked
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
      Counter first = counters.get(subject);
      Counter counter = first == null ? null : first.of(r.kind());
      if (counter == null) {
        counter = new Counter(r.kind(), first);
        counters.put(subject, counter);
      }
      counter.add(r);
    }
    HashMap<ActivityKind, Classification> classified = new HashMap<>();
    SortedMap<K, Scorecard<K>> result = TreeMap.empty();
    Iterator<java.util.Map.Entry<K, Counter>> frozen = counters.entrySet().iterator();
    while (frozen.hasNext()) {
      java.util.Map.Entry<K, Counter> e = frozen.next();
      frozen.remove(); // each subject's counters can go as soon as its scorecard is made
      result = result.put(e.getKey(), freeze(e.getKey(), period, pack, e.getValue(), classified));
    }
    return result;
  }

  private static <K> Scorecard<K> freeze(K subject, Period period, RulePack pack, Counter counters,
      HashMap<ActivityKind, Classification> classified) {
    SortedMap<ActivityKind, Tally> enablement = NO_KINDS;
    SortedMap<ActivityKind, Tally> performance = NO_KINDS;
    SortedMap<PerformanceDimension, Tally> dimensions = NO_DIMENSIONS;
    SortedMap<ActivityKind, Tally> impact = NO_KINDS;
    SortedMap<ActivityKind, Tally> unclassified = NO_KINDS;
    Tally enablementTotal = Tally.empty();
    Tally performanceTotal = Tally.empty();
    Tally impactTotal = Tally.empty();
    Tally unclassifiedTotal = Tally.empty();
    for (Counter counter = counters; counter != null; counter = counter.next()) {
      ActivityKind kind = counter.kind();
      Tally tally = counter.freeze();
      if (classified.computeIfAbsent(kind, pack::classify) instanceof Classification.Classified known) {
        EvidenceClass ec = known.evidenceClass();
        if (ec instanceof EvidenceClass.Performance p) {
          performance = performance.put(kind, tally);
          performanceTotal = performanceTotal.plus(tally);
          dimensions = dimensions.put(p.dimension(), tally, Tally::plus);
        } else if (ec instanceof EvidenceClass.CustomerImpact) {
          impact = impact.put(kind, tally);
          impactTotal = impactTotal.plus(tally);
        } else {
          enablement = enablement.put(kind, tally);
          enablementTotal = enablementTotal.plus(tally);
        }
      } else {
        unclassified = unclassified.put(kind, tally);
        unclassifiedTotal = unclassifiedTotal.plus(tally);
      }
    }
    return new Scorecard<>(subject, period, pack.name(),
        enablement.isEmpty() ? EnablementTotals.empty() : new EnablementTotals(enablementTotal, enablement),
        performance.isEmpty() ? PerformanceTotals.empty()
            : new PerformanceTotals(performanceTotal, dimensions, performance),
        impact.isEmpty() ? CustomerImpactTotals.empty() : new CustomerImpactTotals(impactTotal, impact),
        unclassified.isEmpty() ? UnclassifiedTotals.empty() : new UnclassifiedTotals(unclassifiedTotal, unclassified));
  }
}
