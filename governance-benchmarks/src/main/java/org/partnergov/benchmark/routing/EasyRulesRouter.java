package org.partnergov.benchmark.routing;

import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.partnergov.benchmark.routing.RoutingTable.Request;
import org.partnergov.benchmark.routing.RoutingTable.Row;

/** Easy Rules: one rule per row (priority = table order), stopping at the first rule applied. */
public final class EasyRulesRouter implements Router {

  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));

  /** Generates the rules. */
  public EasyRulesRouter(RoutingTable table) {
    int priority = 0;
    for (Row row : table.rows()) {
      rules.register(new RuleBuilder().name(row.id()).priority(priority++)
          .when(facts -> row.matches(facts.get("request")))
          .then(facts -> facts.put("decider", row.decider()))
          .build());
    }
  }

  @Override
  public String decide(Request request) {
    Facts facts = new Facts();
    facts.put("request", request);
    engine.fire(rules, facts);
    return facts.get("decider");
  }
}
