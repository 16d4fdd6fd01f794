package org.partnergov.benchmark.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every engine the routing benchmark measures routes 20,000 random requests exactly as the table
 * says (the linear scan over its rows), at each table size the benchmark uses. No timing here.
 */
class RoutingAgreementTest {

  @ParameterizedTest
  @ValueSource(ints = {20, 200, 2000})
  void every_engine_returns_the_tables_decider(int rows) {
    RoutingTable table = RoutingTable.generate(rows, 42L);
    for (Engine engine : Engine.values()) {
      long start = System.nanoTime();
      Router router = engine.build(table);
      int decided = engine.checkAgainstReference(router, table);
      System.out.printf("%s, %d rows: built and checked in %d ms, %d of %d requests decided%n", engine, rows,
          (System.nanoTime() - start) / 1_000_000, decided, Engine.AGREEMENT_REQUESTS);
      assertThat(decided).isBetween(Engine.AGREEMENT_REQUESTS / 2, Engine.AGREEMENT_REQUESTS - 1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 200, 2000})
  void the_table_has_no_overlapping_rows(int rows) {
    RoutingTable table = RoutingTable.generate(rows, 42L);
    for (RoutingTable.Request request : table.requests(5_000, 1L)) {
      assertThat(table.rows().stream().filter(row -> row.matches(request)).count()).isLessThanOrEqualTo(1);
    }
  }
}
