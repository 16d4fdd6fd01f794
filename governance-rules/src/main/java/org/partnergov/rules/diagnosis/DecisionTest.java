package org.partnergov.rules.diagnosis;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.rules.escalation.EscalationPolicy;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.review.ReviewPolicy;

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

  /** Findings by failure mode, code, subjects (joined once per finding, not per comparison), explanation. */
  private static final Comparator<Keyed> ORDER = Comparator.<Keyed, FailureMode>comparing(k -> k.finding().failureMode())
      .thenComparing(k -> k.finding().code()).thenComparing(Keyed::subjects)
      .thenComparing(k -> k.finding().explanation());

  private final Seq<GovernanceRule> rules;
  private final RulePack pack;

  private DecisionTest(Seq<GovernanceRule> rules, RulePack pack) {
    this.rules = rules;
    this.pack = pack;
  }

  /** {@return a test of the built-in rules with the default rule pack and a 365-day evidence validity window} */
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
    return builtIn(pack, evidenceWindow, ReviewPolicy.defaults().withRulePack(pack));
  }

  /**
   * The built-in rules of the five failure modes, {@code FM-3} judging recorded decisions by the
   * approval rules of the review policy (the host's own rules included).
   *
   * @param pack how activity is classified
   * @param evidenceWindow how long evidence stays fresh when value claims are checked
   * @param reviewPolicy the policy exceptions are reviewed under
   * @return the decision test
   */
  public static DecisionTest builtIn(RulePack pack, Duration evidenceWindow, ReviewPolicy reviewPolicy) {
    requireNonNull(pack, "pack");
    requireNonNull(evidenceWindow, "evidenceWindow");
    requireNonNull(reviewPolicy, "reviewPolicy");
    return new DecisionTest(List.of(new ActivityAsValue(pack, evidenceWindow), new NamedOwners(),
        new ReviewedExceptions(reviewPolicy), new FragmentedHandoffs(pack),
        new EscalationsOffPath(EscalationPolicy.defaults())), pack);
  }

  /**
   * {@return this test with the rule added; throws when a rule of the same code is already part of it}
   *
   * @param rule the rule to add, with a code of its own
   */
  public DecisionTest with(GovernanceRule rule) {
    requireNonNull(rule, "rule");
    if (rules.exists(r -> r.code().equals(rule.code()))) {
      throw new IllegalArgumentException("the decision test already has a rule " + rule.code());
    }
    return new DecisionTest(rules.append(rule), pack);
  }

  /** {@return the rules, in the order added} */
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
    Seq<Finding> findings = sorted(rules.flatMap(r -> r.check(snapshot, asOf)));
    Evidence evidence = evidence(snapshot, asOf);
    return new Diagnosis(asOf, findings, enablement(findings, evidence), performance(evidence), exceptions(findings));
  }

  /** The findings in {@link #ORDER}. */
  private static Seq<Finding> sorted(Seq<Finding> findings) {
    return findings.map(f -> new Keyed(f, f.subjects().mkString(","))).sorted(ORDER).map(Keyed::finding);
  }

  /** A finding with its subjects joined, as {@link #ORDER} compares them. */
  private record Keyed(Finding finding, String subjects) {}

  /**
   * What the verdict counts of the activity up to the as-of instant.
   *
   * @param enablement how many records are enablement
   * @param byArea how many records beyond self-reports count as value, per dimension or customer impact
   */
  private record Evidence(int enablement, TreeMap<String, Integer> byArea) {}

  /**
   * The evidence counts: the records are read once and counted per kind (all of them, and those
   * beyond self-reports), then each kind is classified once.
   */
  private Evidence evidence(EcosystemSnapshot snapshot, Instant asOf) {
    java.util.Map<ActivityKind, int[]> perKind = new java.util.HashMap<>();
    for (ActivityRecord r : snapshot.parts().activities()) {
      if (!r.occurredAt().isAfter(asOf)) {
        int[] n = perKind.computeIfAbsent(r.kind(), k -> new int[2]);
        n[0]++;
        if (r.provenance() != Provenance.SELF_REPORTED) {
          n[1]++;
        }
      }
    }
    int enablement = 0;
    TreeMap<String, Integer> byArea = TreeMap.empty();
    for (java.util.Map.Entry<ActivityKind, int[]> e : perKind.entrySet()) {
      Option<EvidenceClass> c = pack.classify(e.getKey()).classOrNone();
      int[] n = e.getValue();
      if (c.exists(ec -> !ec.countsAsValue())) {
        enablement += n[0];
      } else if (c.isDefined() && n[1] > 0) {
        String area = area(c.get());
        byArea = byArea.put(area, byArea.get(area).getOrElse(0) + n[1]);
      }
    }
    return new Evidence(enablement, byArea);
  }

  private static String area(EvidenceClass c) {
    return c.fold(e -> "", p -> name(p.dimension()), i -> "customer impact");
  }

  private VerdictPart enablement(Seq<Finding> findings, Evidence evidence) {
    Seq<Finding> fm1 = findings.filter(f -> f.failureMode() == FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE);
    return fm1.isEmpty()
        ? new VerdictPart(ENABLEMENT, true, List.of(evidence.enablement() + " enablement records are visible as enablement, and "
            + "no value claim or program rests on enablement alone."))
        : new VerdictPart(ENABLEMENT, false, fm1.map(Finding::explanation));
  }

  private VerdictPart performance(Evidence evidence) {
    TreeMap<String, Integer> counts = evidence.byArea();
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

  private static String name(PerformanceDimension dimension) {
    return dimension.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
