package org.partnergov.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with its usual command-line options, then prints the ratios the goals are
 * stated in, from this one run (and writes them to the file named by {@code -Dsummary=FILE}).
 * Nothing here asserts timing: the goals are read, not enforced.
 */
public final class Suite {

  private Suite() {}

  /** Runs the benchmarks selected by the JMH options, then summarizes. */
  public static void main(String[] args) throws RunnerException, IOException, CommandLineOptionException {
    CommandLineOptions options = new CommandLineOptions(args);
    Collection<RunResult> results = new Runner(options).run();
    String summary = summary(results);
    System.out.println();
    System.out.println(summary);
    String file = System.getProperty("summary");
    if (file != null) {
      Files.writeString(Path.of(file), summary);
    }
  }

  /** A result's score and its gc.alloc.rate.norm, if measured. */
  private record Score(double value, String unit, double error, Double bytes) {}

  static String summary(Collection<RunResult> results) {
    Map<String, Map<String, Score>> routing = new TreeMap<>((a, b) -> Integer.parseInt(a) - Integer.parseInt(b));
    Map<String, Score> other = new LinkedHashMap<>();
    Map<Integer, Score> decisionTest = new TreeMap<>();
    Map<Integer, Map<String, Score>> live = new TreeMap<>();
    for (RunResult run : results) {
      String full = run.getParams().getBenchmark();
      String name = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
      Result<?> primary = run.getPrimaryResult();
      Result<?> norm = run.getSecondaryResults().get("gc.alloc.rate.norm");
      Score score = new Score(primary.getScore(), primary.getScoreUnit(), primary.getScoreError(),
          norm == null ? null : norm.getScore());
      if (name.startsWith("RoutingBenchmark.")) {
        routing.computeIfAbsent(run.getParams().getParam("rows"), k -> new LinkedHashMap<>())
            .put(name.substring("RoutingBenchmark.".length()), score);
      } else if (name.startsWith("LiveReviewBenchmark.")) {
        live.computeIfAbsent(Integer.parseInt(run.getParams().getParam("partners")), k -> new LinkedHashMap<>())
            .put(name.substring("LiveReviewBenchmark.".length()), score);
      } else if (name.equals("DecisionTestBenchmark.decisionTest")) {
        decisionTest.put(Integer.parseInt(run.getParams().getParam("partners")), score);
      } else {
        StringBuilder key = new StringBuilder(name);
        run.getParams().getParamsKeys().forEach(k -> key.append(' ').append(k).append('=')
            .append(run.getParams().getParam(k)));
        other.put(key.toString(), score);
      }
    }
    StringBuilder out = new StringBuilder();
    if (!routing.isEmpty()) {
      out.append("### Routing (per decision; ratio = engine time / library time, above 1 means the library is faster)\n\n")
          .append("| rows | engine | ns/decision | ± error | bytes/decision | engine ÷ library |\n")
          .append("|---:|---|---:|---:|---:|---:|\n");
      routing.forEach((rows, engines) -> {
        Score library = engines.get("library");
        engines.forEach((engine, s) -> out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n",
            rows, engine, num(s.value()), num(s.error()), bytes(s),
            library == null ? "-" : String.format(Locale.ROOT, "%.2fx", s.value() / library.value()))));
      });
      out.append("\n### Routing goals\n\n| rows | library ÷ plain indexed (≤ 1.5) | library ÷ linear scan (< 1) "
          + "| bytes/decision (≤ 32) | Drools stateless ÷ library (≥ 100) | whole accountability ÷ plain indexed "
          + "| its bytes/decision |\n|---:|---:|---:|---:|---:|---:|---:|\n");
      routing.forEach((rows, e) -> out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n",
          rows, ratio(e.get("library"), e.get("plainIndexed")), ratio(e.get("library"), e.get("plainLinearScan")),
          bytes(e.get("library")), ratio(e.get("droolsStatelessPerRequest"), e.get("library")),
          ratio(e.get("libraryAccountability"), e.get("plainIndexed")), bytes(e.get("libraryAccountability")))));
      out.append('\n');
    }
    if (!decisionTest.isEmpty()) {
      out.append("### The decision test (goal: 4x the partners, at most 4.5x the time)\n\n"
          + "| partners | ms per test | ± error | bytes per test | time ÷ previous size | bytes ÷ previous size |\n"
          + "|---:|---:|---:|---:|---:|---:|\n");
      Score before = null;
      for (Map.Entry<Integer, Score> e : decisionTest.entrySet()) {
        Score s = e.getValue();
        out.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s |%n", e.getKey(), num(s.value()),
            num(s.error()), bytes(s), ratio(s, before),
            before == null || s.bytes() == null || before.bytes() == null ? "-"
                : String.format(Locale.ROOT, "%.2f", s.bytes() / before.bytes())));
        before = s;
      }
      out.append('\n');
    }
    if (!live.isEmpty()) {
      out.append("### The live review (goal: at most 10 µs per change, at least 10,000x faster than a rebuild at "
          + "10,000 partners)\n\n| partners | add a request µs | its bytes | add a decision µs | its bytes "
          + "| rebuild µs | rebuild ÷ add a request | rebuild ÷ add a decision |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      live.forEach((partners, e) -> out.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s |%n",
          partners, value(e.get("addRequest")), bytes(e.get("addRequest")), value(e.get("addDecision")),
          bytes(e.get("addDecision")), value(e.get("rebuild")), ratio(e.get("rebuild"), e.get("addRequest")),
          ratio(e.get("rebuild"), e.get("addDecision")))));
      out.append('\n');
    }
    if (!other.isEmpty()) {
      out.append("### Other benchmarks\n\n| benchmark | score | ± error | unit | bytes/op |\n|---|---:|---:|---|---:|\n");
      other.forEach((name, s) -> out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name,
          num(s.value()), num(s.error()), s.unit(), bytes(s))));
    }
    return out.toString();
  }

  private static String ratio(Score a, Score b) {
    return a == null || b == null ? "-" : String.format(Locale.ROOT, "%.2f", a.value() / b.value());
  }

  private static String value(Score s) {
    return s == null ? "-" : num(s.value());
  }

  private static String bytes(Score s) {
    return s == null || s.bytes() == null ? "-" : num(s.bytes());
  }

  private static String num(double value) {
    return Double.isNaN(value) ? "-" : value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
