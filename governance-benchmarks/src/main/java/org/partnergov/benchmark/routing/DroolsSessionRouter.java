package org.partnergov.benchmark.routing;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.partnergov.benchmark.routing.RoutingTable.Request;

/** Drools tuned: one session reused for every request (insert, fire, delete). Not thread-safe. */
public final class DroolsSessionRouter implements Router {

  private final KieSession session;

  /** Opens the session it keeps. */
  public DroolsSessionRouter(KieBase base) {
    this.session = base.newKieSession();
  }

  @Override
  public String decide(Request request) {
    RoutingFact fact = new RoutingFact(request);
    FactHandle handle = session.insert(fact);
    session.fireAllRules();
    session.delete(handle);
    return fact.getDecider();
  }

  /** Releases the session. */
  public void close() {
    session.dispose();
  }
}
