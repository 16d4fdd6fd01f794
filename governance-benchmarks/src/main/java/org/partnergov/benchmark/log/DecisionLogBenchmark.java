package org.partnergov.benchmark.log;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.log.DecisionLog;
import org.partnergov.rules.log.LogEntry;
import org.partnergov.rules.log.Verification;

/**
 * The decision log: appending 10,000 records to an empty log, and verifying a log of 10,000
 * entries. Scores are entries per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class DecisionLogBenchmark {

  /** Entries per operation. */
  public static final int ENTRIES = 10_000;

  private DecisionRecord[] records;
  private Seq<LogEntry> entries;

  @Setup(Level.Trial)
  public void generate() {
    records = records(ENTRIES);
    DecisionLog log = DecisionLog.empty();
    for (DecisionRecord r : records) {
      log = log.append(r);
    }
    entries = log.entries();
    if (!DecisionLog.verify(entries).isIntact()) {
      throw new IllegalStateException("the generated log should be intact");
    }
  }

  /** Records of typical size: a rationale, two criteria results, two evidence ids, a right. */
  static DecisionRecord[] records(int count) {
    Instant start = Instant.parse("2026-01-01T08:00:00Z");
    DecisionRecord[] records = new DecisionRecord[count];
    for (int i = 0; i < count; i++) {
      records[i] = DecisionRecord.builder().id(DecisionRecordId.of("d-" + i)).request(RequestId.of("req-" + i))
          .decisionType(DecisionType.FUND_ALLOCATION).decider(PersonId.of("p-" + (i % 97)))
          .verdict(i % 5 == 0 ? Verdict.REJECT : Verdict.APPROVE).decidedAt(start.plusSeconds(60L * i))
          .right(Option.some(DecisionRightId.of("r-" + (i % 2000))))
          .rationale(Option.some("Within the quarter's budget and backed by customer-confirmed evidence"))
          .criteriaResults(List.of(new CriterionResult("WITHIN_BUDGET", true, "Fits the remaining budget"),
              new CriterionResult("PERFORMANCE_EVIDENCE", i % 5 != 0, "Cites performance evidence")))
          .evidence(List.of(ActivityRecordId.of("a-" + (2 * i)), ActivityRecordId.of("a-" + (2 * i + 1))))
          .reviewPath(Option.some(ReviewPathId.of("standard")))
          .build();
    }
    return records;
  }

  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public DecisionLog append() {
    DecisionLog log = DecisionLog.empty();
    for (DecisionRecord r : records) {
      log = log.append(r);
    }
    return log;
  }

  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public Verification verify() {
    return DecisionLog.verify(entries);
  }
}
