package org.partnergov.benchmark.routing;

import org.partnergov.benchmark.routing.RoutingTable.Request;
import org.partnergov.model.decision.Holder;
import org.partnergov.rules.decision.Decider;
import org.partnergov.rules.decision.DecisionIndex;

/**
 * The library: {@link DecisionIndex} over the table's matrix, asked either for the decider alone
 * ({@link DecisionIndex#decider}, what routing needs) or for the whole accountability
 * ({@link DecisionIndex#resolve}: the decider, the other RAPID holders and the rights matched).
 */
public final class LibraryRouter implements Router {

  private final DecisionIndex index;
  private final boolean wholeAccountability;

  /** Compiles the table's matrix. */
  public LibraryRouter(RoutingTable table, boolean wholeAccountability) {
    this.index = DecisionIndex.of(table.matrix());
    this.wholeAccountability = wholeAccountability;
  }

  @Override
  public String decide(Request request) {
    Decider decider = wholeAccountability ? index.resolve(request.context(), RoutingTable.AT).decider()
        : index.decider(request.context(), RoutingTable.AT);
    return decider instanceof Decider.Decided decided && decided.holder() instanceof Holder.NamedPerson person
        ? person.person().value() : null;
  }
}
