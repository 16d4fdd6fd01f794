package org.partnergov.benchmark.routing;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.partnergov.benchmark.routing.RoutingTable.Row;

/** The table as DRL, one rule per row, compiled once into a Drools knowledge base. */
public final class DroolsRules {

  private DroolsRules() {}

  /** The DRL of the table: each row is a rule that sets the decider of a matching fact. */
  public static String drl(RoutingTable table) {
    StringBuilder drl = new StringBuilder("package org.partnergov.benchmark.routing.drl;\n\n")
        .append("import ").append(RoutingFact.class.getName()).append(";\n\n");
    for (Row row : table.rows()) {
      drl.append("rule \"").append(row.id()).append("\"\nwhen\n  $f : RoutingFact(type == \"")
          .append(row.decisionType()).append("\", region == \"").append(row.region())
          .append("\", tier == \"").append(row.tier()).append("\", amount >= ").append(row.lower());
      if (row.upper() != RoutingTable.UNBOUNDED) {
        drl.append(", amount < ").append(row.upper());
      }
      drl.append(")\nthen\n  $f.setDecider(\"").append(row.decider()).append("\");\nend\n\n");
    }
    return drl.toString();
  }

  /** The knowledge base of the table, built with Drools' executable model. */
  public static KieBase kieBase(RoutingTable table) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.write("src/main/resources/org/partnergov/benchmark/routing/drl/routing.drl", drl(table));
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("the generated DRL does not compile: " + builder.getResults());
    }
    return services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
  }
}
