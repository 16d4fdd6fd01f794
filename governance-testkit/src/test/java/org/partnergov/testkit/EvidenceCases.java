package org.partnergov.testkit;

import static org.partnergov.testkit.MoneyGenerators.REFERENCE;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.time.Period;
import org.partnergov.rules.evidence.RulePack;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generated inputs for the properties of the evidence rules: packs, record batches, claims with their records. */
final class EvidenceCases {

  private EvidenceCases() {}

  /** The period most generated records fall into: two years either side of {@code REFERENCE}. */
  static final Period WIDE = Period.of(REFERENCE.minus(Duration.ofDays(800)), REFERENCE.plus(Duration.ofDays(800)));

  /** The enablement kinds of the default pack. */
  static final List<ActivityKind> ENABLEMENT = RulePack.defaults().classifications()
      .filter(c -> !c.evidenceClass().countsAsValue()).map(c -> c.kind()).toList();

  /** Host packs: a few kinds (built in or host-defined) with any class. */
  static Gen<RulePack> hostPacks() {
    return lists().of(EvidenceGenerators.activityKinds().zip(EvidenceGenerators.evidenceClasses(),
        (k, c) -> Pair.of(k, c))).ofSizeBetween(0, 6).map(rules -> {
          RulePack pack = RulePack.empty("host");
          for (Pair<ActivityKind, EvidenceClass> r : rules) {
            if (!pack.rules().exists(rule -> rule.kind().equals(r._1))) {
              pack = pack.with("host-" + r._1.code().toLowerCase(java.util.Locale.ROOT), r._1, r._2);
            }
          }
          return pack;
        });
  }

  /** Packs: the defaults most often, the defaults overridden by a host pack, a host pack alone. */
  static Gen<RulePack> packs() {
    return Generate.frequency(
        Pair.of(3, Generate.constant(RulePack.defaults())),
        Pair.of(2, hostPacks().map(h -> RulePack.defaults().overriddenBy(h))),
        Pair.of(1, hostPacks()));
  }

  /** Scorecard periods: the wide one mostly, generated ones sometimes (edges at {@code REFERENCE}). */
  static Gen<Period> periods() {
    return Generate.frequency(Pair.of(3, Generate.constant(WIDE)), Pair.of(2, MoneyGenerators.periods()));
  }

  /** Batches of zero to sixty records of the eight generated partners. */
  static Gen<List<ActivityRecord>> batches() {
    return lists().of(EvidenceGenerators.activityRecords()).ofSizeBetween(0, 60).map(rs -> List.ofAll(rs));
  }

  /** Enablement records of any partner and time, of the default pack's enablement kinds. */
  static Gen<ActivityRecord> enablementRecords() {
    return EvidenceGenerators.activityRecords().zip(Generate.pick(ENABLEMENT.toJavaList()),
        (r, k) -> ActivityRecord.builder().from(r).kind(k).build());
  }

  /** A claim, the records it may cite, the as-of instant and the validity window. */
  record ClaimCase(ValueClaim claim, List<ActivityRecord> records, Instant asOf, Duration window) {}

  /**
   * Claims with records for their citations: mostly of the claim's partner, mostly inside its
   * period, often of a kind bearing on its subject, so that every verdict is reached.
   */
  static Gen<ClaimCase> claimCases() {
    Gen<Duration> windows = Generate.pick(java.util.List.of(Duration.ofDays(1), Duration.ofDays(30),
        Duration.ofDays(365), Duration.ofDays(3650)));
    return EvidenceGenerators.valueClaims().flatMap(claim -> lists().of(recordFor(claim)).ofSizeBetween(0, 6)
        .zip(windows, Generate.booleans(), (rs, window, atMade) -> new ClaimCase(claim, List.ofAll(rs),
            atMade ? claim.madeAt() : REFERENCE, window)));
  }

  /** A record for one of the claim's citations (or a stray id when it cites nothing). */
  static Gen<ActivityRecord> recordFor(ValueClaim claim) {
    List<ActivityKind> bearing = RulePack.defaults().classifications()
        .filter(c -> claim.subject().fold(d -> c.evidenceClass().equals(EvidenceClass.performance(d.dimension())),
            o -> c.evidenceClass().equals(EvidenceClass.customerImpact())))
        .map(c -> c.kind()).toList();
    return EvidenceGenerators.activityRecords().zip(integers().between(0, 9_999), Generate.pick(bearing.toJavaList()),
        (r, n, kind) -> {
          ActivityRecord.Builder b = ActivityRecord.builder().from(r);
          if (!claim.cited().isEmpty()) {
            b.id(claim.cited().get(n % claim.cited().size()));
          }
          if ((n / 10) % 10 < 8) {
            b.partner(claim.partner());
          }
          if ((n / 100) % 10 < 8) {
            b.occurredAt(inside(claim.period(), r.occurredAt()));
          }
          if ((n / 1_000) % 10 < 4) {
            b.kind(kind);
          }
          return b.build();
        });
  }

  /** An instant inside the period, derived from {@code t}. */
  static Instant inside(Period p, Instant t) {
    if (p.contains(t)) {
      return t;
    }
    long length = p.end().map(e -> Duration.between(p.start(), e).getSeconds()).getOrElse(90L * 86_400);
    return length <= 0 ? p.start() : p.start().plusSeconds(Math.floorMod(t.getEpochSecond(), length));
  }

  /** The records by id, the last of a repeated id winning, as {@code ClaimCheck} reads an iterable. */
  static io.vavr.collection.Map<ActivityRecordId, ActivityRecord> byId(Seq<ActivityRecord> records) {
    return io.vavr.collection.LinkedHashMap.ofEntries(records.map(r -> io.vavr.Tuple.of(r.id(), r)));
  }

  /** The claim citing the extra records too. */
  static ValueClaim citing(ValueClaim claim, Seq<ActivityRecord> extra) {
    return ValueClaim.builder().from(claim).cited(claim.cited().appendAll(extra.map(ActivityRecord::id))).build();
  }
}
