package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.function.Function;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.money.ExchangeRates;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.rules.evidence.RulePack;

/**
 * What exception review needs beyond the ecosystem itself: the checks behind criteria, the host's
 * own approval rules, fund caps, frozen programs, the window over which related requests add up
 * (SOD-08), the longest a delegation may last (SOD-07), how cited activity counts as evidence
 * (SOD-13) and the host's exchange rates. Start from {@link #defaults()} and change it with the
 * {@code with...} methods; each returns a new policy.
 *
 * <p><b>Exchange rates.</b> Without them (the default) the review counts every amount in its own
 * currency only: a request in another currency than its path's thresholds, a related request in
 * another currency than the request, or a fund cap or approved request in another currency than
 * the cap is {@code REV-04}. With them ({@link #withExchangeRates}) the review counts such an
 * amount in the other currency at the host's rate for the pair on the submission day (UTC) of the
 * request under review, whatever amount it is (the request's own, a related request's, an
 * approved request's): its total with related requests, in its own currency; that total against
 * the thresholds of its path, in the path's base currency when the path gives none in the
 * request's; against the amount bands and delegation limits of the decision rights when all of a
 * decision type's are in one other currency; and the approved totals against a fund cap, in the cap's currency.
 * Every rate used is cited in the plan's explanation and kept ({@link ReviewPlan#rates()},
 * {@link AcceptedDecision#rates()}); a needed rate the host does not have is {@code REV-08}.
 *
 * @param criteria the check of each criterion code
 * @param rules the host's own approval rules, applied after {@linkplain ApprovalRules#builtIn() the
 *     built-in ones}, in the order added
 * @param programCaps the most that may be approved in total per program (SOD-09)
 * @param partnerCaps the most that may be approved in total per partner (SOD-09)
 * @param frozenPrograms programs whose requests are not approved, whatever the rights (SOD-10)
 * @param aggregationWindow how far before or after a request (inclusive) related requests are
 *     submitted to count towards its total (SOD-08), so that neither half of a split request
 *     stays under a threshold
 * @param maxDelegation the longest a delegation acted by may last, start to end (SOD-07); none
 *     for no limit beyond having an end
 * @param evidenceClass what a cited activity record counts as, or none when it is not classified
 * @param exchangeRates the host's exchange rates, through which amounts are counted in other currencies;
 *     none to count every amount in its own currency only
 */
public record ReviewPolicy(Map<String, ReviewCriterion> criteria, Seq<ApprovalRule> rules,
    Map<ProgramId, Money> programCaps, Map<PartnerId, Money> partnerCaps, Set<ProgramId> frozenPrograms,
    Duration aggregationWindow, Option<Duration> maxDelegation,
    Function<ActivityRecord, Option<EvidenceClass>> evidenceClass, Option<ExchangeRates> exchangeRates) {

  private static final RulePack DEFAULT_PACK = RulePack.defaults();

  /**
   * Throws on a missing part, a negative aggregation window, a maximum delegation that is not
   * positive, or a host rule that reuses the code of a built-in rule or of another host rule.
   *
   * @param criteria the check of each criterion code
   * @param rules the host's own approval rules, applied after
   *     {@linkplain ApprovalRules#builtIn() the built-in ones}, in the order added
   * @param programCaps the most that may be approved in total per program (SOD-09)
   * @param partnerCaps the most that may be approved in total per partner (SOD-09)
   * @param frozenPrograms programs whose requests are not approved, whatever the rights (SOD-10)
   * @param aggregationWindow how far before or after a request (inclusive) related requests are submitted
   *     to count towards its total (SOD-08), so that neither half of a split request stays under a
   *     threshold
   * @param maxDelegation the longest a delegation acted by may last, start to end (SOD-07); none for no
   *     limit beyond having an end
   * @param evidenceClass what a cited activity record counts as, or none when it is not classified
   * @param exchangeRates the host's exchange rates, through which amounts are counted in other
   *     currencies; none to count every amount in its own currency only
   */
  public ReviewPolicy {
    requireNonNull(criteria, "criteria");
    requireNonNull(rules, "rules");
    requireNonNull(programCaps, "programCaps");
    requireNonNull(partnerCaps, "partnerCaps");
    requireNonNull(frozenPrograms, "frozenPrograms");
    requireNonNull(aggregationWindow, "aggregationWindow");
    requireNonNull(maxDelegation, "maxDelegation");
    requireNonNull(evidenceClass, "evidenceClass");
    requireNonNull(exchangeRates, "exchangeRates");
    if (aggregationWindow.isNegative()) {
      throw new IllegalArgumentException("aggregationWindow must not be negative: " + aggregationWindow);
    }
    if (maxDelegation.exists(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("maxDelegation must be positive: " + maxDelegation.get());
    }
    Seq<String> codes = ApprovalRules.builtIn().appendAll(rules).map(r -> r.code().code());
    if (codes.distinct().size() != codes.size()) {
      throw new IllegalArgumentException("two approval rules share a code: " + codes.groupBy(c -> c)
          .filter(t -> t._2.size() > 1).keySet().toSortedSet().mkString(", "));
    }
  }

  /**
   * A policy without exchange rates, counting every amount in its own currency only.
   *
   * @param criteria the check of each criterion code
   * @param rules the host's own approval rules, applied after
   *     {@linkplain ApprovalRules#builtIn() the built-in ones}, in the order added
   * @param programCaps the most that may be approved in total per program (SOD-09)
   * @param partnerCaps the most that may be approved in total per partner (SOD-09)
   * @param frozenPrograms programs whose requests are not approved, whatever the rights (SOD-10)
   * @param aggregationWindow how far before or after a request (inclusive) related requests are submitted
   *     to count towards its total (SOD-08)
   * @param maxDelegation the longest a delegation acted by may last, start to end (SOD-07); none for no
   *     limit beyond having an end
   * @param evidenceClass what a cited activity record counts as, or none when it is not classified
   */
  public ReviewPolicy(Map<String, ReviewCriterion> criteria, Seq<ApprovalRule> rules,
      Map<ProgramId, Money> programCaps, Map<PartnerId, Money> partnerCaps, Set<ProgramId> frozenPrograms,
      Duration aggregationWindow, Option<Duration> maxDelegation,
      Function<ActivityRecord, Option<EvidenceClass>> evidenceClass) {
    this(criteria, rules, programCaps, partnerCaps, frozenPrograms, aggregationWindow, maxDelegation, evidenceClass,
        Option.none());
  }

  /**
   * {@return the default policy: the built-in {@linkplain ReviewCriterion#builtIn() criteria}, no host
   * rule, no caps, no frozen program, a 30-day aggregation window, no maximum delegation length, the
   * classification of {@link RulePack#defaults()} and no exchange rates}
   */
  public static ReviewPolicy defaults() {
    return new ReviewPolicy(LinkedHashMap.empty(), List.empty(), LinkedHashMap.empty(), LinkedHashMap.empty(),
        HashSet.empty(), Duration.ofDays(30), Option.none(), record -> DEFAULT_PACK.classify(record).classOrNone())
        .withCriteria(ReviewCriterion.builtIn());
  }

  /** {@return every approval rule applied to a verdict: the built-in ones, then the host's} */
  public Seq<ApprovalRule> allRules() {
    return ApprovalRules.builtIn().appendAll(rules);
  }

  /**
   * {@return this policy with the criteria added, replacing any of the same code}
   *
   * @param added the criteria to add
   */
  public ReviewPolicy withCriteria(Iterable<? extends ReviewCriterion> added) {
    Map<String, ReviewCriterion> all = criteria;
    for (ReviewCriterion c : added) {
      all = all.put(c.code(), c);
    }
    return new ReviewPolicy(all, rules, programCaps, partnerCaps, frozenPrograms, aggregationWindow, maxDelegation,
        evidenceClass, exchangeRates);
  }

  /**
   * {@return this policy with the host's own approval rules added after the ones it has; throws when one
   * reuses the code of a built-in rule or of a rule already added}
   *
   * @param added the host's approval rules, each with a code of its own
   */
  public ReviewPolicy withRules(Iterable<? extends ApprovalRule> added) {
    return new ReviewPolicy(criteria, rules.appendAll(added), programCaps, partnerCaps, frozenPrograms,
        aggregationWindow, maxDelegation, evidenceClass, exchangeRates);
  }

  /**
   * {@return this policy with a cap on the total approved in the program}
   *
   * @param program the program capped
   * @param cap the most that may be approved in total in the program (SOD-09)
   */
  public ReviewPolicy withProgramCap(ProgramId program, Money cap) {
    return new ReviewPolicy(criteria, rules, programCaps.put(program, cap), partnerCaps, frozenPrograms,
        aggregationWindow, maxDelegation, evidenceClass, exchangeRates);
  }

  /**
   * {@return this policy with a cap on the total approved for the partner}
   *
   * @param partner the partner capped
   * @param cap the most that may be approved in total for the partner (SOD-09)
   */
  public ReviewPolicy withPartnerCap(PartnerId partner, Money cap) {
    return new ReviewPolicy(criteria, rules, programCaps, partnerCaps.put(partner, cap), frozenPrograms,
        aggregationWindow, maxDelegation, evidenceClass, exchangeRates);
  }

  /**
   * {@return this policy with the program frozen}
   *
   * @param program the program whose requests are no longer approved (SOD-10)
   */
  public ReviewPolicy withFrozenProgram(ProgramId program) {
    return new ReviewPolicy(criteria, rules, programCaps, partnerCaps, frozenPrograms.add(program),
        aggregationWindow, maxDelegation, evidenceClass, exchangeRates);
  }

  /**
   * {@return this policy with another aggregation window (SOD-08)}
   *
   * @param window how far before or after a request (inclusive) related requests count towards its total;
   *     not negative
   */
  public ReviewPolicy withAggregationWindow(Duration window) {
    return new ReviewPolicy(criteria, rules, programCaps, partnerCaps, frozenPrograms, window, maxDelegation,
        evidenceClass, exchangeRates);
  }

  /**
   * {@return this policy with the longest a delegation may last (SOD-07)}
   *
   * @param longest the longest a delegation acted by may last, start to end; positive
   */
  public ReviewPolicy withMaxDelegation(Duration longest) {
    return new ReviewPolicy(criteria, rules, programCaps, partnerCaps, frozenPrograms, aggregationWindow,
        Option.some(requireNonNull(longest, "longest")), evidenceClass, exchangeRates);
  }

  /**
   * {@return this policy classifying cited activity with the rule pack}
   *
   * @param pack the rules that classify a cited activity record as evidence
   */
  public ReviewPolicy withRulePack(RulePack pack) {
    return withEvidenceClass(record -> pack.classify(record).classOrNone());
  }

  /**
   * {@return this policy with another classification of cited activity}
   *
   * @param classification what a cited activity record counts as, or none when it is not classified
   */
  public ReviewPolicy withEvidenceClass(Function<ActivityRecord, Option<EvidenceClass>> classification) {
    return new ReviewPolicy(criteria, rules, programCaps, partnerCaps, frozenPrograms, aggregationWindow,
        maxDelegation, classification, exchangeRates);
  }

  /**
   * {@return this policy counting amounts in other currencies through the host's exchange rates, at the
   * rate for the submission day (UTC) of the request under review; see the class description}
   *
   * @param rates the host's exchange rates, from its own source
   */
  public ReviewPolicy withExchangeRates(ExchangeRates rates) {
    return new ReviewPolicy(criteria, rules, programCaps, partnerCaps, frozenPrograms, aggregationWindow,
        maxDelegation, evidenceClass, Option.some(requireNonNull(rates, "rates")));
  }
}
