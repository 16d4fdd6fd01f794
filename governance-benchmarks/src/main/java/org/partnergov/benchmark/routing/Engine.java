package org.partnergov.benchmark.routing;

import java.util.Objects;
import org.partnergov.benchmark.routing.RoutingTable.Request;

/** Every way of routing that the benchmark compares, each generated from the same table. */
public enum Engine {
  /** The library's {@code DecisionIndex}, the decider alone. */
  LIBRARY,
  /** The library's {@code DecisionIndex}, the whole accountability. */
  LIBRARY_ACCOUNTABILITY,
  /** Plain Java, first matching row of an array. */
  LINEAR_SCAN,
  /** Plain Java, hash maps by type, tier and region, then binary search on band thresholds. */
  INDEXED,
  /** Plain Java, the same index, reading the library's DecisionContext and BigDecimal amounts. */
  INDEXED_ON_CONTEXT,
  /** Drools, a new stateless session per request. */
  DROOLS_STATELESS,
  /** Drools, one stateful session reused. */
  DROOLS_SESSION,
  /** Easy Rules, first rule applied. */
  EASY_RULES,
  /** KIE DMN, FIRST-hit decision table. */
  DMN;

  /** The number of random requests every engine must agree with the linear scan on. */
  public static final int AGREEMENT_REQUESTS = 20_000;

  /** This engine, generated from the table. */
  public Router build(RoutingTable table) {
    switch (this) {
      case LIBRARY: return new LibraryRouter(table, false);
      case LIBRARY_ACCOUNTABILITY: return new LibraryRouter(table, true);
      case LINEAR_SCAN: return new LinearScanRouter(table);
      case INDEXED: return new IndexedRouter(table);
      case INDEXED_ON_CONTEXT: return new IndexedContextRouter(table);
      case DROOLS_STATELESS: return new DroolsStatelessRouter(DroolsRules.kieBase(table));
      case DROOLS_SESSION: return new DroolsSessionRouter(DroolsRules.kieBase(table));
      case EASY_RULES: return new EasyRulesRouter(table);
      case DMN: return new DmnRouter(table);
      default: throw new AssertionError(this);
    }
  }

  /**
   * Checks that the router returns the linear scan's decider (the table's plain meaning) for
   * {@link #AGREEMENT_REQUESTS} random requests; throws on the first disagreement.
   *
   * @return how many of the requests had a decider
   */
  public int checkAgainstReference(Router router, RoutingTable table) {
    Router reference = new LinearScanRouter(table);
    Request[] requests = table.requests(AGREEMENT_REQUESTS, 20_000L + table.rows().size());
    int decided = 0;
    for (int i = 0; i < requests.length; i++) {
      String expected = reference.decide(requests[i]);
      String actual = router.decide(requests[i]);
      if (!Objects.equals(expected, actual)) {
        throw new IllegalStateException(this + " routes request " + i + " " + requests[i].context() + " of a "
            + table.rows().size() + "-row table to " + actual + ", the table says " + expected);
      }
      decided += expected == null ? 0 : 1;
    }
    if (decided == 0 || decided == requests.length) {
      throw new IllegalStateException("the requests should mix decided and undecided ones: " + decided);
    }
    return decided;
  }
}
