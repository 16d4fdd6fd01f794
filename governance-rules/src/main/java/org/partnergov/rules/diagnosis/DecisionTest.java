package org.partnergov.rules.diagnosis;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.rules.escalation.EscalationPolicy;
import org.partnergov.rules.evidence.RulePack;

/**
 * The guide's decision test: a set of {@link GovernanceRule}s run over one ecosystem, giving every
 * finding and the three-part verdict. {@link #builtIn()} holds the rules of the five failure modes;
 * {@link #with} adds a host team's own rule. Rules are run in the order added; the findings are
 * then sorted, so the diagnosis does not depend on the order of rules or of the snapshot's parts.
 *
 * <p>The verdict:
 * <ul>
 *   <li><em>Enablement</em> passes when no {@code FM-1} finding exists;</li>
 *   <li><em>Performance</em> passes when the ecosystem holds, up to the as-of instant, performance
 *       or customer-impact evidence that is not only self-reported; its reasons count that
 *       evidence per dimension and name the dimensions without any;</li>
 *   <li><em>Exception handling</em> passes when no {@code FM-2}, {@code FM-3}, {@code FM-4} or
 *       {@code FM-5} finding exists: funds, incentives, commitments, escalations and readiness gaps
 *       have owners, rationale and review paths.</li>
 * </ul>
 */
public final class DecisionTest {

  /** The statement of the verdict's first part. */
  public static final String ENABLEMENT = "Enablement is visible but not mistaken for value";
  /** The statement of the verdict's second part. */
  public static final String PERFORMANCE =
      "Performance evidence shows change in delivery, customers, revenue, risk or readiness";
  /** The statement of the verdict's third part. */
  public static final String EXCEPTIONS = "Exceptions have owners, rationale and review paths";

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::failureMode)
      .thenComparing(Finding::code).thenComparing(f -> f.subjects().mkString(","))
      .thenComparing(Finding::explanation);

  private final Seq<GovernanceRule> rules;
  private final RulePack pack;

  private DecisionTest(Seq<GovernanceRule> rules, RulePack pack) {
    this.rules = rules;
    this.pack = pack;
  }

  /** The built-in rules with the default rule pack and a 365-day evidence validity window. */
  public static DecisionTest builtIn() {
    return builtIn(RulePack.defaults(), Duration.ofDays(365));
  }

  /**
   * The built-in rules of the five failure modes.
   *
   * @param pack how activity is classified
   * @param evidenceWindow how long evidence stays fresh when value claims are checked
   * @return the decision test
   */
  public static DecisionTest builtIn(RulePack pack, Duration evidenceWindow) {
    requireNonNull(pack, "pack");
    requireNonNull(evidenceWindow, "evidenceWindow");
    return new DecisionTest(List.of(new ActivityAsValue(pack, evidenceWindow), new NamedOwners(),
        new ReviewedExceptions(), new FragmentedHandoffs(pack), new EscalationsOffPath(EscalationPolicy.defaults())),
        pack);
  }

  /** This test with the rule added; throws when a rule of the same code is already part of it. */
  public DecisionTest with(GovernanceRule rule) {
    requireNonNull(rule, "rule");
    if (rules.exists(r -> r.code().equals(rule.code()))) {
      throw new IllegalArgumentException("the decision test already has a rule " + rule.code());
    }
    return new DecisionTest(rules.append(rule), pack);
  }

  /** The rules, in the order added. */
  public Seq<GovernanceRule> rules() {
    return rules;
  }

  /**
   * Runs every rule over the ecosystem.
   *
   * @param snapshot the ecosystem
   * @param asOf the instant it is judged at
   * @return the findings and the verdict
   */
  public Diagnosis run(EcosystemSnapshot snapshot, Instant asOf) {
    requireNonNull(snapshot, "snapshot");
    requireNonNull(asOf, "asOf");
    Seq<Finding> findings = rules.flatMap(r -> r.check(snapshot, asOf)).sorted(ORDER);
    return new Diagnosis(asOf, findings, enablement(findings, snapshot, asOf), performance(snapshot, asOf),
        exceptions(findings));
  }

  private VerdictPart enablement(Seq<Finding> findings, EcosystemSnapshot snapshot, Instant asOf) {
    Seq<Finding> fm1 = findings.filter(f -> f.failureMode() == FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE);
    long enablement = upTo(snapshot, asOf).count(r -> pack.classify(r).classOrNone().exists(c -> !c.countsAsValue()));
    return fm1.isEmpty()
        ? new VerdictPart(ENABLEMENT, true, List.of(enablement + " enablement records are visible as enablement, and "
            + "no value claim or program rests on enablement alone."))
        : new VerdictPart(ENABLEMENT, false, fm1.map(Finding::explanation));
  }

  private VerdictPart performance(EcosystemSnapshot snapshot, Instant asOf) {
    TreeMap<String, Integer> counts = upTo(snapshot, asOf).filter(r -> r.provenance() != Provenance.SELF_REPORTED)
        .flatMap(r -> pack.classify(r).classOrNone().filter(EvidenceClass::countsAsValue))
        .map(c -> c.fold(e -> "", p -> name(p.dimension()), i -> "customer impact"))
        .foldLeft(TreeMap.empty(), (m, area) -> m.put(area, m.get(area).getOrElse(0) + 1));
    Seq<String> missing = List.of(PerformanceDimension.values()).map(DecisionTest::name).append("customer impact")
        .filter(a -> !counts.containsKey(a));
    Seq<String> shown = counts.map(t -> t._1 + ": " + t._2 + (t._2 == 1 ? " record" : " records")).toList();
    String gap = missing.isEmpty() ? "" : "no evidence yet of " + missing.mkString(", ");
    return counts.isEmpty()
        ? new VerdictPart(PERFORMANCE, false, List.of("no performance or customer-impact evidence beyond self-reports; "
            + gap))
        : new VerdictPart(PERFORMANCE, true, List.of("evidence beyond self-reports: " + shown.mkString(", ")
            + (gap.isEmpty() ? "" : "; " + gap)));
  }

  private static VerdictPart exceptions(Seq<Finding> findings) {
    Seq<Finding> failing = findings.filter(f -> f.failureMode() != FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE);
    return failing.isEmpty()
        ? new VerdictPart(EXCEPTIONS, true, List.of("every exception, escalation and readiness gap found has a named "
            + "owner, a rationale and a review path."))
        : new VerdictPart(EXCEPTIONS, false, failing.map(f -> f.code() + " " + f.explanation()));
  }

  private static Seq<ActivityRecord> upTo(EcosystemSnapshot snapshot, Instant asOf) {
    return snapshot.parts().activities().filter(r -> !r.occurredAt().isAfter(asOf));
  }

  private static String name(PerformanceDimension dimension) {
    return dimension.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
