package org.partnergov.benchmark.routing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.partnergov.benchmark.routing.RoutingTable.Request;
import org.partnergov.benchmark.routing.RoutingTable.Row;

/**
 * Plain Java as one would write it by hand: nested hash maps by decision type, tier and region,
 * each cell holding its band thresholds sorted, found by binary search.
 */
public final class IndexedRouter implements Router {

  /** The bands of one cell, by lower limit. */
  private record Cell(long[] lowers, long[] uppers, String[] deciders) {}

  private final Map<String, Map<String, Map<String, Cell>>> cells = new HashMap<>();

  /** Indexes the rows. */
  public IndexedRouter(RoutingTable table) {
    table.cells().forEach((type, byTier) -> byTier.forEach((tier, byRegion) -> byRegion.forEach((region, rows) -> {
      Cell cell = new Cell(rows.stream().mapToLong(Row::lower).toArray(),
          rows.stream().mapToLong(Row::upper).toArray(), rows.stream().map(Row::decider).toArray(String[]::new));
      cells.computeIfAbsent(type, k -> new HashMap<>()).computeIfAbsent(tier, k -> new HashMap<>()).put(region, cell);
    })));
  }

  @Override
  public String decide(Request request) {
    Map<String, Map<String, Cell>> byTier = cells.get(request.decisionType());
    if (byTier == null) {
      return null;
    }
    Map<String, Cell> byRegion = byTier.get(request.tier());
    if (byRegion == null) {
      return null;
    }
    Cell cell = byRegion.get(request.region());
    if (cell == null) {
      return null;
    }
    int i = Arrays.binarySearch(cell.lowers(), request.amount());
    int band = i >= 0 ? i : -i - 2;
    return band >= 0 && request.amount() < cell.uppers()[band] ? cell.deciders()[band] : null;
  }
}
