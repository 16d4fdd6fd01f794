package org.partnergov.benchmark.routing;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Tier;
import org.partnergov.model.time.Period;

/**
 * The one table definition every routing engine is generated from: rows of decision type,
 * region, tier, an amount band {@code [lower, upper)} in whole euros, and the person who decides.
 *
 * <p>A table of {@code n} rows (a multiple of 4) has {@code n / 4} cells (decision type, tier,
 * region), each split into four bands that cover every amount from zero up, so the rows never
 * overlap and every engine, whatever its hit policy, has exactly one answer or none. Each row has
 * its own decider, so a wrong row is always seen.
 */
public final class RoutingTable {

  /** The instant every request is resolved at; every right is valid from 2020 on. */
  public static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
  /** The currency of every band and amount. */
  public static final String CURRENCY = "EUR";
  /** No upper limit. */
  public static final long UNBOUNDED = Long.MAX_VALUE;

  static final String[] TYPES = {"FUND_ALLOCATION", "INCENTIVE_EXCEPTION", "CUSTOMER_COMMITMENT",
      "READINESS_CLAIM", "TIER_CHANGE"};
  static final String[] TIERS = {"REGISTERED", "SILVER", "GOLD", "PLATINUM"};
  private static final long MAX_AMOUNT = 200_000;

  /**
   * One row.
   *
   * @param id the row's id, also the decision right's id
   * @param decisionType the decision type code
   * @param region the region
   * @param tier the tier
   * @param lower the smallest amount inside the band
   * @param upper the first amount above the band, or {@link #UNBOUNDED}
   * @param decider the id of the person who decides
   */
  public record Row(String id, String decisionType, String region, String tier, long lower, long upper,
      String decider) {

    /** Whether the request falls in this row. */
    public boolean matches(Request r) {
      return decisionType.equals(r.decisionType()) && region.equals(r.region()) && tier.equals(r.tier())
          && r.amount() >= lower && r.amount() < upper;
    }
  }

  /**
   * One request to route, with the same request as the library's {@link DecisionContext}, built
   * ahead so that no engine pays for converting it.
   *
   * @param decisionType the decision type code
   * @param region the partner's region
   * @param tier the partner's tier
   * @param amount the amount at stake in whole euros
   * @param context the same request as the library sees it
   */
  public record Request(String decisionType, String region, String tier, long amount, DecisionContext context) {

    static Request of(String type, String region, String tier, long amount) {
      DecisionContext context = DecisionContext.of(DecisionType.of(type)).withRegion(Region.of(region))
          .withTier(Tier.of(tier)).withAmount(Money.of(BigDecimal.valueOf(amount), CURRENCY));
      return new Request(type, region, tier, amount, context);
    }
  }

  private final java.util.List<Row> rows;

  private RoutingTable(java.util.List<Row> rows) {
    this.rows = java.util.List.copyOf(rows);
  }

  /** The rows, in table order. */
  public java.util.List<Row> rows() {
    return rows;
  }

  /**
   * The rows grouped the way a hand-written index keys them: by decision type, tier and region,
   * each group sorted by lower limit. Used by both plain indexed routers.
   */
  public java.util.Map<String, java.util.Map<String, java.util.Map<String, java.util.List<Row>>>> cells() {
    java.util.Map<String, java.util.Map<String, java.util.Map<String, java.util.List<Row>>>> grouped =
        new java.util.HashMap<>();
    for (Row row : rows()) {
      grouped.computeIfAbsent(row.decisionType(), k -> new java.util.HashMap<>())
          .computeIfAbsent(row.tier(), k -> new java.util.HashMap<>())
          .computeIfAbsent(row.region(), k -> new ArrayList<>()).add(row);
    }
    grouped.values().forEach(byTier -> byTier.values().forEach(byRegion -> byRegion.values()
        .forEach(rows -> rows.sort(java.util.Comparator.comparingLong(Row::lower)))));
    return grouped;
  }

  /**
   * A table of the given number of rows, the same for the same seed.
   *
   * @param size the number of rows, a positive multiple of 4
   * @param seed the seed of the band limits
   * @return the table
   */
  public static RoutingTable generate(int size, long seed) {
    if (size <= 0 || size % 4 != 0) {
      throw new IllegalArgumentException("a table has a positive multiple of 4 rows, not " + size);
    }
    Random random = new Random(seed);
    ArrayList<Row> rows = new ArrayList<>();
    for (int cell = 0; cell < size / 4; cell++) {
      String type = TYPES[cell % TYPES.length];
      String tier = TIERS[(cell / TYPES.length) % TIERS.length];
      String region = region(cell / (TYPES.length * TIERS.length));
      long t1 = 1_000 + random.nextInt(4_000);
      long t2 = t1 + 1_000 + random.nextInt(19_000);
      long t3 = t2 + 10_000 + random.nextInt(90_000);
      long[] limits = {0, t1, t2, t3, UNBOUNDED};
      for (int band = 0; band < 4; band++) {
        int n = rows.size();
        rows.add(new Row(String.format("r-%04d", n), type, region, tier, limits[band], limits[band + 1],
            String.format("p-%04d", n)));
      }
    }
    return new RoutingTable(rows);
  }

  private static String region(int i) {
    return String.format("R%02d", i);
  }

  /**
   * Mixed requests, the same for the same seed: nine in ten for a cell of the table, one in ten
   * for a region or a decision type the table does not have (no decider); amounts from 0 to
   * 200,000 euros.
   */
  public Request[] requests(int count, long seed) {
    Random random = new Random(seed);
    Request[] requests = new Request[count];
    for (int i = 0; i < count; i++) {
      Row row = rows.get(random.nextInt(rows.size()));
      long amount = random.nextInt((int) MAX_AMOUNT);
      int miss = random.nextInt(20);
      requests[i] = miss == 0 ? Request.of(row.decisionType(), "NOWHERE", row.tier(), amount)
          : miss == 1 ? Request.of("ESCALATION_RESOLUTION", row.region(), row.tier(), amount)
          : Request.of(row.decisionType(), row.region(), row.tier(), amount);
    }
    return requests;
  }

  /** The rows as the library's decision-rights matrix: one Decide right per row, held by its decider. */
  public DecisionRightsMatrix matrix() {
    Period validity = Period.from(Instant.parse("2020-01-01T00:00:00Z"));
    return DecisionRightsMatrix.of(List.ofAll(rows).map(row -> DecisionRight.builder()
        .id(DecisionRightId.of(row.id()))
        .decisionType(DecisionType.of(row.decisionType()))
        .scope(Scope.builder().region(Region.of(row.region())).tier(Tier.of(row.tier()))
            .amountBand(band(row)).validity(validity).build())
        .holder(Holder.person(PersonId.of(row.decider())))
        .role(RapidRole.DECIDE)
        .build()), List.empty());
  }

  private static AmountBand band(Row row) {
    Money lower = Money.of(BigDecimal.valueOf(row.lower()), CURRENCY);
    return row.upper() == UNBOUNDED ? AmountBand.from(lower)
        : AmountBand.of(lower, Money.of(BigDecimal.valueOf(row.upper()), CURRENCY));
  }
}
