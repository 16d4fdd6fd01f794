package org.partnergov.benchmark.evidence;

import io.vavr.collection.SortedMap;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.time.Period;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.evidence.Scorecard;
import org.partnergov.rules.evidence.Scorecards;

/**
 * Scorecards per partner: the library's {@link Scorecards#byPartner} against a hand-written loop
 * over {@code java.util.HashMap} accumulators doing the same work (classify each kind once, then
 * per partner and class: a count, a quantity sum and a money sum). Both read one million records
 * per operation from the same array, of 10,000 partners (100 records per partner, the ratio of
 * ten million records for 100,000 partners) or of 1,000 partners (1,000 records each), so the
 * score is records per second; the two sizes separate what a record costs from what a partner
 * costs (its accumulators and its frozen scorecard).
 * {@link #streamTenMillion} streams ten million records of 100,000 partners, built on the fly,
 * through the library in a JVM limited to 256 MB: ten million records take more than 1 GB, so it
 * can only finish if they are not held.
 */
@State(Scope.Benchmark)
public class ScorecardBenchmark {

  /** Partners the streamed records belong to. */
  public static final int PARTNERS = 100_000;
  /** Records per operation of the throughput benchmarks. */
  public static final int RECORDS = 1_000_000;
  /** Records streamed by the memory check. */
  public static final int STREAMED = 10_000_000;

  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Period PERIOD = Period.of(START, START.plus(Duration.ofDays(365)));
  static final ActivityKind[] KINDS = ActivityKind.builtIn().toJavaArray(ActivityKind[]::new);
  static final PartnerId[] PARTNER_IDS = new PartnerId[PARTNERS];
  static final ActivitySource CRM = ActivitySource.of("CRM");
  static final Money DEAL = Money.of("1250.00", "EUR");
  static final BigDecimal SCORE = new BigDecimal("4.5");

  static {
    for (int p = 0; p < PARTNERS; p++) {
      PARTNER_IDS[p] = new PartnerId("partner-" + p);
    }
  }

  private final RulePack pack = RulePack.defaults();

  /**
   * The records of the throughput benchmarks, in a state of their own so that
   * {@link #streamTenMillion} does not hold them.
   */
  @State(Scope.Benchmark)
  public static class Records {
    /** Partners the million records belong to: 100 or 1,000 records per partner. */
    @Param({"10000", "1000"})
    public int partners;

    List<ActivityRecord> records;

    @Setup(Level.Trial)
    public void generate() {
      ActivityRecord[] all = new ActivityRecord[RECORDS];
      for (int i = 0; i < RECORDS; i++) {
        all[i] = record(i, partners);
      }
      records = Arrays.asList(all);
    }
  }

  /** The i-th record of {@code partners}: its partner, one of three kinds per partner, a quantity or an amount on some. */
  static ActivityRecord record(int i, int partners) {
    int p = i % partners;
    ActivityKind kind = KINDS[(p % 7 * 3 + i / partners % 3) % KINDS.length];
    ActivityRecord.Builder b = ActivityRecord.builder().id(new ActivityRecordId("a-" + i)).partner(PARTNER_IDS[p])
        .kind(kind).occurredAt(START.plusSeconds(i % 31_000_000)).source(CRM)
        .provenance(Provenance.values()[i % 4]);
    if (i % 3 == 0) {
      b.quantity(io.vavr.control.Option.some(SCORE));
    } else if (i % 3 == 1) {
      b.amount(io.vavr.control.Option.some(DEAL));
    }
    return b.build();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(RECORDS)
  public SortedMap<PartnerId, Scorecard<PartnerId>> library(Records in) {
    return Scorecards.byPartner(pack, PERIOD, in.records);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(RECORDS)
  public HashMap<PartnerId, Totals[]> handWritten(Records in) {
    HashMap<ActivityKind, Integer> classOf = new HashMap<>();
    HashMap<PartnerId, Totals[]> out = new HashMap<>();
    for (ActivityRecord r : in.records) {
      if (!PERIOD.contains(r.occurredAt())) {
        continue;
      }
      int c = classOf.computeIfAbsent(r.kind(), k -> slot(pack.classify(k).classOrNone().getOrNull()));
      Totals[] slots = out.computeIfAbsent(r.partner(), k -> new Totals[SLOTS]);
      Totals t = slots[c];
      if (t == null) {
        t = new Totals();
        slots[c] = t;
      }
      t.count++;
      if (r.quantity().isDefined()) {
        t.quantity = t.quantity.add(r.quantity().get());
      }
      if (r.amount().isDefined()) {
        t.money = t.money.add(r.amount().get().amount());
      }
    }
    return out;
  }

  /** Ten million records built on the fly, streamed through the library with 256 MB of heap. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(jvmArgsAppend = "-Xmx256m")
  public int streamTenMillion() {
    Iterable<ActivityRecord> stream = () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < STREAMED;
      }

      @Override
      public ActivityRecord next() {
        return record(next++, PARTNERS);
      }
    };
    return Scorecards.byPartner(pack, PERIOD, stream).size();
  }

  /** One accumulator of the hand-written loop. */
  public static final class Totals {
    long count;
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal money = BigDecimal.ZERO;
  }

  /** Enablement, the four performance dimensions, customer impact, unclassified. */
  static final int SLOTS = 7;

  static int slot(EvidenceClass c) {
    return c == null ? 6 : c.fold(e -> 0, p -> 1 + p.dimension().ordinal(), i -> 5);
  }
}
