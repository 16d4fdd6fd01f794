package org.partnergov.benchmark.routing;

import org.partnergov.benchmark.routing.RoutingTable.Request;
import org.partnergov.model.decision.Holder;
import org.partnergov.rules.decision.Decider;
import org.partnergov.rules.decision.DecisionIndex;

/** The library: {@link DecisionIndex} over the table's matrix, resolving the full accountability. */
public final class LibraryRouter implements Router {

  private final DecisionIndex index;

  /** Compiles the table's matrix. */
  public LibraryRouter(RoutingTable table) {
    this.index = DecisionIndex.of(table.matrix());
  }

  @Override
  public String decide(Request request) {
    Decider decider = index.resolve(request.context(), RoutingTable.AT).decider();
    return decider instanceof Decider.Decided decided && decided.holder() instanceof Holder.NamedPerson person
        ? person.person().value() : null;
  }
}
