package org.partnergov.benchmark.routing;

import org.partnergov.benchmark.routing.RoutingTable.Request;

/** One way of routing a request to its decider, generated from a {@link RoutingTable}. */
public interface Router {

  /**
   * The id of the person who decides the request.
   *
   * @param request the request
   * @return the decider's id, or null when no row covers the request
   */
  String decide(Request request);
}
