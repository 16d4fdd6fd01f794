package org.partnergov.benchmark.routing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.partnergov.benchmark.routing.RoutingTable.Request;
import org.partnergov.benchmark.routing.RoutingTable.Row;
import org.partnergov.model.decision.DecisionContext;

/**
 * The plain indexed lookup of {@link IndexedRouter}, but reading the library's input: the
 * {@link DecisionContext} (optional region and tier, the amount as {@code Money}), with the band
 * limits as {@code BigDecimal}. Its distance to {@link IndexedRouter} is the cost of the input's
 * shape; its distance to the library is the cost of the library's own work (the full scope and
 * validity check, delegations, the {@code Accountability}).
 */
public final class IndexedContextRouter implements Router {

  /** The bands of one cell, by lower limit; a null upper limit is unbounded. */
  private record Cell(BigDecimal[] lowers, BigDecimal[] uppers, String[] deciders) {}

  private final Map<String, Map<String, Map<String, Cell>>> cells = new HashMap<>();

  /** Indexes the rows. */
  public IndexedContextRouter(RoutingTable table) {
    table.cells().forEach((type, byTier) -> byTier.forEach((tier, byRegion) -> byRegion.forEach((region, rows) -> {
      Cell cell = new Cell(rows.stream().map(r -> BigDecimal.valueOf(r.lower()).setScale(2)).toArray(BigDecimal[]::new),
          rows.stream().map(r -> r.upper() == RoutingTable.UNBOUNDED ? null : BigDecimal.valueOf(r.upper()).setScale(2))
              .toArray(BigDecimal[]::new),
          rows.stream().map(Row::decider).toArray(String[]::new));
      cells.computeIfAbsent(type, k -> new HashMap<>()).computeIfAbsent(tier, k -> new HashMap<>()).put(region, cell);
    })));
  }

  @Override
  public String decide(Request request) {
    DecisionContext c = request.context();
    Map<String, Map<String, Cell>> byTier = cells.get(c.type().code());
    if (byTier == null || c.tier().isEmpty() || c.region().isEmpty() || c.amount().isEmpty()) {
      return null;
    }
    Map<String, Cell> byRegion = byTier.get(c.tier().get().value());
    Cell cell = byRegion == null ? null : byRegion.get(c.region().get().value());
    if (cell == null) {
      return null;
    }
    BigDecimal amount = c.amount().get().amount();
    int low = 0;
    int high = cell.lowers().length - 1;
    int band = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (cell.lowers()[mid].compareTo(amount) <= 0) {
        band = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (band < 0) {
      return null;
    }
    BigDecimal upper = cell.uppers()[band];
    return upper == null || amount.compareTo(upper) < 0 ? cell.deciders()[band] : null;
  }
}
