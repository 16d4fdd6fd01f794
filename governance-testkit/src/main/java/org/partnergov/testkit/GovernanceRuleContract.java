package org.partnergov.testkit;

import static java.util.Objects.requireNonNull;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.rules.diagnosis.GovernanceRule;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The contract every {@link GovernanceRule} keeps, for host teams to run against their own rules
 * in a test: {@code GovernanceRuleContract.verify(myRule)}. On generated ecosystems and as-of
 * instants the rule
 * <ol>
 *   <li>never throws;</li>
 *   <li>is deterministic: two runs give equal findings in the same order;</li>
 *   <li>does not depend on input order: with every list of the ecosystem's parts shuffled, it
 *       gives the same findings, compared as a multiset;</li>
 *   <li>gives every finding a code (the finding's type makes it one word) and an explanation and
 *       remediation that are not blank.</li>
 * </ol>
 * A breach fails with an {@link AssertionError} naming the clause, the rule and the shrunk
 * example.
 */
public final class GovernanceRuleContract {

  private GovernanceRuleContract() {}

  /**
   * Checks the contract on 200 ecosystems of {@link EcosystemGenerators#snapshots()}.
   *
   * @param rule the rule under test
   */
  public static void verify(GovernanceRule rule) {
    verify(rule, EcosystemGenerators.snapshots(), 200);
  }

  /**
   * Checks the contract on ecosystems from the generator.
   *
   * @param rule the rule under test
   * @param snapshots the ecosystems to check it on, for example a host's own generator
   * @param examples how many ecosystems to try
   */
  public static void verify(GovernanceRule rule, Gen<EcosystemSnapshot> snapshots, int examples) {
    requireNonNull(rule, "rule");
    requireNonNull(snapshots, "snapshots");
    qt().withExamples(examples).forAll(snapshots, MoneyGenerators.instants(), SourceDSL.longs().all())
        .checkAssert((snapshot, asOf, seed) -> holds(rule, snapshot, asOf, seed));
  }

  private static void holds(GovernanceRule rule, EcosystemSnapshot snapshot, Instant asOf, long seed) {
    Seq<Finding> first = run("never throws", rule, snapshot, asOf);
    Seq<Finding> second = run("never throws", rule, snapshot, asOf);
    require(first.equals(second), "is deterministic", rule, first + " then " + second);
    EcosystemSnapshot shuffled = EcosystemSnapshot.of(shuffle(snapshot.parts(), seed))
        .getOrElseThrow(() -> new AssertionError("a shuffled snapshot must stay valid"));
    Seq<Finding> reordered = run("never throws", rule, shuffled, asOf);
    require(sameMultiset(first, reordered), "does not depend on input order", rule, first + " versus " + reordered);
    for (Finding f : first) {
      require(!f.code().isBlank() && !f.explanation().isBlank() && !f.remediation().isBlank(),
          "gives every finding a code, an explanation and a remediation", rule, f.toString());
    }
  }

  private static Seq<Finding> run(String clause, GovernanceRule rule, EcosystemSnapshot snapshot, Instant asOf) {
    try {
      return requireNonNull(rule.check(snapshot, asOf), "findings");
    } catch (RuntimeException e) {
      throw new AssertionError("rule " + rule.code() + " " + clause + ", but threw " + e, e);
    }
  }

  private static void require(boolean holds, String clause, GovernanceRule rule, String detail) {
    if (!holds) {
      throw new AssertionError("rule " + rule.code() + " " + clause + ", but: " + detail);
    }
  }

  private static boolean sameMultiset(Seq<Finding> a, Seq<Finding> b) {
    return a.size() == b.size() && a.groupBy(f -> f).mapValues(Seq::size).equals(b.groupBy(f -> f).mapValues(Seq::size));
  }

  /** The parts with every list in an order drawn from the seed. */
  static EcosystemParts shuffle(EcosystemParts parts, long seed) {
    return EcosystemParts.builder().from(parts)
        .orgUnits(shuffle(parts.orgUnits(), seed)).persons(shuffle(parts.persons(), seed + 1))
        .partners(shuffle(parts.partners(), seed + 2)).programs(shuffle(parts.programs(), seed + 3))
        .conflicts(shuffle(parts.conflicts(), seed + 4)).activities(shuffle(parts.activities(), seed + 5))
        .valueClaims(shuffle(parts.valueClaims(), seed + 6)).requests(shuffle(parts.requests(), seed + 7))
        .reviewPaths(shuffle(parts.reviewPaths(), seed + 8)).decisionRecords(shuffle(parts.decisionRecords(), seed + 9))
        .risks(shuffle(parts.risks(), seed + 10)).escalationPaths(shuffle(parts.escalationPaths(), seed + 11))
        .escalations(shuffle(parts.escalations(), seed + 12))
        .evidencePrograms(shuffle(parts.evidencePrograms(), seed + 15))
        .matrix(DecisionRightsMatrix.of(shuffle(parts.matrix().rights(), seed + 13),
            shuffle(parts.matrix().delegations(), seed + 14)))
        .build();
  }

  /** The values in an order drawn from the seed: sorted by a SplitMix64 hash of seed and position. */
  static <T> Seq<T> shuffle(Seq<T> values, long seed) {
    return values.zipWithIndex().sortBy(t -> mix(seed * 0x9E3779B97F4A7C15L + t._2)).map(t -> t._1);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
