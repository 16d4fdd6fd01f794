package org.partnergov.testkit;

import static org.partnergov.testkit.Weights.maybe;
import static org.partnergov.testkit.Weights.pair;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.review.ExchangeRateDraft;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.review.AmountDraft;
import org.partnergov.model.review.Commitment;
import org.partnergov.model.review.CommitmentDraft;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.CriterionDraft;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.CriterionResultDraft;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordDraft;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.DecisionSubjectDraft;
import org.partnergov.model.review.EscalationResolution;
import org.partnergov.model.review.EscalationResolutionDraft;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FastPath;
import org.partnergov.model.review.FastPathDraft;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.FundRequestDraft;
import org.partnergov.model.review.HostDecision;
import org.partnergov.model.review.HostDecisionDraft;
import org.partnergov.model.review.IncentiveException;
import org.partnergov.model.review.IncentiveExceptionDraft;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.ReadinessClaimDraft;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathDraft;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.ReviewStepDraft;
import org.partnergov.model.review.SubmissionDraft;
import org.partnergov.model.review.TierChange;
import org.partnergov.model.review.TierChangeDraft;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for exception review: the seven kinds of request (the four exception requests, tier
 * changes, escalation resolutions and host decisions), criteria, review steps, fast paths, review
 * paths, verdicts, decision records of every kind of subject, and the drafts of each.
 *
 * <p>They lean toward the boundaries where review rules break. Request amounts sit exactly at,
 * a cent below or a cent above {@link #FAST_PATH_THRESHOLD} and {@link #FOUR_EYES_THRESHOLD},
 * which are also the thresholds most generated review paths use. Requesters, reviewers and
 * deciders come from the same pool of twelve persons as {@link PartyGenerators#partners()
 * relationship owners}, so the requester is often a partner's relationship owner or the decider
 * of their own request. Requests are submitted at {@link MoneyGenerators#REFERENCE} more often
 * than not. Decision records come with and without a rationale, a right, a delegation and a
 * review path; conditions come only with {@link Verdict#APPROVE_WITH_CONDITIONS}.
 *
 * <p>To constrain a generated value, rebuild it rather than filter it: for example
 * {@code fundRequests().zip(requestAmounts(myThreshold), (r, a) ->
 * FundRequest.builder().from(r).requestedAmount(a).build())}. The common attributes of any
 * request copy into another kind with {@code Commitment.builder().from((ExceptionRequest) r)}.
 */
public final class ReviewGenerators {

  /** The fast-path threshold the generators lean toward. */
  public static final Money FAST_PATH_THRESHOLD = Money.of("5000.00", "EUR");

  /** The four-eyes threshold the generators lean toward. */
  public static final Money FOUR_EYES_THRESHOLD = Money.of("50000.00", "EUR");

  private static final java.util.List<String> CRITERION_CODES = java.util.List.of(
      "EVIDENCE_CITED", "RATIONALE_GIVEN", "WITHIN_BUDGET", "CUSTOMER_CONFIRMED",
      "NO_CONFLICT_OF_INTEREST", "delivery capacity", "launch-criteria-met");

  private ReviewGenerators() {}

  // ids ---------------------------------------------------------------------------------------

  /** {@return request ids from a pool of twenty, so decision records often name a generated request} */
  public static Gen<RequestId> requestIds() {
    return PartyGenerators.ids("request", 20).map(RequestId::new);
  }

  /** {@return decision record ids from a pool of forty} */
  public static Gen<DecisionRecordId> decisionRecordIds() {
    return PartyGenerators.ids("decision", 40).map(DecisionRecordId::new);
  }

  /** {@return review path ids from a pool of four} */
  public static Gen<ReviewPathId> reviewPathIds() {
    return PartyGenerators.ids("path", 4).map(ReviewPathId::new);
  }

  // amounts -----------------------------------------------------------------------------------

  /**
   * {@return positive amounts at, just below and just above the threshold, and far from it} Where
   * {@link MoneyGenerators#amountsAround} gives zero, the smallest amount of the currency stands in.
   *
   * @param threshold the amount to lean toward; every amount is in its currency
   */
  public static Gen<Money> requestAmounts(Money threshold) {
    BigDecimal cent = BigDecimal.ONE.movePointLeft(threshold.currency().getDefaultFractionDigits());
    return MoneyGenerators.amountsAround(threshold)
        .map(m -> m.isPositive() ? m : new Money(cent, m.currency()));
  }

  /**
   * Positive request amounts: mostly around the fast-path and four-eyes thresholds in EUR,
   * sometimes anywhere in any currency.
   *
   * @return amounts around {@link #FAST_PATH_THRESHOLD} (two in five), around
   *     {@link #FOUR_EYES_THRESHOLD} (two in five), or anywhere in a few currencies
   */
  public static Gen<Money> requestAmounts() {
    return Generate.frequency(
        pair(2, requestAmounts(FAST_PATH_THRESHOLD)),
        pair(2, requestAmounts(FOUR_EYES_THRESHOLD)),
        pair(1, MoneyGenerators.positiveAmounts()));
  }

  // requests ----------------------------------------------------------------------------------

  /** {@return every fund kind} */
  public static Gen<FundKind> fundKinds() {
    return Generate.enumValues(FundKind.class);
  }

  /** {@return fund requests of both kinds, with and without an activity period} */
  public static Gen<FundRequest> fundRequests() {
    return common().zip(fundKinds(), requestAmounts(), texts(), maybe(MoneyGenerators.periods(), 50),
        (c, kind, amount, purpose, period) -> FundRequest.builder().from(c).kind(kind)
            .requestedAmount(amount).purpose(purpose).activityPeriod(period).build());
  }

  /** {@return incentive exceptions of four common incentives, amounts as {@link #requestAmounts()}} */
  public static Gen<IncentiveException> incentiveExceptions() {
    Gen<String> incentives = Generate.pick(java.util.List.of("Q2 accelerator", "deal registration bonus",
        "rebate tier", "SPIFF"));
    return common().zip(incentives, requestAmounts(), texts(),
        (c, incentive, amount, deviation) -> IncentiveException.builder().from(c).incentive(incentive)
            .requestedAmount(amount).deviation(deviation).build());
  }

  /** {@return commitments to customers, with and without a value, due around the reference instant} */
  public static Gen<Commitment> commitments() {
    return common().zip(EvidenceGenerators.customerIds(), texts(), MoneyGenerators.instants(), maybe(requestAmounts(), 50),
        (c, customer, promise, due, value) -> Commitment.builder().from(c).customer(customer)
            .promise(promise).dueBy(due).value(value).build());
  }

  /** {@return readiness claims with one to three claimed criteria, launching around the reference instant} */
  public static Gen<ReadinessClaim> readinessClaims() {
    Gen<String> launches = Generate.pick(java.util.List.of("Platform GA", "Device launch", "EMEA rollout"));
    Gen<Seq<String>> claimed = lists().of(Generate.pick(java.util.List.of("trained staff",
        "demo site", "certified engineers", "support runbook"))).ofSizeBetween(1, 3).map(l -> List.ofAll(l));
    return common().zip(launches, MoneyGenerators.instants(), claimed,
        (c, launch, date, criteria) -> ReadinessClaim.builder().from(c).launch(launch)
            .launchDate(date).claimedCriteria(criteria).build());
  }

  /** {@return tier changes to any of the tiers of {@link PartyGenerators#tiers()}} */
  public static Gen<TierChange> tierChanges() {
    return common().zip(PartyGenerators.tiers(), (c, tier) -> TierChange.builder().from(c).tier(tier).build());
  }

  /**
   * {@return resolutions of escalations of {@link EscalationGenerators#escalationIds()}} Alone, they
   * name escalations of the id pool; in {@link EcosystemGenerators} they name an escalation of the
   * ecosystem, for its risk's partner.
   */
  public static Gen<EscalationResolution> escalationResolutions() {
    return common().zip(EscalationGenerators.escalationIds(), RESOLUTIONS,
        (c, escalation, resolution) -> EscalationResolution.builder().from(c).escalation(escalation)
            .resolution(resolution).build());
  }

  /**
   * {@return host decisions of the host types of {@link #hostTypes()}, about contracts, deal
   * registrations and partner agreements, with and without a value}
   */
  public static Gen<HostDecision> hostDecisions() {
    Gen<String> kinds = Generate.pick(java.util.List.of("contract", "deal registration", "partner agreement"));
    return common().zip(hostTypes(), kinds, PartyGenerators.ids("C", 50), maybe(requestAmounts(), 50),
        (c, type, kind, id, value) -> HostDecision.builder().from(c).hostType(type).subjectKind(kind)
            .subjectId(id).value(value).build());
  }

  /** {@return host-defined decision types: partner offboarding and co-sell exception} */
  public static Gen<DecisionType> hostTypes() {
    return Generate.pick(java.util.List.of(DecisionType.of("partner offboarding"), DecisionType.of("co-sell exception")));
  }

  /** {@return requests of all seven kinds, mixed evenly} */
  public static Gen<ExceptionRequest> exceptionRequests() {
    return Generate.oneOf(fundRequests().map(r -> (ExceptionRequest) r),
        incentiveExceptions().map(r -> (ExceptionRequest) r),
        commitments().map(r -> (ExceptionRequest) r),
        readinessClaims().map(r -> (ExceptionRequest) r),
        tierChanges().map(r -> (ExceptionRequest) r),
        escalationResolutions().map(r -> (ExceptionRequest) r),
        hostDecisions().map(r -> (ExceptionRequest) r));
  }

  /**
   * The attributes every request shares, carried by a readiness claim whose own attributes are
   * placeholders: each kind copies them with the generated {@code from(ExceptionRequest)}.
   */
  private static Gen<ExceptionRequest> common() {
    Gen<ReadinessClaim> who = requestIds().zip(PartyGenerators.personIds(), PartyGenerators.partnerIds(),
        submissionTimes(), (id, requester, partner, at) -> ReadinessClaim.builder().id(id)
            .requester(requester).partner(partner).submittedAt(at).rationale("placeholder")
            .launch("placeholder").launchDate(at).claimedCriteria(List.of("placeholder")).build());
    return who.zip(maybe(PartyGenerators.programIds(), 50), maybe(PartyGenerators.regions(), 50),
        texts(), lists().of(EvidenceGenerators.activityRecordIds()).ofSizeBetween(0, 3),
        (base, program, region, rationale, cited) -> ReadinessClaim.builder().from(base)
            .program(program).region(region).rationale(rationale).cited(List.ofAll(cited)).build());
  }

  private static final Gen<String> RESOLUTIONS = Generate.pick(java.util.List.of("Accept the recovery plan",
      "Move delivery to a second partner", "Close after the customer confirmed the fix"));

  private static Gen<java.time.Instant> submissionTimes() {
    return Generate.frequency(pair(3, Generate.constant(MoneyGenerators.REFERENCE)),
        pair(2, MoneyGenerators.instants()));
  }

  // review paths ------------------------------------------------------------------------------

  /** {@return criteria with well-known and host-defined codes, some written in lower case or with hyphens} */
  public static Gen<Criterion> criteria() {
    return Generate.pick(CRITERION_CODES).zip(texts(), Criterion::new);
  }

  /** {@return results of checking criteria, met or not} */
  public static Gen<CriterionResult> criterionResults() {
    return criteria().zip(Generate.booleans(), texts(), CriterionResult::of);
  }

  /** {@return review steps of a named person, a role or a team, with zero to three criteria} */
  public static Gen<ReviewStep> reviewSteps() {
    return DecisionGenerators.holders().zip(criterionLists(0), MoneyGenerators.durations(), ReviewStep::new);
  }

  /** {@return fast paths with one to three criteria, mostly at {@link #FAST_PATH_THRESHOLD}} */
  public static Gen<FastPath> fastPaths() {
    return fastPaths(FAST_PATH_THRESHOLD.currency());
  }

  /**
   * {@return fast paths with one to three criteria, whose threshold has the given currency} The
   * threshold is mostly the amount of {@link #FAST_PATH_THRESHOLD}, else any positive amount.
   *
   * @param currency the currency of every threshold
   */
  public static Gen<FastPath> fastPaths(Currency currency) {
    return fastPaths(List.of(currency));
  }

  private static Gen<FastPath> fastPaths(Seq<Currency> currencies) {
    return thresholds(FAST_PATH_THRESHOLD, currencies).zip(criterionLists(1), FastPath::of);
  }

  /**
   * Review paths of built-in and host-defined decision types with one to three steps, with and
   * without a fast path and a four-eyes threshold, all thresholds in one currency (EUR mostly), or,
   * one path in five, each in the same two currencies.
   *
   * @return review paths whose thresholds mostly have the amounts of {@link #FAST_PATH_THRESHOLD}
   *     and {@link #FOUR_EYES_THRESHOLD}
   */
  public static Gen<ReviewPath> reviewPaths() {
    return currencySets().flatMap(currencies -> reviewPathIds().zip(decisionTypes(),
        lists().of(reviewSteps()).ofSizeBetween(1, 3), maybe(fastPaths(currencies), 50),
        maybe(thresholds(FOUR_EYES_THRESHOLD, currencies), 50),
        (id, type, steps, fast, fourEyes) -> ReviewPath.builder().id(id).decisionType(type)
            .steps(List.ofAll(steps)).fastPath(fast).fourEyesThreshold(fourEyes.getOrElse(Threshold.none())).build()));
  }

  /** One currency, or (one time in five) two distinct ones. */
  private static Gen<Seq<Currency>> currencySets() {
    return MoneyGenerators.currencies().zip(MoneyGenerators.currencies(), Generate.range(0, 4),
        (a, b, roll) -> roll == 0 && !a.equals(b) ? List.of(a, b) : List.of(a));
  }

  /** A threshold with an amount in each of the currencies, each mostly the usual amount. */
  private static Gen<Threshold> thresholds(Money usual, Seq<Currency> currencies) {
    Gen<Seq<Money>> amounts = Generate.constant(List.empty());
    for (Currency currency : currencies) {
      amounts = amounts.zip(thresholds(usual, currency), Seq::append);
    }
    return amounts.map(Threshold::ofAll);
  }

  private static Gen<Money> thresholds(Money usual, Currency currency) {
    return Generate.frequency(pair(3, Generate.constant(new Money(usual.amount(), currency))),
        pair(1, MoneyGenerators.positiveAmounts(currency)));
  }

  private static Gen<Seq<Criterion>> criterionLists(int atLeast) {
    return lists().of(criteria()).ofSizeBetween(atLeast, 3)
        .map(l -> List.ofAll(l).distinctBy(Criterion::code));
  }

  private static Gen<DecisionType> decisionTypes() {
    return Generate.frequency(
        pair(6, Generate.pick(java.util.List.of(DecisionType.FUND_ALLOCATION,
            DecisionType.INCENTIVE_EXCEPTION, DecisionType.CUSTOMER_COMMITMENT,
            DecisionType.READINESS_CLAIM))),
        pair(2, Generate.pick(java.util.List.of(DecisionType.TIER_CHANGE, DecisionType.ESCALATION_RESOLUTION))),
        pair(1, Generate.constant(DecisionType.of("partner offboarding"))));
  }

  // decisions ---------------------------------------------------------------------------------

  /** {@return every verdict} */
  public static Gen<Verdict> verdicts() {
    return Generate.enumValues(Verdict.class);
  }

  /**
   * {@return the subjects of decisions about requests of {@link #requestIds()}: the plain
   * exception-request subject (half of them), tier changes, escalations and host subjects}
   */
  public static Gen<DecisionSubject> decisionSubjects() {
    return Generate.frequency(pair(3, requestIds().map(DecisionSubject::of)),
        pair(1, tierChanges().map(DecisionSubject::of)), pair(1, escalationResolutions().map(DecisionSubject::of)),
        pair(1, hostDecisions().map(DecisionSubject::of)));
  }

  /**
   * Decision records of every verdict, with and without a rationale (present four times in five),
   * a right, a delegation and a review path; one to three conditions exactly when the verdict is
   * an approval with conditions. Half decide the plain exception-request subject under any type;
   * the others a tier change, an escalation or a host subject of {@link #decisionSubjects()},
   * under the type that decides it.
   *
   * @return decision records of every verdict about requests of {@link #requestIds()}, citing zero
   *     to three criterion results and zero to three activity records
   */
  public static Gen<DecisionRecord> decisionRecords() {
    Gen<DecisionRecord> base = decisionRecordIds().zip(requestIds(), PartyGenerators.personIds(),
        MoneyGenerators.instants(), (id, request, decider, at) -> DecisionRecord.builder().id(id)
            .request(request).decisionType(DecisionType.FUND_ALLOCATION).decider(decider)
            .verdict(Verdict.APPROVE).decidedAt(at).build());
    Gen<DecisionRecord> cited = base.zip(decisionTypes(), lists().of(criterionResults()).ofSizeBetween(0, 3),
        lists().of(EvidenceGenerators.activityRecordIds()).ofSizeBetween(0, 3), maybe(reviewPathIds(), 50),
        (r, type, results, evidence, path) -> DecisionRecord.builder().from(r).decisionType(type)
            .criteriaResults(List.ofAll(results)).evidence(List.ofAll(evidence)).reviewPath(path).build());
    Gen<Option<String>> rationales = Generate.frequency(pair(4, texts().map(Option::some)),
        pair(1, Generate.constant(Option.<String>none())));
    Gen<DecisionRecord> explained = cited.zip(rationales, maybe(DecisionGenerators.decisionRightIds(), 50),
        Generate.frequency(pair(1, DecisionGenerators.delegationIds().map(Option::some)),
            pair(3, Generate.constant(Option.<DelegationId>none()))),
        (r, rationale, right, delegation) -> DecisionRecord.builder().from(r).rationale(rationale)
            .right(right).delegation(delegation).build());
    Gen<DecisionRecord> judged = explained.zip(verdicts(), lists().of(texts()).ofSizeBetween(1, 3),
        (r, verdict, conditions) -> DecisionRecord.builder().from(r).verdict(verdict)
            .conditions(verdict == Verdict.APPROVE_WITH_CONDITIONS ? List.ofAll(conditions) : List.empty())
            .build());
    Gen<DecisionRecord> converted = judged.zip(Generate.frequency(pair(3, Generate.constant(List.<ExchangeRate>empty())),
        pair(1, MoneyGenerators.exchangeRates().map(rate -> List.of(rate)))), (r, rates) ->
        DecisionRecord.builder().from(r).exchangeRates(rates).build());
    return converted.zip(decisionSubjects(), hostTypes(), (r, subject, hostType) -> subject.fold(
        plain -> r,
        tier -> DecisionRecord.builder().from(r).subject(tier).decisionType(DecisionType.TIER_CHANGE).build(),
        escalation -> DecisionRecord.builder().from(r).subject(escalation)
            .decisionType(DecisionType.ESCALATION_RESOLUTION).build(),
        host -> DecisionRecord.builder().from(r).subject(host).decisionType(hostType).build()));
  }

  // drafts ------------------------------------------------------------------------------------

  /** {@return valid fund request drafts, with the raw values of {@link #fundRequests()}} */
  public static Gen<FundRequestDraft> fundRequestDrafts() {
    return fundRequests().zip(Generate.booleans(), (r, lower) -> draftOf(r, lower));
  }

  /** {@return valid incentive exception drafts, with the raw values of {@link #incentiveExceptions()}} */
  public static Gen<IncentiveExceptionDraft> incentiveExceptionDrafts() {
    return incentiveExceptions().map(r -> draftOf(r));
  }

  /** {@return valid commitment drafts, with the raw values of {@link #commitments()}} */
  public static Gen<CommitmentDraft> commitmentDrafts() {
    return commitments().map(r -> draftOf(r));
  }

  /** {@return valid readiness claim drafts, with the raw values of {@link #readinessClaims()}} */
  public static Gen<ReadinessClaimDraft> readinessClaimDrafts() {
    return readinessClaims().map(r -> draftOf(r));
  }

  /** {@return valid criterion drafts, with the raw values of {@link #criteria()}} */
  public static Gen<CriterionDraft> criterionDrafts() {
    return criteria().map(c -> draftOf(c));
  }

  /** {@return valid criterion result drafts, with the raw values of {@link #criterionResults()}} */
  public static Gen<CriterionResultDraft> criterionResultDrafts() {
    return criterionResults().map(r -> draftOf(r));
  }

  /** {@return valid review step drafts, with the raw values of {@link #reviewSteps()}} */
  public static Gen<ReviewStepDraft> reviewStepDrafts() {
    return reviewSteps().map(s -> draftOf(s));
  }

  /** {@return valid fast path drafts, with the raw values of {@link #fastPaths()}} */
  public static Gen<FastPathDraft> fastPathDrafts() {
    return fastPaths().map(f -> draftOf(f));
  }

  /** {@return valid review path drafts, with the raw values of {@link #reviewPaths()}} */
  public static Gen<ReviewPathDraft> reviewPathDrafts() {
    return reviewPaths().map(p -> draftOf(p));
  }

  /**
   * {@return valid decision record drafts, with the raw values of {@link #decisionRecords()},
   * verdicts in any case}
   */
  public static Gen<DecisionRecordDraft> decisionRecordDrafts() {
    return decisionRecords().zip(Generate.booleans(), (r, lower) -> draftOf(r, lower));
  }

  /** {@return valid tier change drafts, with the raw values of {@link #tierChanges()}} */
  public static Gen<TierChangeDraft> tierChangeDrafts() {
    return tierChanges().map(r -> draftOf(r));
  }

  /** {@return valid escalation resolution drafts, with the raw values of {@link #escalationResolutions()}} */
  public static Gen<EscalationResolutionDraft> escalationResolutionDrafts() {
    return escalationResolutions().map(r -> draftOf(r));
  }

  /** {@return valid host decision drafts, with the raw values of {@link #hostDecisions()}, types in any case} */
  public static Gen<HostDecisionDraft> hostDecisionDrafts() {
    return hostDecisions().zip(Generate.booleans(), (r, lower) -> draftOf(r, lower));
  }

  /** {@return valid drafts of all seven kinds of request, as an ecosystem draft holds them} */
  public static Gen<SubmissionDraft> submissionDrafts() {
    return exceptionRequests().zip(Generate.booleans(), ReviewGenerators::draftOf);
  }

  /** The draft of the request's own kind. */
  static SubmissionDraft draftOf(ExceptionRequest r, boolean lower) {
    return r.<SubmissionDraft>fold(f -> draftOf(f, lower), i -> draftOf(i), c -> draftOf(c), c -> draftOf(c),
        t -> draftOf(t), e -> draftOf(e), h -> draftOf(h, lower));
  }

  static TierChangeDraft draftOf(TierChange r) {
    return TierChangeDraft.builder().id(r.id().value()).requester(r.requester().value())
        .partner(r.partner().value()).program(raw(r.program().map(ProgramId::value)))
        .region(raw(r.region().map(Region::value))).rationale(r.rationale())
        .cited(r.cited().map(ActivityRecordId::value)).submittedAt(r.submittedAt())
        .tier(r.tier().value()).build();
  }

  static EscalationResolutionDraft draftOf(EscalationResolution r) {
    return EscalationResolutionDraft.builder().id(r.id().value()).requester(r.requester().value())
        .partner(r.partner().value()).program(raw(r.program().map(ProgramId::value)))
        .region(raw(r.region().map(Region::value))).rationale(r.rationale())
        .cited(r.cited().map(ActivityRecordId::value)).submittedAt(r.submittedAt())
        .escalation(r.escalation().value()).resolution(r.resolution()).build();
  }

  static HostDecisionDraft draftOf(HostDecision r, boolean lower) {
    return HostDecisionDraft.builder().id(r.id().value()).requester(r.requester().value())
        .partner(r.partner().value()).program(raw(r.program().map(ProgramId::value)))
        .region(raw(r.region().map(Region::value))).rationale(r.rationale())
        .cited(r.cited().map(ActivityRecordId::value)).submittedAt(r.submittedAt())
        .hostType(lower ? r.hostType().code().toLowerCase(Locale.ROOT).replace('_', ' ') : r.hostType().code())
        .subjectKind(r.subjectKind()).subjectId(r.subjectId())
        .value(raw(r.value().map(Money::amount)))
        .currency(raw(r.value().map(m -> m.currency().getCurrencyCode()))).build();
  }

  static FundRequestDraft draftOf(FundRequest r, boolean lower) {
    return FundRequestDraft.builder().id(" " + r.id().value()).requester(r.requester().value())
        .partner(r.partner().value()).program(raw(r.program().map(ProgramId::value)))
        .region(raw(r.region().map(Region::value))).rationale(r.rationale())
        .cited(r.cited().map(ActivityRecordId::value)).submittedAt(r.submittedAt())
        .kind(lower ? r.kind().name().toLowerCase(Locale.ROOT) : r.kind().name())
        .amount(r.requestedAmount().amount())
        .currency(r.requestedAmount().currency().getCurrencyCode())
        .purpose(r.purpose()).activityStart(raw(r.activityPeriod().map(Period::start)))
        .activityEnd(raw(r.activityPeriod().flatMap(Period::end))).build();
  }

  static IncentiveExceptionDraft draftOf(IncentiveException r) {
    return IncentiveExceptionDraft.builder().id(r.id().value()).requester(r.requester().value())
        .partner(r.partner().value()).program(raw(r.program().map(ProgramId::value)))
        .region(raw(r.region().map(Region::value))).rationale(r.rationale())
        .cited(r.cited().map(ActivityRecordId::value)).submittedAt(r.submittedAt())
        .incentive(r.incentive()).amount(r.requestedAmount().amount())
        .currency(r.requestedAmount().currency().getCurrencyCode()).deviation(r.deviation()).build();
  }

  static CommitmentDraft draftOf(Commitment r) {
    return CommitmentDraft.builder().id(r.id().value()).requester(r.requester().value())
        .partner(r.partner().value()).program(raw(r.program().map(ProgramId::value)))
        .region(raw(r.region().map(Region::value))).rationale(r.rationale())
        .cited(r.cited().map(ActivityRecordId::value)).submittedAt(r.submittedAt())
        .customer(r.customer().value()).promise(r.promise()).dueBy(r.dueBy())
        .value(raw(r.value().map(Money::amount)))
        .currency(raw(r.value().map(m -> m.currency().getCurrencyCode()))).build();
  }

  static ReadinessClaimDraft draftOf(ReadinessClaim r) {
    return ReadinessClaimDraft.builder().id(r.id().value()).requester(r.requester().value())
        .partner(r.partner().value()).program(raw(r.program().map(ProgramId::value)))
        .region(raw(r.region().map(Region::value))).rationale(r.rationale())
        .cited(r.cited().map(ActivityRecordId::value)).submittedAt(r.submittedAt())
        .launch(r.launch()).launchDate(r.launchDate()).claimedCriteria(r.claimedCriteria()).build();
  }

  static CriterionDraft draftOf(Criterion c) {
    return new CriterionDraft(c.code(), c.description());
  }

  static CriterionResultDraft draftOf(CriterionResult r) {
    return new CriterionResultDraft(r.criterion(), r.met(), r.explanation());
  }

  static ReviewStepDraft draftOf(ReviewStep s) {
    ReviewStepDraft.Builder b = ReviewStepDraft.builder()
        .criteria(s.criteria().map(ReviewGenerators::draftOf)).timeLimit(s.timeLimit());
    return s.reviewer().fold(p -> b.person(p.person().value()), r -> b.role(r.role().value()),
        t -> b.team(t.orgUnit().value())).build();
  }

  static FastPathDraft draftOf(FastPath f) {
    Money base = f.threshold().base().get();
    return new FastPathDraft(base.amount(), base.currency().getCurrencyCode(),
        f.criteria().map(ReviewGenerators::draftOf), others(f.threshold()));
  }

  static ReviewPathDraft draftOf(ReviewPath p) {
    return ReviewPathDraft.builder().id(p.id().value()).decisionType(p.decisionType().code())
        .steps(p.steps().map(ReviewGenerators::draftOf))
        .fastPath(raw(p.fastPath().map(ReviewGenerators::draftOf)))
        .fourEyesThreshold(raw(p.fourEyesThreshold().base().map(Money::amount)))
        .fourEyesCurrency(raw(p.fourEyesThreshold().base().map(m -> m.currency().getCurrencyCode())))
        .fourEyesThresholdInOtherCurrencies(others(p.fourEyesThreshold())).build();
  }

  /** The amounts of a threshold after its base, as drafts. */
  private static Seq<AmountDraft> others(Threshold threshold) {
    return threshold.amounts().drop(1).map(m -> new AmountDraft(m.amount(), m.currency().getCurrencyCode()));
  }

  static DecisionRecordDraft draftOf(DecisionRecord r, boolean lower) {
    return DecisionRecordDraft.builder().id(r.id().value()).request(r.request().value())
        .decisionType(r.decisionType().code()).decider(r.decider().value())
        .verdict(lower ? r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ') : r.verdict().name())
        .decidedAt(r.decidedAt()).right(raw(r.right().map(DecisionRightId::value)))
        .delegation(raw(r.delegation().map(DelegationId::value))).rationale(raw(r.rationale()))
        .conditions(r.conditions()).criteriaResults(r.criteriaResults().map(ReviewGenerators::draftOf))
        .evidence(r.evidence().map(ActivityRecordId::value))
        .reviewPath(raw(r.reviewPath().map(ReviewPathId::value)))
        .exchangeRates(r.exchangeRates().map(ExchangeRateDraft::of))
        .subject(r.subject().fold(plain -> null,
            t -> DecisionSubjectDraft.builder().kind(lower ? "tier change" : "TIER_CHANGE")
                .partner(t.partner().value()).tier(t.tier().value()).build(),
            e -> DecisionSubjectDraft.builder().kind("escalation").escalation(e.escalation().value()).build(),
            h -> DecisionSubjectDraft.builder().kind("HOST").subjectKind(h.subjectKind()).subjectId(h.subjectId())
                .build()))
        .build();
  }

  // building blocks ---------------------------------------------------------------------------

  private static <T> @Nullable T raw(Option<T> value) {
    return value.getOrNull();
  }

  private static Gen<String> texts() {
    Gen<String> sentences = Generate.pick(java.util.List.of("Customer asked for it", "Launch is in two weeks",
        "Budget approved last quarter", "Deal slipped for a customer reason"));
    return Generate.frequency(pair(2, sentences), pair(1, PartyGenerators.names()));
  }
}
