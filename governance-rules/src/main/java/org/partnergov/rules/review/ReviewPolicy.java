package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.function.Function;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.rules.evidence.RulePack;

/**
 * What exception review needs beyond the ecosystem itself: the checks behind criteria, fund caps,
 * frozen programs, the window over which related requests add up (SOD-08) and how cited activity
 * counts as evidence (SOD-13). Start from {@link #defaults()} and change it with the
 * {@code with...} methods; each returns a new policy.
 *
 * @param criteria the check of each criterion code
 * @param programCaps the most that may be approved in total per program (SOD-09)
 * @param partnerCaps the most that may be approved in total per partner (SOD-09)
 * @param frozenPrograms programs whose requests are not approved, whatever the rights (SOD-10)
 * @param aggregationWindow how far before or after a request (inclusive) related requests are
 *     submitted to count towards its total (SOD-08), so that neither half of a split request
 *     stays under a threshold
 * @param evidenceClass what a cited activity record counts as, or none when it is not classified
 */
public record ReviewPolicy(Map<String, ReviewCriterion> criteria, Map<ProgramId, Money> programCaps,
    Map<PartnerId, Money> partnerCaps, Set<ProgramId> frozenPrograms, Duration aggregationWindow,
    Function<ActivityRecord, Option<EvidenceClass>> evidenceClass) {

  private static final RulePack DEFAULT_PACK = RulePack.defaults();

  /** Throws on a missing part or an aggregation window that is negative. */
  public ReviewPolicy {
    requireNonNull(criteria, "criteria");
    requireNonNull(programCaps, "programCaps");
    requireNonNull(partnerCaps, "partnerCaps");
    requireNonNull(frozenPrograms, "frozenPrograms");
    requireNonNull(aggregationWindow, "aggregationWindow");
    requireNonNull(evidenceClass, "evidenceClass");
    if (aggregationWindow.isNegative()) {
      throw new IllegalArgumentException("aggregationWindow must not be negative: " + aggregationWindow);
    }
  }

  /**
   * The built-in {@linkplain ReviewCriterion#builtIn() criteria}, no caps, no frozen program, a
   * 30-day aggregation window and the classification of {@link RulePack#defaults()}.
   */
  public static ReviewPolicy defaults() {
    return new ReviewPolicy(LinkedHashMap.empty(), LinkedHashMap.empty(), LinkedHashMap.empty(),
        HashSet.empty(), Duration.ofDays(30), record -> DEFAULT_PACK.classify(record).classOrNone())
        .withCriteria(ReviewCriterion.builtIn());
  }

  /** This policy with the criteria added, replacing any of the same code. */
  public ReviewPolicy withCriteria(Iterable<? extends ReviewCriterion> added) {
    Map<String, ReviewCriterion> all = criteria;
    for (ReviewCriterion c : added) {
      all = all.put(c.code(), c);
    }
    return new ReviewPolicy(all, programCaps, partnerCaps, frozenPrograms, aggregationWindow, evidenceClass);
  }

  /** This policy with a cap on the total approved in the program. */
  public ReviewPolicy withProgramCap(ProgramId program, Money cap) {
    return new ReviewPolicy(criteria, programCaps.put(program, cap), partnerCaps, frozenPrograms,
        aggregationWindow, evidenceClass);
  }

  /** This policy with a cap on the total approved for the partner. */
  public ReviewPolicy withPartnerCap(PartnerId partner, Money cap) {
    return new ReviewPolicy(criteria, programCaps, partnerCaps.put(partner, cap), frozenPrograms,
        aggregationWindow, evidenceClass);
  }

  /** This policy with the program frozen. */
  public ReviewPolicy withFrozenProgram(ProgramId program) {
    return new ReviewPolicy(criteria, programCaps, partnerCaps, frozenPrograms.add(program),
        aggregationWindow, evidenceClass);
  }

  /** This policy with another aggregation window. */
  public ReviewPolicy withAggregationWindow(Duration window) {
    return new ReviewPolicy(criteria, programCaps, partnerCaps, frozenPrograms, window, evidenceClass);
  }

  /** This policy classifying cited activity with the rule pack. */
  public ReviewPolicy withRulePack(RulePack pack) {
    return withEvidenceClass(record -> pack.classify(record).classOrNone());
  }

  /** This policy with another classification of cited activity. */
  public ReviewPolicy withEvidenceClass(Function<ActivityRecord, Option<EvidenceClass>> classification) {
    return new ReviewPolicy(criteria, programCaps, partnerCaps, frozenPrograms, aggregationWindow,
        classification);
  }
}
