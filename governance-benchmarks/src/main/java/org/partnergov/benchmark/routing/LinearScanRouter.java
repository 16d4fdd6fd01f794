package org.partnergov.benchmark.routing;

import org.partnergov.benchmark.routing.RoutingTable.Request;
import org.partnergov.benchmark.routing.RoutingTable.Row;

/** Plain Java: the rows in an array, the first that matches wins. Also the reference answer. */
public final class LinearScanRouter implements Router {

  private final Row[] rows;

  /** Copies the rows. */
  public LinearScanRouter(RoutingTable table) {
    this.rows = table.rows().toArray(new Row[0]);
  }

  @Override
  public String decide(Request request) {
    for (Row row : rows) {
      if (row.matches(request)) {
        return row.decider();
      }
    }
    return null;
  }
}
