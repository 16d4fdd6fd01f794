package org.partnergov.benchmark.routing;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.partnergov.benchmark.routing.RoutingTable.Request;

/**
 * Routing: the decider of 1,024 mixed requests per operation, against a table of 20, 200 and
 * 2,000 rows, for every {@link Engine}. Scores are nanoseconds per decision; with
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes per decision. Before measuring, each
 * engine is checked against the table on 20,000 random requests; only the engine measured is
 * built in each fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingBenchmark {

  /** Requests per operation. */
  public static final int REQUESTS = 1024;

  /** The table and the requests, shared by every engine. */
  @State(Scope.Benchmark)
  public static class Table {
    @Param({"20", "200", "2000"})
    public int rows;

    RoutingTable table;
    Request[] requests;

    @Setup(Level.Trial)
    public void generate() {
      table = RoutingTable.generate(rows, 42L);
      requests = table.requests(REQUESTS, 1_024L);
    }

    Router checked(Engine engine) {
      Router router = engine.build(table);
      engine.checkAgainstReference(router, table);
      return router;
    }
  }

  /** One engine, built and checked once per fork. */
  public abstract static class Built {
    Router router;

    abstract Engine engine();

    @Setup(Level.Trial)
    public void build(Table table) {
      router = table.checked(engine());
    }
  }

  @State(Scope.Benchmark)
  public static class Library extends Built {
    @Override Engine engine() {
      return Engine.LIBRARY;
    }
  }

  @State(Scope.Benchmark)
  public static class LibraryAccountability extends Built {
    @Override Engine engine() {
      return Engine.LIBRARY_ACCOUNTABILITY;
    }
  }

  @State(Scope.Benchmark)
  public static class LinearScan extends Built {
    @Override Engine engine() {
      return Engine.LINEAR_SCAN;
    }
  }

  @State(Scope.Benchmark)
  public static class Indexed extends Built {
    @Override Engine engine() {
      return Engine.INDEXED;
    }
  }

  @State(Scope.Benchmark)
  public static class IndexedOnContext extends Built {
    @Override Engine engine() {
      return Engine.INDEXED_ON_CONTEXT;
    }
  }

  @State(Scope.Benchmark)
  public static class DroolsStateless extends Built {
    @Override Engine engine() {
      return Engine.DROOLS_STATELESS;
    }
  }

  @State(Scope.Benchmark)
  public static class DroolsSession extends Built {
    @Override Engine engine() {
      return Engine.DROOLS_SESSION;
    }
  }

  @State(Scope.Benchmark)
  public static class EasyRules extends Built {
    @Override Engine engine() {
      return Engine.EASY_RULES;
    }
  }

  @State(Scope.Benchmark)
  public static class Dmn extends Built {
    @Override Engine engine() {
      return Engine.DMN;
    }
  }

  private static void route(Request[] requests, Router router, Blackhole bh) {
    for (Request request : requests) {
      bh.consume(router.decide(request));
    }
  }

  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void library(Table t, Library e, Blackhole bh) {
    route(t.requests, e.router, bh);
  }

  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void libraryAccountability(Table t, LibraryAccountability e, Blackhole bh) {
    route(t.requests, e.router, bh);
  }

  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void plainLinearScan(Table t, LinearScan e, Blackhole bh) {
    route(t.requests, e.router, bh);
  }

  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void plainIndexed(Table t, Indexed e, Blackhole bh) {
    route(t.requests, e.router, bh);
  }

  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void plainIndexedOnContext(Table t, IndexedOnContext e, Blackhole bh) {
    route(t.requests, e.router, bh);
  }

  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void droolsStatelessPerRequest(Table t, DroolsStateless e, Blackhole bh) {
    route(t.requests, e.router, bh);
  }

  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void droolsReusedSession(Table t, DroolsSession e, Blackhole bh) {
    route(t.requests, e.router, bh);
  }

  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void easyRules(Table t, EasyRules e, Blackhole bh) {
    route(t.requests, e.router, bh);
  }

  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void dmnFirstHit(Table t, Dmn e, Blackhole bh) {
    route(t.requests, e.router, bh);
  }
}
