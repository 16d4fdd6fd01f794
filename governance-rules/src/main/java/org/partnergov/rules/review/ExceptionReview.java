package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.decision.Decider;
import org.partnergov.rules.decision.DecisionIndex;

/**
 * Exception review over one ecosystem: {@link #route} gives a request its review plan, {@link
 * #decide} accepts or rejects one reviewer's verdict on a case. Built once by {@link #of} from a
 * snapshot and a policy; the snapshot's matrix is compiled into a {@link DecisionIndex}, and its
 * requests, decision records, activity records and conflicts are indexed, so neither function
 * scans the whole ecosystem. Time comes in as a parameter; nothing is read from a clock.
 *
 * <p>The snapshot is the context of every request: its other requests and their decision records
 * give the related requests whose amounts add up (SOD-08) and the totals already approved
 * (SOD-09). A request need not be part of the snapshot itself.
 *
 * <p>An approval is checked against every rule below and rejected with all it breaks:
 * SOD-01 (the requester approves), SOD-02 (an amender approves), SOD-03 (the approver holds no
 * Decide right in force for the request's type, scope and total at decision time; a delegate
 * holds it through a delegation in force, and the delegator keeps it), SOD-04 (the same principal
 * approves twice on the four-eyes lane), SOD-05 (the relationship owner or a person with a
 * declared conflict approves), SOD-07 (the delegation acted by has no end, exceeds the delegator's
 * own band or hands on a delegated right), SOD-08 (the approver would hold Decide for the request
 * alone but not for the total with its related requests), SOD-09 (the approval takes an approved
 * total over a cap), SOD-10 (a suspended or terminated partner or a frozen program), SOD-11 (the
 * case is not in review, or the attempt is dated before the case's last event), SOD-13 (a
 * readiness claim without performance or customer-impact evidence recorded other than by the
 * partner itself), REV-01 (no rationale), REV-02 (conditions that do not fit the verdict), REV-05
 * (an unknown reviewer). A rejection or request for information needs the reviewer to hold
 * Decide or to review a step of the plan (SOD-03), besides REV-01, REV-02, REV-05 and SOD-11.
 */
public final class ExceptionReview {

  private final EcosystemSnapshot snapshot;
  private final ReviewPolicy policy;
  private final DecisionIndex index;
  private final Map<DecisionType, Seq<ReviewPath>> paths;
  private final Map<ActivityRecordId, ActivityRecord> activities;
  private final Map<Tuple2<DecisionType, PartnerId>, Seq<ExceptionRequest>> requests;
  private final Set<RequestId> rejected;
  private final Seq<ExceptionRequest> approved;
  private final Set<Tuple2<PersonId, PartnerId>> conflicts;
  private final Map<DecisionRightId, DecisionRight> rights;
  private final Map<DelegationId, Delegation> delegations;
  private final Set<Tuple2<DecisionType, PersonId>> delegates;

  private ExceptionReview(EcosystemSnapshot snapshot, ReviewPolicy policy) {
    this.snapshot = snapshot;
    this.policy = policy;
    var parts = snapshot.parts();
    this.index = DecisionIndex.of(parts.matrix());
    this.paths = parts.reviewPaths().groupBy(ReviewPath::decisionType).mapValues(List::ofAll);
    this.activities = HashMap.ofEntries(parts.activities().map(a -> Tuple.of(a.id(), a)));
    this.requests = parts.requests().groupBy(r -> Tuple.of(r.decisionType(), r.partner())).mapValues(List::ofAll);
    this.rejected = parts.decisionRecords().filter(d -> d.verdict() == Verdict.REJECT)
        .map(DecisionRecord::request).toSet();
    Set<RequestId> approvedIds = parts.decisionRecords().filter(d -> d.verdict().isApproval())
        .map(DecisionRecord::request).toSet();
    this.approved = parts.requests().filter(r -> approvedIds.contains(r.id()));
    this.conflicts = parts.conflicts().map(c -> Tuple.of(c.person(), c.partner())).toSet();
    this.rights = HashMap.ofEntries(parts.matrix().rights().map(r -> Tuple.of(r.id(), r)));
    this.delegations = HashMap.ofEntries(parts.matrix().delegations().map(d -> Tuple.of(d.id(), d)));
    this.delegates = parts.matrix().delegations().map(d -> Tuple.of(d.decisionType(), d.delegate())).toSet();
  }

  /**
   * Exception review over the snapshot under the policy.
   *
   * @param snapshot the ecosystem: people, partners, programs, conflicts, the decision-rights
   *     matrix, review paths, activity records, requests and decision records
   * @param policy criteria checks, caps, frozen programs, the aggregation window
   * @return the review, ready to route and decide any number of requests
   */
  public static ExceptionReview of(EcosystemSnapshot snapshot, ReviewPolicy policy) {
    return new ExceptionReview(requireNonNull(snapshot, "snapshot"), requireNonNull(policy, "policy"));
  }

  /** The policy the review applies. */
  public ReviewPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------- facts

  /**
   * What criteria and rules see of the request: its partner, program, cited records, and the total
   * of the request with the related requests of the snapshot (SOD-08): same decision type,
   * partner, program and currency, submitted within the policy's window before or after it, not
   * rejected.
   */
  public RequestFacts facts(ExceptionRequest request) {
    requireNonNull(request, "request");
    Seq<ActivityRecordId> cited = request.cited();
    Seq<ExceptionRequest> related = request.amount().fold(List::empty, own -> requests
        .get(Tuple.of(request.decisionType(), request.partner())).getOrElse(List.empty())
        .filter(r -> !r.id().equals(request.id()) && r.program().equals(request.program())
            && !rejected.contains(r.id())
            && r.amount().exists(a -> a.currency().equals(own.currency()))
            && within(r.submittedAt(), request.submittedAt(), policy.aggregationWindow())));
    Option<Money> total = request.amount().map(own -> related.foldLeft(own,
        (sum, r) -> new Money(sum.amount().add(r.amount().get().amount()), own.currency())));
    return new RequestFacts(request, snapshot.partner(request.partner()),
        request.program().flatMap(snapshot::program), cited.flatMap(activities::get),
        cited.filter(id -> !activities.containsKey(id)), total, related.map(ExceptionRequest::id).sorted());
  }

  private static boolean within(Instant other, Instant own, Duration window) {
    return !other.isBefore(own.minus(window)) && !other.isAfter(own.plus(window));
  }

  private DecisionContext context(RequestFacts facts, Option<Money> amount) {
    ExceptionRequest request = facts.request();
    DecisionContext context = new DecisionContext(request.decisionType(), request.program(), request.region(),
        facts.partner().map(Partner::tier), facts.partner().map(Partner::type), amount);
    return context;
  }

  /**
   * Who is accountable for the request at the instant: its decision resolved against the matrix,
   * with the partner's tier and type and the request's total (SOD-08) as the amount.
   */
  public Accountability accountability(ExceptionRequest request, Instant at) {
    requireNonNull(at, "at");
    RequestFacts facts = facts(request);
    return index.resolve(context(facts, facts.total()), at);
  }

  // ---------------------------------------------------------------- route

  /**
   * The review plan of the request, or why it cannot be planned: its decision type has no review
   * path or several ({@code REV-03}), its amount is in another currency than the path's
   * thresholds ({@code REV-04}), or the routing time is before its submission ({@code SOD-11}).
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
    requireNonNull(request, "request");
    requireNonNull(at, "at");
    RequestFacts facts = facts(request);
    Seq<ReviewPath> candidates = paths.get(request.decisionType()).getOrElse(List.empty());
    List<Violation> violations = List.empty();
    if (candidates.size() != 1) {
      violations = violations.append(new Violation(ReviewCode.NO_REVIEW_PATH, candidates.isEmpty()
          ? "no review path is defined for " + request.decisionType() + " decisions"
          : "review paths " + candidates.map(p -> p.id().toString()).sorted().mkString(" and ")
              + " both review " + request.decisionType() + " decisions"));
    }
    if (at.isBefore(request.submittedAt())) {
      violations = violations.append(new Violation(ReviewCode.CASE_NOT_OPEN,
          "the request cannot be routed at " + at + ", before its submission at " + request.submittedAt()));
    }
    for (ReviewPath path : candidates.size() == 1 ? candidates : List.<ReviewPath>empty()) {
      for (Money total : facts.total()) {
        Seq<Money> thresholds = path.fastPath().map(f -> f.threshold()).toList().appendAll(path.fourEyesThreshold());
        for (Money t : thresholds.filter(t -> !t.currency().equals(total.currency())).headOption()) {
          violations = violations.append(new Violation(ReviewCode.CURRENCY_MISMATCH, "the request is in "
              + total.currency() + " but review path " + path.id() + " sets its thresholds in " + t.currency()));
        }
      }
    }
    if (!violations.isEmpty()) {
      return Either.left(new Rejection(violations));
    }
    return Either.right(plan(facts, candidates.head(), at));
  }

  /**
   * The case routed: its current request planned and a routed event added; or why not, including
   * a case that is not awaiting routing ({@code SOD-11}).
   */
  public Either<Rejection, ReviewCase> route(ReviewCase reviewCase, Instant at) {
    requireNonNull(reviewCase, "reviewCase");
    if (!(reviewCase.state() instanceof CaseState.AwaitingRouting)) {
      return Either.left(new Rejection(List.of(new Violation(ReviewCode.CASE_NOT_OPEN,
          "the case is " + reviewCase.state().describe() + ", not awaiting routing"))));
    }
    if (at.isBefore(reviewCase.lastEventAt())) {
      return Either.left(new Rejection(List.of(new Violation(ReviewCode.CASE_NOT_OPEN,
          "the routing at " + at + " is before the case's last event at " + reviewCase.lastEventAt()))));
    }
    return route(reviewCase.request(), at).flatMap(plan -> reviewCase.apply(new CaseEvent.Routed(plan))
        .mapLeft(refused -> new Rejection(List.of(new Violation(ReviewCode.CASE_NOT_OPEN, refused.reason())))));
  }

  private ReviewPlan plan(RequestFacts facts, ReviewPath path, Instant at) {
    Option<Money> total = facts.total();
    Option<Money> own = facts.request().amount();
    boolean fourEyes = total.exists(t -> path.needsFourEyes(t).getOrElse(false));
    boolean fourEyesAlone = own.exists(a -> path.needsFourEyes(a).getOrElse(false));
    Seq<CriterionResult> fast = path.fastPath().fold(List::empty,
        f -> f.criteria().map(c -> criterion(c.code()).evaluate(c, facts)));
    boolean underFast = path.fastPath().exists(f -> total.forAll(t -> f.admits(t).getOrElse(false)));
    boolean underFastAlone = path.fastPath().exists(f -> own.forAll(a -> f.admits(a).getOrElse(false)));
    boolean fastPath = !fourEyes && underFast && fast.forAll(CriterionResult::met);
    Lane lane = fourEyes ? Lane.FOUR_EYES : fastPath ? Lane.FAST_PATH : Lane.STANDARD;
    Seq<ReviewStep> steps = lane == Lane.FAST_PATH ? path.steps().take(1) : path.steps();
    List<PlannedStep> planned = List.empty();
    Instant due = at;
    for (ReviewStep step : steps) {
      due = due.plus(step.timeLimit());
      planned = planned.append(new PlannedStep(step.reviewer(),
          step.criteria().map(c -> criterion(c.code()).evaluate(c, facts)), due));
    }
    Accountability accountability = index.resolve(context(facts, total), at);
    List<ReviewCode> codes = List.empty();
    if (fourEyes) {
      codes = codes.append(ReviewCode.FOUR_EYES);
    }
    boolean split = (fourEyes && !fourEyesAlone) || (!underFast && underFastAlone && path.fastPath().isDefined());
    if (split && facts.isAggregated()) {
      codes = codes.append(ReviewCode.SPLIT_REQUEST);
    }
    ReviewPlan draft = new ReviewPlan(facts.request().id(), path.id(), lane, planned, fast, total,
        facts.related(), fourEyes ? 2 : 1, accountability, at, codes, "-");
    return new ReviewPlan(draft.request(), draft.path(), lane, planned, fast, total, facts.related(),
        draft.requiredApprovals(), accountability, at, codes, new Explaining(snapshot).plan(draft, path, facts));
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
   * The rules are listed on the class.
   *
   * @param reviewCase the case as it stands
   * @param attempt the verdict, its rationale and when it is given
   * @return the decision, or the rejection of the attempt
   */
  public Either<Rejection, AcceptedDecision> decide(ReviewCase reviewCase, DecisionAttempt attempt) {
    requireNonNull(reviewCase, "reviewCase");
    requireNonNull(attempt, "attempt");
    ExceptionRequest request = reviewCase.request();
    RequestFacts facts = facts(request);
    Explaining say = new Explaining(snapshot);
    String who = say.person(attempt.reviewer());
    List<Violation> violations = List.empty();

    Option<CaseState.InReview> review = reviewCase.state() instanceof CaseState.InReview r ? Option.some(r) : Option.none();
    if (review.isEmpty()) {
      violations = violations.append(new Violation(ReviewCode.CASE_NOT_OPEN,
          "the case is " + reviewCase.state().describe() + ", not in review"));
    }
    if (attempt.at().isBefore(reviewCase.lastEventAt())) {
      violations = violations.append(new Violation(ReviewCode.CASE_NOT_OPEN, "the decision is dated "
          + attempt.at() + ", before " + (attempt.at().isBefore(request.submittedAt())
              ? "the request was submitted at " + request.submittedAt()
              : "the case's last event at " + reviewCase.lastEventAt())));
    }
    if (attempt.rationale().isEmpty()) {
      violations = violations.append(new Violation(ReviewCode.RATIONALE_MISSING,
          who + " gave no rationale; every verdict needs one"));
    }
    boolean conditional = attempt.verdict() == Verdict.APPROVE_WITH_CONDITIONS;
    if (conditional == attempt.conditions().isEmpty()) {
      violations = violations.append(new Violation(ReviewCode.CONDITIONS_MISMATCH, conditional
          ? "an approval with conditions must name its conditions"
          : "only an approval with conditions has conditions, the verdict is " + say.verdict(attempt.verdict())));
    }
    Option<Person> reviewer = snapshot.person(attempt.reviewer());
    if (reviewer.isEmpty()) {
      violations = violations.append(new Violation(ReviewCode.UNKNOWN_REVIEWER,
          "the reviewer " + attempt.reviewer() + " is not a person the ecosystem knows"));
    }
    Accountability accountability = index.resolve(context(facts, facts.total()), attempt.at());
    Option<Authority> authority = authority(attempt.reviewer(), accountability);
    if (attempt.verdict().isApproval()) {
      violations = violations.appendAll(approvalViolations(reviewCase, attempt, facts, accountability, authority, review, say));
    } else if (authority.isEmpty() && review.exists(r -> !onPlan(attempt.reviewer(), r.plan()))) {
      violations = violations.append(new Violation(ReviewCode.NO_DECIDE_RIGHT, who
          + " neither holds Decide over this request nor reviews a step of its plan; "
          + say.decider(accountability)));
    }
    if (!violations.isEmpty()) {
      return Either.left(new Rejection(violations));
    }
    DecisionRecord record = record(reviewCase, attempt, authority, review.get().plan());
    CaseEvent event = switch (attempt.verdict()) {
      case APPROVE, APPROVE_WITH_CONDITIONS -> new CaseEvent.Approved(record, authority.get().principal());
      case REJECT -> new CaseEvent.Rejected(record);
      case REQUEST_INFORMATION -> new CaseEvent.InformationRequested(record);
    };
    return reviewCase.apply(event)
        .mapLeft(refused -> new Rejection(List.of(new Violation(ReviewCode.CASE_NOT_OPEN, refused.reason()))))
        .map(after -> new AcceptedDecision(after, record, event, say.decision(after, record, facts)));
  }

  private Seq<Violation> approvalViolations(ReviewCase reviewCase, DecisionAttempt attempt, RequestFacts facts,
      Accountability accountability, Option<Authority> authority, Option<CaseState.InReview> review,
      Explaining say) {
    ExceptionRequest request = facts.request();
    PersonId reviewer = attempt.reviewer();
    String who = say.person(reviewer);
    List<Violation> violations = List.empty();
    if (reviewer.equals(request.requester())) {
      violations = violations.append(new Violation(ReviewCode.SELF_APPROVAL,
          who + " requested this " + say.type(request) + " and cannot approve it"));
    }
    if (reviewCase.amenders().contains(reviewer)) {
      violations = violations.append(new Violation(ReviewCode.AMENDER_APPROVES,
          who + " amended the request after submission and cannot approve it"));
    }
    if (authority.isEmpty()) {
      Option<Money> own = request.amount();
      boolean alone = facts.isAggregated()
          && authority(reviewer, index.resolve(context(facts, own), attempt.at())).isDefined();
      violations = violations.append(alone
          ? new Violation(ReviewCode.SPLIT_REQUEST, who + " may decide " + say.money(own) + " alone, but with the related "
              + "requests " + facts.related().mkString(", ") + " the total is " + say.money(facts.total()) + "; "
              + say.decider(accountability))
          : new Violation(ReviewCode.NO_DECIDE_RIGHT, who + " holds no Decide right in force over "
              + say.subject(facts) + " at " + attempt.at() + "; " + say.decider(accountability)));
    }
    for (Partner partner : facts.partner()) {
      if (partner.relationshipOwner().equals(reviewer)) {
        violations = violations.append(new Violation(ReviewCode.RELATIONSHIP_APPROVAL,
            who + " owns the relationship with " + partner.name()));
      }
      if (partner.status() == PartnerStatus.SUSPENDED || partner.status() == PartnerStatus.TERMINATED) {
        violations = violations.append(new Violation(ReviewCode.PROHIBITED,
            partner.name() + " is " + partner.status().name().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    if (conflicts.contains(Tuple.of(reviewer, request.partner()))) {
      violations = violations.append(new Violation(ReviewCode.RELATIONSHIP_APPROVAL,
          who + " declared a conflict of interest with " + facts.partnerName()));
    }
    for (var program : request.program().filter(policy.frozenPrograms()::contains)) {
      violations = violations.append(new Violation(ReviewCode.PROHIBITED,
          "program " + say.program(program) + " is frozen"));
    }
    for (Authority a : authority) {
      for (DelegationId via : a.via()) {
        violations = violations.appendAll(unbounded(delegations.get(via).get(), rights.get(a.right()).get(), say));
      }
    }
    for (CaseState.InReview r : review) {
      for (CaseEvent.Approved earlier : r.approvals()) {
        if (authority.exists(a -> a.principal().equals(earlier.principal())) || earlier.record().decider().equals(reviewer)) {
          violations = violations.append(new Violation(ReviewCode.FOUR_EYES, say.person(earlier.record().decider())
              + " already approved" + (earlier.record().decider().equals(reviewer) ? "" : " for the same principal, "
              + say.person(earlier.principal())) + "; a second, distinct approver is required"));
        }
      }
    }
    violations = violations.appendAll(caps(request, say));
    if (request instanceof ReadinessClaim) {
      violations = violations.appendAll(readinessEvidence(facts, say));
    }
    return violations;
  }

  /** SOD-07: the delegation acted by has no end, exceeds the delegator's band, or hands on a delegated right. */
  private Seq<Violation> unbounded(Delegation delegation, DecisionRight right, Explaining say) {
    List<Violation> out = List.empty();
    String d = "delegation " + delegation.id() + " from " + say.person(delegation.delegator());
    if (delegation.scope().validity().isOpenEnded()) {
      out = out.append(new Violation(ReviewCode.UNBOUNDED_DELEGATION, d + " has no end"));
    }
    for (Money upper : right.scope().amountBand().flatMap(b -> b.upper())) {
      if (delegation.limit().forAll(l -> l.isAtLeast(upper).getOrElse(true))) {
        out = out.append(new Violation(ReviewCode.UNBOUNDED_DELEGATION, d + " allows "
            + delegation.limit().map(l -> "up to " + l).getOrElse("any amount") + ", more than right "
            + right.id() + " lets the delegator decide (below " + upper + ")"));
      }
    }
    if (delegates.contains(Tuple.of(delegation.decisionType(), delegation.delegator()))) {
      out = out.append(new Violation(ReviewCode.UNBOUNDED_DELEGATION, d + " hands on a right "
          + say.person(delegation.delegator()) + " holds by delegation"));
    }
    return out;
  }

  /** SOD-09: the approval would take the approved total of the program or the partner over its cap. */
  private Seq<Violation> caps(ExceptionRequest request, Explaining say) {
    if (request.amount().isEmpty()) {
      return List.empty();
    }
    Money own = request.amount().get();
    List<Violation> out = List.empty();
    for (var program : request.program()) {
      for (Money cap : policy.programCaps().get(program)) {
        out = out.appendAll(cap(own, cap, approved.filter(r -> r.program().contains(program) && !r.id().equals(request.id())),
            "program " + say.program(program), say));
      }
    }
    for (Money cap : policy.partnerCaps().get(request.partner())) {
      out = out.appendAll(cap(own, cap, approved.filter(r -> r.partner().equals(request.partner()) && !r.id().equals(request.id())),
          say.partner(request.partner()), say));
    }
    return out;
  }

  private static Seq<Violation> cap(Money own, Money cap, Seq<ExceptionRequest> approvedBefore, String whose, Explaining say) {
    if (!cap.currency().equals(own.currency())) {
      return List.of(new Violation(ReviewCode.CURRENCY_MISMATCH,
          "the request is in " + own.currency() + " but the fund cap of " + whose + " is " + cap));
    }
    java.math.BigDecimal sum = approvedBefore.flatMap(ExceptionRequest::amount)
        .filter(a -> a.currency().equals(own.currency()))
        .foldLeft(own.amount(), (s, a) -> s.add(a.amount()));
    return sum.compareTo(cap.amount()) > 0
        ? List.of(new Violation(ReviewCode.FUND_CAP_EXCEEDED, "approving " + own + " takes the approved total of "
            + whose + " to " + new Money(sum, own.currency()) + ", over its cap of " + cap))
        : List.empty();
  }

  /** SOD-13: a readiness claim needs performance or customer-impact evidence the partner did not only report itself. */
  private Seq<Violation> readinessEvidence(RequestFacts facts, Explaining say) {
    Seq<ActivityRecord> own = facts.cited().filter(r -> r.partner().equals(facts.request().partner()));
    Seq<ActivityRecord> value = own.filter(r -> policy.evidenceClass().apply(r).exists(EvidenceClass::countsAsValue));
    if (value.exists(r -> r.provenance() != Provenance.SELF_REPORTED)) {
      return List.empty();
    }
    String why = own.isEmpty() ? "cites no activity record of " + facts.partnerName()
        : value.isEmpty() ? "cites only enablement or unclassified activity (" + ids(own) + ")"
        : "cites performance evidence only " + facts.partnerName() + " reported itself (" + ids(value) + ")";
    return List.of(new Violation(ReviewCode.READINESS_WITHOUT_EVIDENCE, "the readiness claim " + why
        + "; it needs qualifying performance or customer-impact evidence recorded by someone else"));
  }

  private static String ids(Seq<ActivityRecord> records) {
    return records.map(r -> r.id().toString()).mkString(", ");
  }

  // ---------------------------------------------------------------- authority

  /** Under which right, and for which principal, the person decides; none when they do not. */
  record Authority(DecisionRightId right, Option<DelegationId> via, PersonId principal) {}

  private Option<Authority> authority(PersonId person, Accountability accountability) {
    if (!(accountability.decider() instanceof Decider.Decided decided)) {
      return Option.none();
    }
    Holder rightHolder = rights.get(decided.right()).map(DecisionRight::holder).getOrElse(decided.holder());
    if (decided.via().isDefined() && decided.holder().equals(Holder.person(person))) {
      PersonId delegator = ((Holder.NamedPerson) rightHolder).person();
      return Option.some(new Authority(decided.right(), decided.via(), delegator));
    }
    return holds(person, rightHolder) ? Option.some(new Authority(decided.right(), Option.none(), person)) : Option.none();
  }

  private boolean holds(PersonId person, Holder holder) {
    return holder.fold(p -> p.person().equals(person),
        r -> snapshot.person(person).exists(x -> x.holds(r.role())),
        t -> snapshot.person(person).exists(x -> x.affiliation().equals(Affiliation.internal(t.orgUnit()))));
  }

  private boolean onPlan(PersonId person, ReviewPlan plan) {
    return plan.steps().exists(s -> holds(person, s.reviewer()));
  }

  private DecisionRecord record(ReviewCase reviewCase, DecisionAttempt attempt, Option<Authority> authority, ReviewPlan plan) {
    ExceptionRequest request = reviewCase.request();
    return DecisionRecord.builder().id(attempt.id()).request(request.id()).decisionType(request.decisionType())
        .decider(attempt.reviewer()).verdict(attempt.verdict()).decidedAt(attempt.at())
        .right(authority.map(Authority::right)).delegation(authority.flatMap(Authority::via))
        .rationale(attempt.rationale()).conditions(attempt.conditions())
        .criteriaResults(plan.criteriaResults()).evidence(request.cited()).reviewPath(Option.some(plan.path()))
        .build();
  }
}
