package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.ApprovalLevel;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestClosure;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.decision.DecisionIndex;

/**
 * Exception review over one ecosystem: {@link #route} gives a request its review plan, {@link
 * #decide} accepts or rejects one reviewer's verdict on a case, {@link #audit} judges the decisions
 * a snapshot already records by the same rules. Built once by {@link #of} from a snapshot and a
 * policy; the snapshot's matrix is compiled into a {@link DecisionIndex} that knows who fills each
 * role and team, and its requests, decision records, activity records and conflicts are indexed,
 * so no function scans the whole ecosystem. Time comes in as a parameter; nothing is read from a
 * clock.
 *
 * <p>The snapshot is the context of every request: its other requests and their decision records
 * give the related requests whose amounts add up (SOD-08) and the totals already approved
 * (SOD-09); its withdrawn and expired requests count in neither. A request need not be part of
 * the snapshot itself.
 *
 * <p>A live portal keeps one review and adds what happens as it happens: {@link #withRequest},
 * {@link #withDecision} and {@link #withClosure} each return a new review that sees the change
 * (so SOD-08 and SOD-09 see every request submitted and decided through the portal) and shares
 * every index with the old one, which stays valid. A review built by {@link #of} from a snapshot
 * holding the same items routes, decides and audits exactly as the one built change by change.
 *
 * <p>A verdict is checked against every {@linkplain ApprovalRule approval rule} of the policy, the
 * {@linkplain ApprovalRules built-in ones} and the host's, and rejected with every violation.
 * An approver stands by the Decide right over the request's total (a delegate through a delegation
 * in force, the delegator keeping it), or, as the second approver of a four-eyes review, by an
 * Agree right over it: the RAPID Agree holder already signs off on the decision, so four-eyes
 * completes in a matrix with one named decider, without a second Decide right (MTX-02).
 *
 * <p>Amounts in several currencies are counted as {@link ReviewPolicy} describes: in their own
 * currency where a threshold, total, band or cap is in it, else at the host's exchange rate for the
 * pair on the request's submission day (UTC), each rate used cited and kept on the plan and the
 * accepted decision; an amount that cannot be counted is a violation ({@code REV-04} without
 * exchange rates, {@code REV-08} without the rate), never left out.
 */
public final class ExceptionReview {

  private final Ledger ledger;
  private final ReviewPolicy policy;

  private ExceptionReview(Ledger ledger, ReviewPolicy policy) {
    this.ledger = ledger;
    this.policy = policy;
  }

  /**
   * Exception review over the snapshot under the policy.
   *
   * @param snapshot the ecosystem: people, partners, programs, conflicts, the decision-rights
   *     matrix, review paths, activity records, requests and decision records
   * @param policy criteria checks, approval rules, caps, frozen programs, the aggregation window
   * @return the review, ready to route and decide any number of requests
   */
  public static ExceptionReview of(EcosystemSnapshot snapshot, ReviewPolicy policy) {
    return new ExceptionReview(new Ledger(requireNonNull(snapshot, "snapshot")), requireNonNull(policy, "policy"));
  }

  /**
   * The review with one more request, as a live portal receives it. The request is checked
   * against the snapshot ({@link EcosystemSnapshot#withRequest}); it is neither routed nor decided
   * here.
   *
   * @param request the request submitted
   * @return the review that sees it, or every problem with it; this review is unchanged
   */
  public Validation<Seq<Problem>, ExceptionReview> withRequest(ExceptionRequest request) {
    return ledger.snapshot.withRequest(request)
        .map(next -> new ExceptionReview(ledger.withRequest(next, request), policy));
  }

  /**
   * The review with one more decision record, typically the record of an {@link AcceptedDecision}:
   * a rejection takes its request out of every total of related requests (SOD-08), an approval
   * adds it to the approved totals the caps are checked against (SOD-09). The record is checked
   * against the snapshot ({@link EcosystemSnapshot#withDecision}), not judged by the approval
   * rules ({@link #decide} does that before the record exists).
   *
   * @param record the decision recorded
   * @return the review that sees it, or every problem with it; this review is unchanged
   */
  public Validation<Seq<Problem>, ExceptionReview> withDecision(DecisionRecord record) {
    return ledger.snapshot.withDecision(record)
        .map(next -> new ExceptionReview(ledger.withDecision(next, record), policy));
  }

  /**
   * The review with a request withdrawn or expired: it counts in no total of related requests
   * from then on, and an audit replays the closure before any decision recorded after it.
   *
   * @param closure the withdrawal or expiry
   * @return the review that sees it, or every problem with it ({@link EcosystemSnapshot#withClosure});
   *     this review is unchanged
   */
  public Validation<Seq<Problem>, ExceptionReview> withClosure(RequestClosure closure) {
    return ledger.snapshot.withClosure(closure).map(next -> new ExceptionReview(ledger.withClosure(next), policy));
  }

  /** {@return the snapshot the review sees: the one it was built from, with every change added since} */
  public EcosystemSnapshot snapshot() {
    return ledger.snapshot;
  }

  /** {@return the policy the review applies} */
  public ReviewPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------- facts

  /**
   * What criteria and rules see of the request: its partner, program, cited records, and the total
   * of the request with the related requests of the snapshot (SOD-08): same decision type,
   * partner and program, submitted within the policy's window before or after it, not rejected,
   * withdrawn or expired.
   * A related request in another currency is counted in the request's currency at the policy's
   * exchange rate for the request's submission day (UTC); without a rate it is left out of the
   * total and listed among the facts' {@linkplain RequestFacts#uncounted() uncounted} requests,
   * and the review refuses to route or approve the request ({@code REV-08}, or {@code REV-04}
   * when the policy gives no exchange rates).
   *
   * @param request the request
   * @return its facts
   */
  public RequestFacts facts(ExceptionRequest request) {
    requireNonNull(request, "request");
    Seq<ActivityRecordId> cited = request.cited();
    Option<Money> total = request.amount();
    List<RequestId> counted = List.empty();
    Map<RequestId, Conversion> conversions = LinkedHashMap.empty();
    for (Money own : request.amount()) {
      Seq<ExceptionRequest> related = ledger.requests
          .get(io.vavr.Tuple.of(request.decisionType(), request.partner())).getOrElse(List.empty())
          .filter(r -> !r.id().equals(request.id()) && r.program().equals(request.program())
              && !ledger.rejected.contains(r.id()) && !ledger.closed(r.id()) && r.amount().isDefined()
              && !r.submittedAt().isBefore(request.submittedAt().minus(policy.aggregationWindow()))
              && !r.submittedAt().isAfter(request.submittedAt().plus(policy.aggregationWindow())));
      BigDecimal sum = own.amount();
      Exchange exchange = null;
      // by id, so the snapshot's order changes nothing; most requests have at most one related, so no sort then
      for (ExceptionRequest r : related.isEmpty() || related.tail().isEmpty() ? related : related.sortBy(ExceptionRequest::id)) {
        Money amount = r.amount().get();
        if (amount.currency().equals(own.currency())) {
          sum = sum.add(amount.amount());
          counted = counted.prepend(r.id());
          continue;
        }
        exchange = exchange == null ? new Exchange(policy, request) : exchange;
        Conversion conversion = exchange.convert(amount, own.currency());
        conversions = conversions.put(r.id(), conversion);
        for (Money in : conversion.counted()) {
          sum = sum.add(in.amount());
          counted = counted.prepend(r.id());
        }
      }
      total = related.isEmpty() ? total : Option.some(new Money(sum, own.currency()));
    }
    EcosystemSnapshot snapshot = ledger.snapshot;
    return new RequestFacts(request, snapshot.partner(request.partner()), request.program().flatMap(snapshot::program),
        cited.flatMap(ledger::activity), cited.filter(id -> ledger.activity(id).isEmpty()), total, counted.sorted(),
        conversions);
  }

  private Accountability resolve(RequestFacts facts, Option<Money> amount, Instant at) {
    return resolve(facts, facts.request().decisionType(), amount, at);
  }

  /**
   * Who is accountable for a decision of the type about the request (its own type, or an approval
   * level's): the amount counted in the currency of the type's amount bands and delegation limits
   * when it needs to be ({@link #inBands}) and a rate is known, as it stands otherwise.
   */
  private Accountability resolve(RequestFacts facts, DecisionType type, Option<Money> amount, Instant at) {
    ExceptionRequest request = facts.request();
    Option<Money> banded = amount.map(a -> inBands(request, type, a).flatMap(Conversion::counted).getOrElse(a));
    return ledger.index.resolve(new DecisionContext(type, request.program(), request.region(),
        facts.partner().map(Partner::tier), facts.partner().map(Partner::type), banded), at);
  }

  /**
   * The conversion of an amount into the currency the matrix states the decision type's amounts in
   * (its rights' amount bands, its delegations' limits), when the policy gives exchange rates, all of
   * them are in one currency and the amount is in another; none otherwise (without rates, or with
   * amounts in several currencies, an amount matches only the bands and limits of its own currency).
   */
  private Option<Conversion> inBands(ExceptionRequest request, DecisionType type, Money amount) {
    if (policy.exchangeRates().isEmpty()) {
      return Option.none();
    }
    Seq<Currency> bands = ledger.bandCurrencies.get(type).getOrElse(List.empty());
    return bands.size() != 1 || bands.head().equals(amount.currency()) ? Option.none()
        : Option.some(new Exchange(policy, request).convert(amount, bands.head()));
  }

  /** The band conversions of the amount for each of the decision types, each once. */
  private Seq<Conversion> inBands(ExceptionRequest request, Seq<DecisionType> types, Option<Money> amount) {
    return amount.toList().flatMap(a -> types.distinct().flatMap(t -> inBands(request, t, a))).distinct();
  }

  /**
   * Who is accountable for the request at the instant: its decision resolved against the matrix,
   * with the partner's tier and type and the request's total (SOD-08) as the amount, counted in the
   * currency of the type's amount bands and delegation limits when the policy's exchange rates must
   * and can (as it stands when no rate is known: then no band of another currency matches).
   *
   * @param request the request
   * @param at the instant
   * @return who decides, agrees, recommends, gives input and performs
   */
  public Accountability accountability(ExceptionRequest request, Instant at) {
    requireNonNull(at, "at");
    RequestFacts facts = facts(request);
    return resolve(facts, facts.total(), at);
  }

  // ---------------------------------------------------------------- route

  /**
   * The review plan of the request, or every reason there is none: its decision type has no review
   * path or several ({@code REV-03}), an amount it must count in another currency has no exchange
   * rate (its total against the path's thresholds, a related request's towards the total:
   * {@code REV-04} when the policy gives no exchange rates, {@code REV-08} when it has none for the
   * pair and day; its total in the matrix's amount bands, with exchange rates: {@code REV-08}), the
   * routing time is before its submission ({@code SOD-11}), or the matrix as
   * it stands cannot staff the plan ({@code REV-06}: nobody may decide, the only people who may
   * decide may not approve this request, or a four-eyes review has no second eligible approver).
   *
   * <p>The plan takes the fast path (the first step alone) when the path has one, the total is
   * strictly below its threshold (a request without money at stake always is) and every fast-path
   * criterion holds; it is four-eyes, with every step and two distinct approvers, when the total
   * is strictly above the four-eyes threshold; standard, with every step and one approver,
   * otherwise. Step {@code i} is due at the routing time plus the time limits of steps {@code 0}
   * to {@code i}. The total includes related requests (SOD-08).
   *
   * @param request the request
   * @param at when it is routed
   * @return the plan, or every reason there is none
   */
  public Either<Rejection, ReviewPlan> route(ExceptionRequest request, Instant at) {
    return route(request, at, true);
  }

  /** The plan, explained in sentences or not (an audit replays the plan and never shows it). */
  private Either<Rejection, ReviewPlan> route(ExceptionRequest request, Instant at, boolean explained) {
    requireNonNull(request, "request");
    requireNonNull(at, "at");
    RequestFacts facts = facts(request);
    Seq<ReviewPath> candidates = ledger.paths(request.decisionType());
    Seq<Violation> violations = Routing.pathProblems(request, candidates, at);
    if (candidates.size() == 1) {
      ReviewPath path = candidates.head();
      Exchange exchange = new Exchange(policy, request);
      Compared compared = Compared.of(path, facts, exchange);
      Seq<Conversion> inBands = inBands(request, levelTypes(path, compared), facts.total());
      violations = violations.appendAll(Routing.uncounted(facts, path, compared, inBands, exchange.withRates()));
    }
    if (violations.isEmpty()) {
      ReviewPlan plan = plan(facts, candidates.head(), at, explained);
      violations = new Routing(ledger, facts, plan).staffing();
      if (violations.isEmpty()) {
        return Either.right(plan);
      }
    }
    return Either.left(new Rejection(violations));
  }

  /**
   * The case routed: its current request planned and a routed event added; or why not, including
   * a case that is not awaiting routing ({@code SOD-11}).
   *
   * @param reviewCase the case
   * @param at when it is routed
   * @return the case in review, or every reason it cannot be routed
   */
  public Either<Rejection, ReviewCase> route(ReviewCase reviewCase, Instant at) {
    requireNonNull(reviewCase, "reviewCase");
    if (!(reviewCase.state() instanceof CaseState.AwaitingRouting)) {
      return Either.left(notOpen("the case is " + reviewCase.state().describe() + ", not awaiting routing"));
    }
    if (at.isBefore(reviewCase.lastEventAt())) {
      return Either.left(notOpen("the routing at " + at + " is before the case's last event at " + reviewCase.lastEventAt()));
    }
    return route(reviewCase.request(), at).flatMap(plan -> reviewCase.apply(new CaseEvent.Routed(plan))
        .mapLeft(refused -> notOpen(refused.reason())));
  }

  private static Rejection notOpen(String reason) {
    return new Rejection(List.of(new Violation(ReviewCode.CASE_NOT_OPEN, reason)));
  }

  /** The request's decision type and those of the path's approval levels that apply to the compared total. */
  private static Seq<DecisionType> levelTypes(ReviewPath path, Compared compared) {
    return path.levelsFor(compared.total()).map(ApprovalLevel::decisionType).prepend(path.decisionType());
  }

  private ReviewPlan plan(RequestFacts facts, ReviewPath path, Instant at, boolean explained) {
    Compared compared = Compared.of(path, facts, new Exchange(policy, facts.request()));
    Option<Money> total = compared.total();
    Option<Money> own = compared.own();
    boolean fourEyes = total.exists(t -> path.needsFourEyes(t).getOrElse(false));
    boolean fourEyesAlone = own.exists(a -> path.needsFourEyes(a).getOrElse(false));
    Seq<CriterionResult> fast = path.fastPath().fold(List::empty,
        f -> f.criteria().map(c -> criterion(c.code()).evaluate(c, facts)));
    boolean underFast = path.fastPath().exists(f -> total.forAll(t -> f.admits(t).getOrElse(false)));
    boolean underFastAlone = path.fastPath().exists(f -> own.forAll(a -> f.admits(a).getOrElse(false)));
    Lane lane = fourEyes ? Lane.FOUR_EYES : underFast && fast.forAll(CriterionResult::met) ? Lane.FAST_PATH : Lane.STANDARD;
    List<PlannedStep> planned = List.empty();
    Instant due = at;
    for (ReviewStep step : lane == Lane.FAST_PATH ? path.steps().take(1) : path.steps()) {
      due = due.plus(step.timeLimit());
      planned = planned.append(new PlannedStep(step.reviewer(),
          step.criteria().map(c -> criterion(c.code()).evaluate(c, facts)), due));
    }
    Accountability accountability = resolve(facts, facts.total(), at);
    boolean split = (fourEyes && !fourEyesAlone) || (!underFast && underFastAlone && path.fastPath().isDefined());
    Seq<ReviewCode> codes = List.of(ReviewCode.FOUR_EYES).filter(c -> fourEyes)
        .appendAll(List.of(ReviewCode.SPLIT_REQUEST).filter(c -> split && facts.isAggregated()));
    Seq<PlannedLevel> levels = PlannedLevel.of(path.levelsFor(total), lane, accountability,
        type -> resolve(facts, type, facts.total(), at).decider(), ledger::principals);
    Seq<Conversion> conversions = facts.conversions().values().toList().appendAll(compared.conversions())
        .appendAll(inBands(facts.request(), levelTypes(path, compared), facts.total())).filter(Conversion::hasRate);
    ReviewPlan draft = new ReviewPlan(facts.request().id(), path.id(), lane, planned, fast, facts.total(),
        facts.related(), levels.map(PlannedLevel::required).sum().intValue(), accountability, at, codes, "-", levels,
        conversions.flatMap(Conversion::rate));
    return explained
        ? draft.withExplanation(new Explaining(ledger.snapshot).plan(draft, path, facts, total) + Explaining.rates(conversions))
        : draft;
  }

  private ReviewCriterion criterion(String code) {
    return policy.criteria().get(code).getOrElse(() -> ReviewCriterion.of(code, f -> false, "-",
        "no check is defined for criterion " + code + ", so it cannot hold"));
  }

  // ---------------------------------------------------------------- decide

  /**
   * Accepts or rejects one reviewer's verdict on the case. An accepted attempt returns the case
   * with the event the verdict adds (approved, rejected or information requested), the decision
   * record and an explanation; a rejected one returns every rule it broke and changes nothing.
   *
   * @param reviewCase the case as it stands
   * @param attempt the verdict, its rationale and when it is given
   * @return the decision, or the rejection of the attempt
   */
  public Either<Rejection, AcceptedDecision> decide(ReviewCase reviewCase, DecisionAttempt attempt) {
    requireNonNull(reviewCase, "reviewCase");
    requireNonNull(attempt, "attempt");
    ApprovalFacts facts = facts(reviewCase, attempt, Option.none());
    Seq<Violation> violations = policy.allRules().flatMap(rule -> rule.check(facts));
    if (!violations.isEmpty()) {
      return Either.left(new Rejection(violations));
    }
    ReviewPlan plan = facts.review().get().plan();
    Seq<ExchangeRate> rates = plan.rates().appendAll(facts.conversions().appendAll(ApprovalRules.capConversions(facts))
        .flatMap(Conversion::rate)).distinct();
    DecisionRecord record = DecisionRecord.builder().from(facts.record(plan)).exchangeRates(rates).build();
    CaseEvent event = facts.event(record);
    return reviewCase.apply(event).mapLeft(refused -> notOpen(refused.reason()))
        .map(after -> new AcceptedDecision(after, record, event,
            facts.say.decision(after, record, facts.request()) + Explaining.rateList(rates)));
  }

  /**
   * The decisions the snapshot records on the request, in the order made, each judged by every
   * approval rule of the policy as if it were attempted then: the case is replayed from the
   * request's submission (routed at its submission time) through each recorded verdict. A request
   * that cannot be routed is reported once for that ({@link Audit#routing}), and its records are
   * judged by every rule but {@link ApprovalRules#onlyOpenCasesAreDecided}. A request the snapshot
   * holds as withdrawn or expired is closed in the replay at that instant, so a decision recorded
   * after it decides a case that was no longer open ({@code SOD-11}).
   *
   * @param request the request
   * @param records its decision records, in any order
   * @return the audit
   */
  public Audit audit(ExceptionRequest request, Seq<DecisionRecord> records) {
    requireNonNull(records, "records");
    Either<Rejection, ReviewPlan> routed = route(request, request.submittedAt(), false);
    Seq<ApprovalRule> rules = routed.isRight() ? policy.allRules()
        : policy.allRules().remove(ApprovalRules.onlyOpenCasesAreDecided);
    ReviewCase submitted = ReviewCase.submit(request);
    ReviewCase reviewCase = routed.toOption().flatMap(plan -> submitted.apply(new CaseEvent.Routed(plan)).toOption())
        .getOrElse(submitted);
    List<Audit.Audited> audited = List.empty();
    Option<RequestClosure> closure = ledger.snapshot.closure(request.id());
    for (DecisionRecord record : records.sorted(Comparator.comparing(DecisionRecord::decidedAt).thenComparing(r -> r.id().value()))) {
      if (closure.exists(c -> c.at().isBefore(record.decidedAt()))) {
        reviewCase = reviewCase.apply(closing(closure.get())).getOrElse(reviewCase);
        closure = Option.none();
      }
      DecisionAttempt attempt = new DecisionAttempt(record.id(), record.decider(), record.verdict(),
          record.rationale(), record.conditions(), record.decidedAt());
      ApprovalFacts facts = facts(reviewCase, attempt, record.right());
      audited = audited.append(new Audit.Audited(record, rules.flatMap(rule -> rule.check(facts))));
      reviewCase = reviewCase.apply(facts.event(record)).getOrElse(reviewCase);
    }
    return new Audit(request, routed.swap().toOption(), audited);
  }

  private static CaseEvent closing(RequestClosure closure) {
    return closure.by().<CaseEvent>map(by -> new CaseEvent.Withdrawn(by, closure.at()))
        .getOrElse(() -> new CaseEvent.Expired(closure.at()));
  }

  private ApprovalFacts facts(ReviewCase reviewCase, DecisionAttempt attempt, Option<DecisionRightId> cited) {
    RequestFacts facts = facts(reviewCase.request());
    Instant at = attempt.at();
    Accountability accountability = resolve(facts, facts.total(), at);
    PersonId reviewer = attempt.reviewer();
    Seating.Seat seat = Seating.Seat.of(ledger.decides(reviewer, accountability));
    if (reviewCase.state() instanceof CaseState.InReview review) {
      Seating seating = new Seating(review.plan(), review.approvals(), ledger, type ->
          type.equals(facts.request().decisionType()) ? accountability : resolve(facts, type, facts.total(), at));
      seat = attempt.verdict().isApproval() ? seating.approval(reviewer) : Seating.Seat.of(seating.anywhere(reviewer));
    }
    Option<Standing> alone = seat.standing().isEmpty() && facts.isAggregated()
        ? ledger.decides(reviewer, resolve(facts, facts.request().amount(), at)) : Option.none();
    ExceptionRequest request = facts.request();
    Seq<DecisionType> types = reviewCase.plan().fold(() -> List.of(request.decisionType()),
        plan -> plan.levels().map(PlannedLevel::decisionType).prepend(request.decisionType()));
    Seq<Conversion> inBands = inBands(request, types, facts.total());
    Seq<Violation> uncounted = Routing.related(facts, policy.exchangeRates().isDefined())
        .appendAll(Routing.bands(inBands));
    return new ApprovalFacts(attempt, cited, reviewCase, facts, accountability, seat, alone, policy, ledger,
        facts.conversions().values().toList().appendAll(inBands), uncounted);
  }
}
