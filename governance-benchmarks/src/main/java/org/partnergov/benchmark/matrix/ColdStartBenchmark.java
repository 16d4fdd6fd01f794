package org.partnergov.benchmark.matrix;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.partnergov.benchmark.routing.RoutingTable;
import org.partnergov.model.decision.DecisionRightDraft;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionRightsMatrixDraft;
import org.partnergov.model.party.Person;
import org.partnergov.rules.decision.DecisionIndex;
import org.partnergov.rules.decision.MatrixAnalysis;
import org.partnergov.rules.decision.MatrixCode;
import org.partnergov.rules.decision.MatrixProblem;

/**
 * Cold start: a host reads a 2,000-row decision-rights matrix (raw drafts, as from a file or a
 * database), parses it, validates it with {@link MatrixAnalysis} and compiles the
 * {@link DecisionIndex}. Milliseconds per matrix; the three steps are also measured alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ColdStartBenchmark {

  @Param({"2000"})
  public int rows;

  private DecisionRightsMatrixDraft draft;
  private DecisionRightsMatrix matrix;
  private final Seq<Person> people = List.empty();

  @Setup(Level.Trial)
  public void generate() {
    draft = drafts(RoutingTable.generate(rows, 42L));
    matrix = valid(draft);
    Seq<MatrixProblem> problems = MatrixAnalysis.analyse(matrix, people, RoutingTable.AT);
    Seq<MatrixProblem> overlaps = problems.filter(p -> p.code() == MatrixCode.SEVERAL_DECIDERS
        || p.code() == MatrixCode.OVERLAPPING_BANDS);
    if (!overlaps.isEmpty()) {
      throw new IllegalStateException("the generated matrix has overlapping deciders: " + overlaps.head());
    }
  }

  /** The table's rows as the raw drafts a host hands in. */
  static DecisionRightsMatrixDraft drafts(RoutingTable table) {
    return DecisionRightsMatrixDraft.builder().rights(List.ofAll(table.rows()).map(row -> DecisionRightDraft.builder()
        .id(row.id()).decisionType(row.decisionType()).holderPerson(row.decider()).role("DECIDE")
        .region(row.region()).tier(row.tier())
        .amountFrom(BigDecimal.valueOf(row.lower()))
        .amountTo(row.upper() == RoutingTable.UNBOUNDED ? null : BigDecimal.valueOf(row.upper()))
        .amountCurrency(RoutingTable.CURRENCY).validFrom(Instant.parse("2020-01-01T00:00:00Z"))
        .build())).build();
  }

  private static DecisionRightsMatrix valid(DecisionRightsMatrixDraft draft) {
    var parsed = draft.validate();
    if (parsed.isInvalid()) {
      throw new IllegalStateException("the generated matrix does not parse: " + parsed.getError().mkString("; "));
    }
    return parsed.get();
  }

  /** Parse, validate and index: what a host pays before the first decision. */
  @Benchmark
  public void parseValidateAndIndex(Blackhole bh) {
    DecisionRightsMatrix parsed = valid(draft);
    bh.consume(MatrixAnalysis.analyse(parsed, people, RoutingTable.AT));
    bh.consume(DecisionIndex.of(parsed));
  }

  @Benchmark
  public DecisionRightsMatrix parseOnly() {
    return valid(draft);
  }

  @Benchmark
  public Seq<MatrixProblem> analyseOnly() {
    return MatrixAnalysis.analyse(matrix, people, RoutingTable.AT);
  }

  @Benchmark
  public DecisionIndex indexOnly() {
    return DecisionIndex.of(matrix);
  }
}
