package org.partnergov.benchmark.routing;

import org.partnergov.benchmark.routing.RoutingTable.Request;

/** The fact the Drools rules match and write the decider into. */
public final class RoutingFact {

  private final String type;
  private final String region;
  private final String tier;
  private final long amount;
  private String decider;

  /** The fact of a request, without decider yet. */
  public RoutingFact(Request request) {
    this.type = request.decisionType();
    this.region = request.region();
    this.tier = request.tier();
    this.amount = request.amount();
  }

  public String getType() {
    return type;
  }

  public String getRegion() {
    return region;
  }

  public String getTier() {
    return tier;
  }

  public long getAmount() {
    return amount;
  }

  public String getDecider() {
    return decider;
  }

  public void setDecider(String decider) {
    this.decider = decider;
  }
}
