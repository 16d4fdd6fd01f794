package org.partnergov.benchmark.routing;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.partnergov.benchmark.routing.RoutingTable.Request;
import org.partnergov.benchmark.routing.RoutingTable.Row;

/** KIE DMN: the table as a DMN decision table with the FIRST hit policy. */
public final class DmnRouter implements Router {

  private static final String NAMESPACE = "https://partnergov.org/benchmark/routing";

  private final DMNRuntime runtime;
  private final DMNModel model;

  /** Generates and compiles the decision model. */
  public DmnRouter(RoutingTable table) {
    Resource resource = ResourceFactory.newReaderResource(new StringReader(xml(table)), "UTF-8");
    resource.setSourcePath("org/partnergov/benchmark/routing/routing.dmn");
    this.runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(resource))
        .getOrElseThrow(e -> new IllegalStateException("the generated DMN does not compile", e));
    this.model = runtime.getModel(NAMESPACE, "routing");
    if (model == null || model.hasErrors()) {
      throw new IllegalStateException("the generated DMN has errors: "
          + (model == null ? "no model" : model.getMessages()));
    }
  }

  @Override
  public String decide(Request request) {
    DMNContext context = runtime.newContext();
    context.set("type", request.decisionType());
    context.set("region", request.region());
    context.set("tier", request.tier());
    context.set("amount", BigDecimal.valueOf(request.amount()));
    DMNResult result = runtime.evaluateAll(model, context);
    if (result.hasErrors()) {
      throw new IllegalStateException("DMN evaluation failed: " + result.getMessages());
    }
    return (String) result.getDecisionResultByName("decider").getResult();
  }

  /** The table as DMN 1.3 XML: four inputs, one output, one rule per row, FIRST hit. */
  public static String xml(RoutingTable table) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"routing\" name=\"routing\" namespace=\"")
        .append(NAMESPACE).append("\">\n");
    String[][] inputs = {{"type", "string"}, {"region", "string"}, {"tier", "string"}, {"amount", "number"}};
    for (String[] in : inputs) {
      x.append(" <inputData id=\"i_").append(in[0]).append("\" name=\"").append(in[0]).append("\"><variable name=\"")
          .append(in[0]).append("\" typeRef=\"").append(in[1]).append("\"/></inputData>\n");
    }
    x.append(" <decision id=\"d_decider\" name=\"decider\">\n  <variable name=\"decider\" typeRef=\"string\"/>\n");
    for (String[] in : inputs) {
      x.append("  <informationRequirement id=\"ir_").append(in[0]).append("\"><requiredInput href=\"#i_")
          .append(in[0]).append("\"/></informationRequirement>\n");
    }
    x.append("  <decisionTable id=\"dt\" hitPolicy=\"FIRST\">\n");
    for (String[] in : inputs) {
      x.append("   <input id=\"in_").append(in[0]).append("\" label=\"").append(in[0])
          .append("\"><inputExpression id=\"ie_").append(in[0]).append("\" typeRef=\"").append(in[1])
          .append("\"><text>").append(in[0]).append("</text></inputExpression></input>\n");
    }
    x.append("   <output id=\"out\" name=\"decider\" typeRef=\"string\"/>\n");
    for (Row row : table.rows()) {
      String band = row.upper() == RoutingTable.UNBOUNDED ? "&gt;= " + row.lower()
          : "[" + row.lower() + ".." + row.upper() + ")";
      x.append("   <rule id=\"").append(row.id()).append("\">")
          .append(entry(row.id() + "_t", "\"" + row.decisionType() + "\""))
          .append(entry(row.id() + "_r", "\"" + row.region() + "\""))
          .append(entry(row.id() + "_i", "\"" + row.tier() + "\""))
          .append(entry(row.id() + "_a", band))
          .append("<outputEntry id=\"").append(row.id()).append("_o\"><text>\"").append(row.decider())
          .append("\"</text></outputEntry></rule>\n");
    }
    return x.append("  </decisionTable>\n </decision>\n</definitions>\n").toString();
  }

  private static String entry(String id, String text) {
    return "<inputEntry id=\"" + id + "\"><text>" + text + "</text></inputEntry>";
  }
}
