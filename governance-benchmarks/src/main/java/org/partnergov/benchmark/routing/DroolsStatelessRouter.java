package org.partnergov.benchmark.routing;

import org.kie.api.KieBase;
import org.partnergov.benchmark.routing.RoutingTable.Request;

/** Drools, as most examples use it: a new stateless session for each request. */
public final class DroolsStatelessRouter implements Router {

  private final KieBase base;

  /** Shares the compiled knowledge base. */
  public DroolsStatelessRouter(KieBase base) {
    this.base = base;
  }

  @Override
  public String decide(Request request) {
    RoutingFact fact = new RoutingFact(request);
    base.newStatelessKieSession().execute(fact);
    return fact.getDecider();
  }
}
