package org.partnergov.testkit;

import static java.util.Objects.requireNonNull;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.ExchangeRates;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.ConflictOfInterest;
import org.partnergov.model.party.Enrollment;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PartnerRole;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Role;
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FastPath;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.TierChange;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.partnergov.rules.review.CaseEvent;
import org.partnergov.rules.review.CaseState;
import org.partnergov.rules.review.DecisionAttempt;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.Rejection;
import org.partnergov.rules.review.ReviewCode;
import org.partnergov.rules.review.ReviewPlan;
import org.partnergov.rules.review.Lane;
import org.partnergov.rules.review.ReviewCase;
import org.partnergov.rules.review.ReviewPolicy;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of whole exception-review scenarios: a small consistent ecosystem, a policy, a case
 * routed through {@link ExceptionReview#route(ReviewCase, Instant)} and one reviewer's {@link
 * DecisionAttempt} on it, ready for {@link ExceptionReview#decide}. Host teams use them to test
 * their own criteria, policies and wrappers around exception review against the separation-of-duties
 * rules.
 *
 * <p>The ecosystem is small on purpose, so that people meet: two org units (Finance and the Partner
 * Office), six internal persons ({@code person-1..6}; {@code person-1}, {@code person-2} and
 * {@code person-6} hold the role {@link #APPROVER}, {@code person-4} and {@code person-5} the role
 * {@link #MANAGER}) and one person of {@code partner-1}'s staff ({@code person-7}); three partners
 * whose relationship owners come from the same six persons, two programs, and sometimes declared
 * conflicts of interest. The matrix gives Decide over {@link DecisionType#FUND_ALLOCATION},
 * {@link DecisionType#READINESS_CLAIM} or {@link DecisionType#TIER_CHANGE} to a named person, the
 * role {@link #APPROVER} or the team
 * Finance, sometimes in two amount bands that meet at 5,000, 10,000 or 50,000 EUR, sometimes to two
 * holders at once (no decider), with rights in force, just expired or just begun at {@link
 * #DECIDED}, or revoked exactly then. Delegations of a named decider are in force, just expired,
 * not yet begun, open-ended or revoked, limited at band limits and thresholds or not at all, and
 * sometimes handed on or received from someone else.
 *
 * <p>The request is a fund request (amounts exactly at, a cent below and a cent above
 * {@link ReviewGenerators#FAST_PATH_THRESHOLD} and {@link ReviewGenerators#FOUR_EYES_THRESHOLD},
 * or far from both), a readiness claim citing enablement, performance and customer-impact records
 * that were self-reported, system-recorded or customer-confirmed, or a tier change citing the same
 * records (decided like a readiness claim, without money at stake, under the same rules). Related requests of the same
 * partner and program lie exactly at the edges of the 30-day aggregation window or just outside,
 * with amounts that bring the total exactly to, a cent below or a cent above a threshold; some of
 * them were approved or rejected before, and a few are in USD. The policy gives exchange rates
 * between USD and EUR (at 1, 0.92 or 1.0837 for a dollar, and back) whenever a related request is
 * in USD, so that every generated case can be routed, and sometimes otherwise; it sometimes caps
 * the program or the partner at exactly what an approval would reach (related USD amounts counted
 * at the rate), a cent more or a cent less, or at that number of USD, and sometimes freezes the
 * program. The case is sometimes amended (before routing, or after a first approval, which voids
 * it), sometimes already approved once on the four-eyes lane, and sometimes not open for a
 * decision at all; a case whose plan the generated matrix cannot staff (REV-06) is routed as if
 * the matrix had given Decide and Agree to two people free to approve it, and is then decided under
 * the generated matrix, as after a change of rights. The attempt's reviewer is drawn on purpose as one of the {@link Reviewer}
 * kinds, every verdict occurs, the rationale is sometimes missing, conditions sometimes do not fit
 * the verdict, and the decision time is sometimes before the case's last event or its submission.
 *
 * <p>Every random choice comes from QuickTheories, so failures reproduce from their seed.
 */
public final class ReviewScenarios {

  /** When requests under review are submitted: two days before {@link #DECIDED}. */
  public static final Instant SUBMITTED = MoneyGenerators.REFERENCE.minus(Duration.ofDays(2));

  /** When cases are first routed: an hour after {@link #SUBMITTED}. */
  public static final Instant ROUTED = SUBMITTED.plus(Duration.ofHours(1));

  /**
   * When most attempts are dated: {@link MoneyGenerators#REFERENCE}, where generated rights and
   * delegations expire, begin or are revoked.
   */
  public static final Instant DECIDED = MoneyGenerators.REFERENCE;

  /** The aggregation window of every generated policy. */
  public static final Duration WINDOW = Duration.ofDays(30);

  /** The role that may hold Decide rights. */
  public static final Role APPROVER = Role.of("fund-approver");

  /** The role that reviews the first step of the fund review path. */
  public static final Role MANAGER = Role.of("partner-manager");

  /** The Finance org unit, whose team may hold Decide rights and reviews the second step. */
  public static final OrgUnitId FINANCE = new OrgUnitId("finance");

  /** The Partner Office org unit. */
  public static final OrgUnitId PARTNER_OFFICE = new OrgUnitId("partner-office");

  /** The program most requests belong to. */
  public static final ProgramId PROGRAM = new ProgramId("program-1");

  /** A second program, of {@code partner-3}. */
  public static final ProgramId OTHER_PROGRAM = new ProgramId("program-2");

  /** A reviewer the ecosystem does not know. */
  public static final PersonId STRANGER = new PersonId("person-99");

  /** The id of the request every scenario decides. */
  public static final RequestId REQUEST = new RequestId("request-1");

  private static final List<PersonId> INTERNAL = List.rangeClosed(1, 6).map(i -> new PersonId("person-" + i));
  private static final PersonId STAFF = new PersonId("person-7");
  private static final List<PersonId> EVERYONE = INTERNAL.append(STAFF);
  private static final List<PartnerId> PARTNERS = List.rangeClosed(1, 3).map(i -> new PartnerId("partner-" + i));
  private static final Money EUR_0 = eur("0");
  private static final ActivityKind UNCLASSIFIED = ActivityKind.of("PARTNER_NEWSLETTER_SENT");

  private ReviewScenarios() {}

  /** Whom the generator meant the attempt's reviewer to be. */
  public enum Reviewer {
    /** The requester of the request under review (SOD-01). */
    REQUESTER,
    /** The relationship owner of the request's partner (SOD-05). */
    RELATIONSHIP_OWNER,
    /** A person with a declared conflict of interest with the request's partner (SOD-05). */
    CONFLICTED,
    /** A person who amended the request after its submission (SOD-02). */
    AMENDER,
    /** The delegate of a delegation by the named decider (SOD-03, SOD-04, SOD-07). */
    DELEGATE,
    /** The named decider who delegated (SOD-04). */
    DELEGATOR,
    /** A person holding a Decide right of the request's type, by name, role or team. */
    DECIDER,
    /** The person who approved the case already, on the four-eyes lane (SOD-04). */
    EARLIER_APPROVER,
    /** Any person of the ecosystem. */
    ANY_PERSON,
    /** A person the ecosystem does not know (REV-05). */
    STRANGER
  }

  /**
   * One generated scenario.
   *
   * @param snapshot the ecosystem, holding the request's related requests and their decision records
   * @param policy the review policy, with the scenario's caps and frozen programs
   * @param reviewCase the case of {@link #REQUEST} as it stands, usually routed and in review
   * @param attempt the verdict to decide on it
   * @param drawnAs whom the reviewer was drawn as; {@link Reviewer#ANY_PERSON} when the kind drawn
   *     had nobody in the scenario
   */
  public record Scenario(EcosystemSnapshot snapshot, ReviewPolicy policy, ReviewCase reviewCase,
      DecisionAttempt attempt, Reviewer drawnAs) {

    /**
     * Throws on a missing part.
     *
     * @param snapshot the ecosystem, holding the request's related requests and their decision
     *     records
     * @param policy the review policy, with the scenario's caps and frozen programs
     * @param reviewCase the case of {@link #REQUEST} as it stands, usually routed and in review
     * @param attempt the verdict to decide on it
     * @param drawnAs whom the reviewer was drawn as; {@link Reviewer#ANY_PERSON} when the kind drawn
     *     had nobody in the scenario
     * @throws NullPointerException if a part is null
     */
    public Scenario {
      requireNonNull(snapshot, "snapshot");
      requireNonNull(policy, "policy");
      requireNonNull(reviewCase, "reviewCase");
      requireNonNull(attempt, "attempt");
      requireNonNull(drawnAs, "drawnAs");
    }

    /** {@return the exception review over the scenario's snapshot and policy} */
    public ExceptionReview review() {
      return ExceptionReview.of(snapshot, policy);
    }

    /**
     * Exception review as the case was routed with: the scenario's own, or, when the generated
     * matrix cannot staff the request's plan (REV-06), one over the snapshot with the request's type
     * decided by one person and agreed by another who may both approve it.
     *
     * @return the review the case was routed with
     */
    public ExceptionReview routingReview() {
      ExceptionReview own = review();
      Either<Rejection, ReviewPlan> routed = own.route(request(), ROUTED);
      return routed.isLeft() && routed.getLeft().codes().forAll(c -> c == ReviewCode.UNSTAFFED)
          ? ExceptionReview.of(staffed(snapshot, request()), policy) : own;
    }

    /** {@return the request as the case holds it now (amended, if it was)} */
    public ExceptionRequest request() {
      return reviewCase.request();
    }

    /**
     * {@return this scenario with another attempt} The snapshot, policy and case stay, and so does
     * {@link #drawnAs()}, whoever the new attempt's reviewer is.
     *
     * @param other the attempt to decide instead
     */
    public Scenario withAttempt(DecisionAttempt other) {
      return new Scenario(snapshot, policy, reviewCase, other, drawnAs);
    }
  }

  /** {@return scenarios with every kind of reviewer, as described on the class} */
  public static Gen<Scenario> scenarios() {
    return in -> build(new Draws(in), null, Focus.ANY);
  }

  /**
   * {@return scenarios whose reviewer is drawn as the given kind whenever the scenario has one}
   * Otherwise the reviewer is any person, and {@link Scenario#drawnAs()} says so.
   *
   * @param reviewer the kind of reviewer to draw
   */
  public static Gen<Scenario> scenarios(Reviewer reviewer) {
    requireNonNull(reviewer, "reviewer");
    return in -> build(new Draws(in), reviewer, Focus.ANY);
  }

  /** {@return scenarios about readiness claims only (SOD-13), with every kind of reviewer} */
  public static Gen<Scenario> readinessScenarios() {
    return in -> build(new Draws(in), null, Focus.READINESS);
  }

  /**
   * Scenarios about split fund requests (SOD-08): the request's amount is under a limit (the
   * four-eyes threshold, or the fast-path threshold) where the Decide rights change bands, and a
   * related request of the same partner and program inside the window brings the total exactly to
   * that limit, a cent below or a cent above. The reviewer is a decider more often than not.
   *
   * @return scenarios about fund requests split to stay under a limit
   */
  public static Gen<Scenario> splitScenarios() {
    return in -> build(new Draws(in), null, Focus.SPLIT);
  }

  /** What a generator concentrates on. */
  private enum Focus { ANY, READINESS, SPLIT }

  /**
   * {@return the review paths of every scenario: a fund path with a fast path and four eyes, a
   * one-step readiness path and a one-step tier change path}
   */
  public static Seq<ReviewPath> reviewPaths() {
    ReviewPath fund = ReviewPath.builder().id(new ReviewPathId("fund-path")).decisionType(DecisionType.FUND_ALLOCATION)
        .steps(List.of(
            ReviewStep.of(Holder.role(MANAGER), List.of(Criterion.of("EVIDENCE_CITED", "cites evidence")), Duration.ofDays(2)),
            ReviewStep.of(Holder.team(FINANCE), List.of(Criterion.of("PROGRAM_ENROLLED", "enrolled")), Duration.ofDays(3))))
        .fastPath(Option.some(FastPath.of(ReviewGenerators.FAST_PATH_THRESHOLD, List.of(
            Criterion.of("EVIDENCE_CITED", "cites evidence"), Criterion.of("PARTNER_ACTIVE", "partner active")))))
        .fourEyesThreshold(Option.some(ReviewGenerators.FOUR_EYES_THRESHOLD))
        .build();
    ReviewPath readiness = ReviewPath.builder().id(new ReviewPathId("readiness-path"))
        .decisionType(DecisionType.READINESS_CLAIM)
        .steps(List.of(ReviewStep.of(Holder.team(FINANCE), List.of(Criterion.of("EVIDENCE_CITED", "cites evidence")),
            Duration.ofDays(5))))
        .build();
    ReviewPath tierChange = ReviewPath.builder().id(new ReviewPathId("tier-path"))
        .decisionType(DecisionType.TIER_CHANGE)
        .steps(List.of(ReviewStep.of(Holder.team(FINANCE), List.of(Criterion.of("EVIDENCE_CITED", "cites evidence")),
            Duration.ofDays(5))))
        .build();
    return List.of(fund, readiness, tierChange);
  }

  // ---------------------------------------------------------------- the draws

  /** Draws small choices from QuickTheories' randomness. */
  private static final class Draws {
    private final RandomnessSource in;

    Draws(RandomnessSource in) {
      this.in = in;
    }

    /** A number from 0 to n - 1. */
    int below(int n) {
      return n <= 1 ? 0 : integers().between(0, n - 1).generate(in);
    }

    /** True {@code percent} times in a hundred. */
    boolean percent(int percent) {
      return below(100) < percent;
    }

    <T> T pick(Seq<T> values) {
      return values.get(below(values.size()));
    }

    /** One of the values, by their weights: {@code weighted(3, a, 1, b)}. */
    @SuppressWarnings("unchecked")
    <T> T weighted(Object... weightsAndValues) {
      int total = 0;
      for (int i = 0; i < weightsAndValues.length; i += 2) {
        total += (Integer) weightsAndValues[i];
      }
      int roll = below(total);
      for (int i = 0; i < weightsAndValues.length; i += 2) {
        roll -= (Integer) weightsAndValues[i];
        if (roll < 0) {
          return (T) weightsAndValues[i + 1];
        }
      }
      throw new IllegalStateException("unreachable");
    }
  }

  // ---------------------------------------------------------------- building a scenario

  private static Scenario build(Draws d, @Nullable Reviewer forced, Focus focus) {
    boolean split = focus == Focus.SPLIT;
    Reviewer wanted = forced != null ? forced : split && d.percent(60) ? Reviewer.DECIDER : d.weighted(2, Reviewer.REQUESTER, 2, Reviewer.RELATIONSHIP_OWNER,
        2, Reviewer.CONFLICTED, 2, Reviewer.AMENDER, 2, Reviewer.DELEGATE, 2, Reviewer.DELEGATOR, 6, Reviewer.DECIDER,
        2, Reviewer.EARLIER_APPROVER, 3, Reviewer.ANY_PERSON, 1, Reviewer.STRANGER);
    // a tier change is decided like a readiness claim: no money at stake, no related requests
    boolean readiness = focus == Focus.READINESS || !split && d.percent(20);
    boolean tierChange = readiness && focus != Focus.READINESS && d.percent(40);
    DecisionType type = tierChange ? DecisionType.TIER_CHANGE
        : readiness ? DecisionType.READINESS_CLAIM : DecisionType.FUND_ALLOCATION;

    // parties
    PartnerId partner = d.pick(PARTNERS);
    Seq<Partner> partners = PARTNERS.map(p -> Partner.builder().id(p).name("Partner " + p.value().substring(8))
        .type(PartnerType.SYSTEMS_INTEGRATOR).tier(Tier.of("gold"))
        .status(p.equals(partner) ? d.<PartnerStatus>weighted(85, PartnerStatus.ACTIVE, 7, PartnerStatus.SUSPENDED,
            3, PartnerStatus.TERMINATED, 5, PartnerStatus.ONBOARDING) : PartnerStatus.ACTIVE)
        .relationshipOwner(d.pick(INTERNAL)).build());
    PersonId owner = partners.find(p -> p.id().equals(partner)).get().relationshipOwner();
    List<ConflictOfInterest> conflicts = List.range(0, d.below(3)).map(i ->
        new ConflictOfInterest(d.pick(INTERNAL), d.pick(PARTNERS), "former employee")).distinct();
    if (wanted == Reviewer.CONFLICTED && conflicts.forAll(c -> !c.partner().equals(partner))) {
      conflicts = conflicts.append(new ConflictOfInterest(d.pick(INTERNAL), partner, "spouse works there"));
    }

    // the matrix
    Holder primary = d.percent(wanted == Reviewer.DELEGATE || wanted == Reviewer.DELEGATOR ? 100 : 45)
        ? Holder.person(d.pick(INTERNAL)) : d.percent(55) ? Holder.role(APPROVER) : Holder.team(FINANCE);
    Option<Money> bandLimit = split ? Option.some(d.weighted(7, ReviewGenerators.FOUR_EYES_THRESHOLD, 3, ReviewGenerators.FAST_PATH_THRESHOLD))
        : !readiness && d.percent(35) ? Option.some(d.pick(List.of(eur("5000"), eur("10000"), eur("50000")))) : Option.none();
    List<DecisionRight> rights = List.of(right("right-1", type, primary, rightValidity(d), d.percent(10)
        ? Option.some(d.pick(List.of(DECIDED, DECIDED.plusSeconds(1), DECIDED.minusSeconds(1)))) : Option.none(),
        bandLimit.map(l -> AmountBand.of(EUR_0, l))));
    for (Money limit : bandLimit) {
      Holder upper = d.percent(50) ? Holder.person(d.pick(INTERNAL)) : Holder.team(FINANCE);
      rights = rights.append(right("right-2", type, upper, Period.from(DECIDED.minus(Duration.ofDays(365))),
          Option.none(), Option.some(AmountBand.from(limit))));
    }
    if (d.percent(5)) {
      rights = rights.append(right("right-3", type, Holder.team(PARTNER_OFFICE), Period.from(DECIDED.minus(Duration.ofDays(90))),
          Option.none(), Option.none()));
    }
    DecisionType other = readiness ? DecisionType.FUND_ALLOCATION : DecisionType.READINESS_CLAIM;
    rights = rights.append(right("right-4", other, Holder.team(FINANCE), Period.from(DECIDED.minus(Duration.ofDays(365))),
        Option.none(), Option.none()));
    rights = rights.append(DecisionRight.builder().id(DecisionRightId.of("right-5")).decisionType(type)
        .holder(Holder.team(PARTNER_OFFICE)).role(RapidRole.AGREE).scope(Scope.any(Period.from(DECIDED.minus(Duration.ofDays(365)))))
        .build());
    List<Delegation> delegations = List.empty();
    Option<Delegation> delegation = Option.none();
    if (primary instanceof Holder.NamedPerson boss
        && (wanted == Reviewer.DELEGATE || wanted == Reviewer.DELEGATOR || d.percent(40))) {
      PersonId delegate = d.pick(INTERNAL.remove(boss.person()));
      Period box = d.weighted(45, Period.of(DECIDED.minus(Duration.ofDays(10)), DECIDED.plus(Duration.ofDays(10))),
          15, Period.of(DECIDED.minus(Duration.ofDays(10)), DECIDED), 15, Period.from(DECIDED.minus(Duration.ofDays(10))),
          5, Period.of(DECIDED.plusSeconds(1), DECIDED.plus(Duration.ofDays(10))));
      Option<Money> limit = readiness ? Option.none() : d.weighted(3, Option.<Money>none(),
          1, Option.some(eur("5000.00")), 1, Option.some(eur("9999.99")), 1, Option.some(eur("10000.00")),
          1, Option.some(eur("49999.99")), 1, Option.some(eur("50000.00")), 1, Option.some(eur("100000.00")));
      Delegation first = Delegation.builder().id(DelegationId.of("delegation-1")).decisionType(type)
          .delegator(boss.person()).delegate(delegate).scope(Scope.any(box)).limit(limit)
          .revokedAt(d.percent(15) ? Option.some(d.pick(List.of(DECIDED, DECIDED.plusSeconds(1)))) : Option.none())
          .build();
      delegation = Option.some(first);
      delegations = delegations.append(first);
      int handedOn = d.below(10);
      if (handedOn == 0) {
        delegations = delegations.append(Delegation.builder().id(DelegationId.of("delegation-2")).decisionType(type)
            .delegator(delegate).delegate(d.pick(EVERYONE.remove(delegate))).scope(Scope.any(box)).build());
      } else if (handedOn == 1) {
        delegations = delegations.append(Delegation.builder().id(DelegationId.of("delegation-2")).decisionType(type)
            .delegator(d.pick(INTERNAL.remove(boss.person()))).delegate(boss.person())
            .scope(Scope.any(Period.of(DECIDED.minus(Duration.ofDays(40)), DECIDED.plus(Duration.ofDays(40))))).build());
      }
    }

    // the request and its neighbours
    PersonId requester = d.percent(15) ? STAFF : d.pick(INTERNAL);
    Option<ProgramId> program = d.weighted(8, Option.some(PROGRAM), 1, Option.some(OTHER_PROGRAM), 1, Option.<ProgramId>none());
    boolean delegation4Eyes = (wanted == Reviewer.DELEGATE || wanted == Reviewer.DELEGATOR) && d.percent(40);
    Money own = split ? under(bandLimit.get(), d)
        : wanted == Reviewer.EARLIER_APPROVER || delegation4Eyes
        ? d.pick(List.of(eur("50000.01"), eur("60000"), eur("75000"))) : amountAround(d);
    Seq<ActivityRecord> activities = activities(d, partner);
    Seq<ActivityRecordId> cited = activities.map(ActivityRecord::id).filter(id -> d.percent(45));
    if (d.percent(5)) {
      cited = cited.append(new ActivityRecordId("activity-missing"));
    }
    ExceptionRequest request = tierChange
        ? TierChange.builder().id(REQUEST).requester(requester).partner(partner).program(program)
            .rationale("three customer references").cited(cited).submittedAt(SUBMITTED).tier(Tier.of("platinum")).build()
        : readiness
        ? ReadinessClaim.builder().id(REQUEST).requester(requester).partner(partner).program(program)
            .rationale("ready for the launch").cited(cited).submittedAt(SUBMITTED).launch("Platform GA")
            .launchDate(DECIDED.plus(Duration.ofDays(20))).claimedCriteria(List.of("certified engineers")).build()
        : fund(REQUEST, requester, partner, program, own, SUBMITTED, cited);
    List<ExceptionRequest> requests = List.empty();
    List<DecisionRecord> records = List.empty();
    int neighbours = readiness ? 0 : split ? 1 + d.below(2) : d.weighted(45, 0, 35, 1, 20, 2);
    for (int i = 0; i < neighbours; i++) {
      RequestId id = new RequestId("request-" + (i + 2));
      boolean splitPart = split && i == 0;
      Money amount = splitPart ? complement(own, bandLimit.get(), d) : d.weighted(3, complement(own, ReviewGenerators.FOUR_EYES_THRESHOLD, d),
          2, complement(own, ReviewGenerators.FAST_PATH_THRESHOLD, d), 1, eur("2500"), 1, eur("25000"));
      if (!splitPart && d.percent(8)) {
        amount = Money.of(amount.amount(), "USD");
      }
      Instant at = splitPart ? d.pick(List.of(SUBMITTED.minus(WINDOW), SUBMITTED.minus(Duration.ofDays(3)), SUBMITTED,
              SUBMITTED.plus(WINDOW)))
          : d.pick(List.of(SUBMITTED.minus(WINDOW), SUBMITTED.minus(WINDOW).minusSeconds(1),
          SUBMITTED.minus(Duration.ofDays(3)), SUBMITTED, SUBMITTED.plus(Duration.ofDays(1)), SUBMITTED.plus(WINDOW),
          SUBMITTED.plus(WINDOW).plusSeconds(1)));
      PartnerId whose = splitPart || d.percent(90) ? partner : d.pick(PARTNERS);
      Option<ProgramId> where = splitPart || d.percent(85) ? program : d.pick(List.of(Option.some(PROGRAM), Option.some(OTHER_PROGRAM),
          Option.<ProgramId>none()));
      requests = requests.append(fund(id, d.pick(INTERNAL), whose, where, amount, at, List.empty()));
      Option<Verdict> decided = splitPart ? Option.<Verdict>none() : d.weighted(6, Option.<Verdict>none(),
          2, Option.some(Verdict.REJECT), 2, Option.some(Verdict.APPROVE));
      for (Verdict v : decided) {
        records = records.append(DecisionRecord.builder().id(new DecisionRecordId("decision-" + (i + 2))).request(id)
            .decisionType(DecisionType.FUND_ALLOCATION).decider(d.pick(INTERNAL)).verdict(v)
            .decidedAt(SUBMITTED.minus(Duration.ofDays(1))).rationale(Option.some("decided earlier")).build());
      }
    }
    if (!readiness && d.percent(25)) {
      RequestId id = new RequestId("request-9");
      Instant at = SUBMITTED.minus(Duration.ofDays(200));
      requests = requests.append(fund(id, d.pick(INTERNAL), partner, program, d.pick(List.of(eur("20000"), eur("45000"))), at, List.empty()));
      records = records.append(DecisionRecord.builder().id(new DecisionRecordId("decision-9")).request(id)
          .decisionType(DecisionType.FUND_ALLOCATION).decider(d.pick(INTERNAL)).verdict(Verdict.APPROVE)
          .decidedAt(at.plus(Duration.ofDays(1))).rationale(Option.some("approved long ago")).build());
    }

    EcosystemSnapshot snapshot = EcosystemSnapshot.of(EcosystemParts.builder().host(EcosystemGenerators.HOST)
            .orgUnits(List.of(new OrgUnit(FINANCE, "Finance"), new OrgUnit(PARTNER_OFFICE, "Partner Office")))
            .persons(persons()).partners(partners)
            .programs(List.of(Program.builder().id(PROGRAM).name("Pilot").owner(INTERNAL.get(3))
                    .enrollments(List.of(enrolled(PARTNERS.get(0)), enrolled(PARTNERS.get(1)))).build(),
                Program.builder().id(OTHER_PROGRAM).name("Launch").owner(INTERNAL.get(4))
                    .enrollments(List.of(enrolled(PARTNERS.get(2)))).build()))
            .conflicts(conflicts).matrix(DecisionRightsMatrix.of(rights, delegations))
            .activities(activities).requests(requests).decisionRecords(records).reviewPaths(reviewPaths())
            .build())
        .fold(problems -> {
          throw new IllegalStateException("generated an inconsistent ecosystem: " + problems.mkString("; "));
        }, s -> s);

    // the policy
    ReviewPolicy policy = ReviewPolicy.defaults().withAggregationWindow(WINDOW);
    boolean inDollars = requests.exists(r -> r.amount().exists(a -> !a.currency().equals(MoneyGenerators.EUR)));
    Option<Seq<String>> rates = inDollars || d.percent(30)
        ? Option.some(d.pick(List.of(List.of("1", "1"), List.of("0.92", "1.087"), List.of("1.0837", "0.9228"))))
        : Option.none();
    for (Seq<String> pair : rates) {
      java.time.LocalDate day = SUBMITTED.atZone(java.time.ZoneOffset.UTC).toLocalDate();
      policy = policy.withExchangeRates(ExchangeRates.of(ExchangeRate.of("USD", "EUR", day, pair.get(0)),
          ExchangeRate.of("EUR", "USD", day, pair.get(1))));
    }
    if (!readiness && d.percent(35)) {
      Seq<DecisionRecord> before = records;
      boolean byProgram = program.isDefined() && d.percent(60);
      Money approvedBefore = sum(requests.filter(r -> before.exists(x -> x.request().equals(r.id()) && x.verdict().isApproval())
          && (byProgram ? r.program().equals(program) : r.partner().equals(partner))), rates.map(Seq::head));
      BigDecimal reach = approvedBefore.amount().add(own.amount());
      Money cap = d.weighted(3, eur(reach.toPlainString()), 3, eur(reach.subtract(new BigDecimal("0.01")).toPlainString()),
          2, eur(reach.add(new BigDecimal("0.01")).toPlainString()), 1, Money.of(reach, "USD"));
      policy = byProgram ? policy.withProgramCap(program.get(), cap) : policy.withPartnerCap(partner, cap);
    }
    if (d.percent(8)) {
      policy = policy.withFrozenProgram(program.getOrElse(OTHER_PROGRAM));
    }

    // the case
    ExceptionReview review = ExceptionReview.of(snapshot, policy);
    ReviewCase reviewCase = ReviewCase.submit(request);
    Option<PersonId> amender = wanted == Reviewer.AMENDER || d.percent(15) ? Option.some(d.pick(EVERYONE)) : Option.none();
    boolean amendLate = amender.isDefined() && d.percent(50);
    ExceptionRequest amended = amended(d, request);
    if (amender.isDefined() && !amendLate) {
      reviewCase = apply(reviewCase, new CaseEvent.Amended(amender.get(), amended, SUBMITTED.plus(Duration.ofMinutes(30))));
    }
    int standing = d.weighted(88, 0, 2, 1, 2, 2, 2, 3, 2, 4, 2, 5, 2, 6);
    Option<PersonId> earlier = Option.none();
    if (standing != 1) {
      reviewCase = route(review, snapshot, policy, reviewCase, ROUTED);
      boolean fourEyes = reviewCase.plan().get().lane() == Lane.FOUR_EYES;
      if (fourEyes && (wanted == Reviewer.EARLIER_APPROVER || d.percent(delegation4Eyes ? 80 : 40))) {
        PersonId first = delegation4Eyes && delegation.isDefined() && d.percent(70)
            ? (wanted == Reviewer.DELEGATE ? delegation.get().delegator() : delegation.get().delegate())
            : d.weighted(3, d.pick(INTERNAL), 1, delegation.map(Delegation::delegate).getOrElse(INTERNAL.get(0)),
                1, delegation.map(Delegation::delegator).getOrElse(INTERNAL.get(1)));
        PersonId principal = delegation.filter(x -> x.delegate().equals(first)).map(Delegation::delegator).getOrElse(first);
        reviewCase = apply(reviewCase, new CaseEvent.Approved(record("decision-earlier", reviewCase, first, Verdict.APPROVE,
            ROUTED.plus(Duration.ofHours(1))), principal));
        earlier = Option.some(first);
      }
      if (amendLate) {
        reviewCase = apply(reviewCase, new CaseEvent.Amended(amender.get(), amended, ROUTED.plus(Duration.ofHours(2))));
        reviewCase = route(review, snapshot, policy, reviewCase, ROUTED.plus(Duration.ofHours(3)));
      }
    } else if (amendLate) {
      reviewCase = apply(reviewCase, new CaseEvent.Amended(amender.get(), amended, ROUTED.plus(Duration.ofHours(2))));
    }
    Instant later = ROUTED.plus(Duration.ofHours(4));
    ReviewCase routed = reviewCase;
    reviewCase = switch (standing) {
      case 2 -> apply(routed, new CaseEvent.Withdrawn(requester, later));
      case 3 -> apply(routed, new CaseEvent.Expired(later));
      case 4 -> apply(routed, new CaseEvent.Rejected(record("decision-rejected", routed, d.pick(INTERNAL), Verdict.REJECT, later)));
      case 5 -> apply(routed, new CaseEvent.InformationRequested(record("decision-asked", routed, d.pick(INTERNAL),
          Verdict.REQUEST_INFORMATION, later)));
      case 6 -> apply(routed, new CaseEvent.Escalated(d.pick(INTERNAL), "no answer", later));
      default -> routed;
    };

    // the attempt
    ReviewCase current = reviewCase;
    Seq<PersonId> deciders = EVERYONE.filter(p -> holds(p, primary));
    Option<PersonId> chosen = switch (wanted) {
      case REQUESTER -> Option.some(current.request().requester());
      case RELATIONSHIP_OWNER -> Option.some(owner);
      case CONFLICTED -> pickFrom(d, conflicts.filter(c -> c.partner().equals(partner)).map(ConflictOfInterest::person));
      case AMENDER -> pickFrom(d, current.amenders().toList().sorted());
      case DELEGATE -> delegation.map(Delegation::delegate);
      case DELEGATOR -> delegation.map(Delegation::delegator);
      case DECIDER -> pickFrom(d, deciders);
      case EARLIER_APPROVER -> earlier;
      case STRANGER -> Option.some(STRANGER);
      case ANY_PERSON -> Option.none();
    };
    Reviewer drawnAs = chosen.isDefined() ? wanted : Reviewer.ANY_PERSON;
    PersonId reviewer = chosen.getOrElse(() -> d.pick(EVERYONE));
    Verdict verdict = d.weighted(45, Verdict.APPROVE, 15, Verdict.APPROVE_WITH_CONDITIONS, 20, Verdict.REJECT,
        20, Verdict.REQUEST_INFORMATION);
    boolean fitting = d.percent(88);
    Seq<String> conditions = (verdict == Verdict.APPROVE_WITH_CONDITIONS) == fitting
        ? List.of("report the outcome by the end of the quarter") : List.empty();
    Option<String> rationale = d.weighted(9, Option.some("fits the program plan"), 1, Option.<String>none(), 1, Option.some("   "));
    Instant at = d.weighted(85, DECIDED, 5, current.lastEventAt(), 6, current.lastEventAt().minusSeconds(1),
        4, SUBMITTED.minusSeconds(1));
    DecisionAttempt attempt = new DecisionAttempt(new DecisionRecordId("decision-attempt"), reviewer, verdict, rationale,
        conditions, at);
    return new Scenario(snapshot, policy, reviewCase, attempt, drawnAs);
  }

  // ---------------------------------------------------------------- parts

  private static <T> Option<T> pickFrom(Draws d, Seq<T> values) {
    return values.isEmpty() ? Option.none() : Option.some(d.pick(values));
  }

  private static Seq<Person> persons() {
    return List.of(
        person(0, "Sam Ortiz", FINANCE, APPROVER), person(1, "Kim Park", FINANCE, APPROVER), person(2, "Lee Chan", FINANCE),
        person(3, "Dana Lee", PARTNER_OFFICE, MANAGER), person(4, "Alex Kim", PARTNER_OFFICE, MANAGER),
        person(5, "Robin Diaz", PARTNER_OFFICE, APPROVER),
        Person.builder().id(STAFF).name("Jo Berg").affiliation(Affiliation.partnerStaff(PARTNERS.get(0))).build());
  }

  private static Person person(int i, String name, OrgUnitId unit, Role... roles) {
    return Person.builder().id(INTERNAL.get(i)).name(name).affiliation(Affiliation.internal(unit)).roles(HashSet.of(roles)).build();
  }

  /** Whether the person of the generated ecosystem is the holder, has its role or belongs to its team. */
  private static boolean holds(PersonId person, Holder holder) {
    return holder.includes(persons().find(x -> x.id().equals(person)).get());
  }

  private static Enrollment enrolled(PartnerId partner) {
    return new Enrollment(partner, HashSet.of(PartnerRole.DELIVER));
  }

  private static DecisionRight right(String id, DecisionType type, Holder holder, Period validity,
      Option<Instant> revokedAt, Option<AmountBand> band) {
    return DecisionRight.builder().id(DecisionRightId.of(id)).decisionType(type).holder(holder).role(RapidRole.DECIDE)
        .scope(Scope.builder().validity(validity).amountBand(band).build()).revokedAt(revokedAt).build();
  }

  /** In force since long ago, just expired at {@link #DECIDED}, just begun then, or beginning a second later. */
  private static Period rightValidity(Draws d) {
    Instant longAgo = DECIDED.minus(Duration.ofDays(365));
    return d.weighted(78, Period.from(longAgo), 8, Period.of(longAgo, DECIDED), 7, Period.from(DECIDED),
        7, Period.from(DECIDED.plusSeconds(1)));
  }

  private static Money amountAround(Draws d) {
    Money threshold = d.weighted(2, ReviewGenerators.FAST_PATH_THRESHOLD, 3, ReviewGenerators.FOUR_EYES_THRESHOLD);
    BigDecimal cent = new BigDecimal("0.01");
    return d.weighted(2, threshold, 2, eur(threshold.amount().subtract(cent).toPlainString()),
        2, eur(threshold.amount().add(cent).toPlainString()),
        3, d.pick(List.of(eur("1000"), eur("2500"), eur("20000"), eur("30000"), eur("45000"), eur("75000"))));
  }

  /** An amount under the limit: a cent under it, or further. */
  private static Money under(Money limit, Draws d) {
    BigDecimal l = limit.amount();
    return eur(d.pick(List.of(l.subtract(new BigDecimal("0.01")), l.multiply(new BigDecimal("0.9")),
        l.multiply(new BigDecimal("0.6")), l.multiply(new BigDecimal("0.4")))).toPlainString());
  }

  /** The amount that brings {@code own} exactly to the threshold, a cent below or a cent above; a cent when own is past it. */
  private static Money complement(Money own, Money threshold, Draws d) {
    BigDecimal gap = threshold.amount().subtract(own.amount()).add(new BigDecimal(d.pick(List.of("-0.01", "0", "0.01"))));
    return eur(gap.signum() > 0 ? gap.toPlainString() : "0.01");
  }

  private static Seq<ActivityRecord> activities(Draws d, PartnerId partner) {
    PartnerId other = PARTNERS.remove(partner).head();
    Instant at = SUBMITTED.minus(Duration.ofDays(10));
    Seq<Provenance> selfOrSystem = List.of(Provenance.SELF_REPORTED, Provenance.SYSTEM_RECORDED);
    return List.of(
        activity("activity-training", partner, ActivityKind.TRAINING_COMPLETED, d.pick(selfOrSystem), at),
        activity("activity-delivery", partner, ActivityKind.DELIVERY_SCORE, d.pick(selfOrSystem), at),
        activity("activity-customer", partner, ActivityKind.CUSTOMER_CONFIRMED_OUTCOME,
            d.pick(List.of(Provenance.SELF_REPORTED, Provenance.SYSTEM_RECORDED, Provenance.CUSTOMER_CONFIRMED)), at),
        activity("activity-newsletter", partner, UNCLASSIFIED, Provenance.SYSTEM_RECORDED, at),
        activity("activity-elsewhere", other, ActivityKind.DELIVERY_SCORE, Provenance.SYSTEM_RECORDED, at));
  }

  private static ActivityRecord activity(String id, PartnerId partner, ActivityKind kind, Provenance provenance, Instant at) {
    return ActivityRecord.builder().id(new ActivityRecordId(id)).partner(partner).kind(kind).occurredAt(at)
        .source(ActivitySource.of(provenance == Provenance.SELF_REPORTED ? "partner portal" : "CRM"))
        .provenance(provenance).build();
  }

  private static FundRequest fund(RequestId id, PersonId requester, PartnerId partner, Option<ProgramId> program,
      Money amount, Instant at, Seq<ActivityRecordId> cited) {
    return FundRequest.builder().id(id).requester(requester).partner(partner).program(program)
        .rationale("co-marketing for the launch").cited(cited).submittedAt(at).kind(FundKind.MDF).requestedAmount(amount)
        .purpose("launch event").build();
  }

  /** The request as an amendment leaves it: the same, or (for a fund request) with another amount. */
  private static ExceptionRequest amended(Draws d, ExceptionRequest request) {
    if (request instanceof FundRequest f && d.percent(50)) {
      return FundRequest.builder().from(f).requestedAmount(amountAround(d)).build();
    }
    return request;
  }

  private static DecisionRecord record(String id, ReviewCase reviewCase, PersonId decider, Verdict verdict, Instant at) {
    return DecisionRecord.builder().id(new DecisionRecordId(id)).subject(DecisionSubject.of(reviewCase.request()))
        .decisionType(reviewCase.request().decisionType()).decider(decider).verdict(verdict).decidedAt(at)
        .rationale(Option.some("reviewed")).build();
  }

  private static ReviewCase apply(ReviewCase reviewCase, CaseEvent event) {
    return reviewCase.apply(event).fold(refused -> {
      throw new IllegalStateException("generated an illegal event: " + refused.explanation());
    }, c -> c);
  }

  /**
   * The case routed; when the generated matrix cannot staff its plan (REV-06), routed as if the
   * matrix had then given Decide to one person and Agree to another who may both approve it, so
   * that the case is decided under the generated matrix as after a change of rights.
   */
  private static ReviewCase route(ExceptionReview review, EcosystemSnapshot snapshot, ReviewPolicy policy,
      ReviewCase reviewCase, Instant at) {
    Either<Rejection, ReviewCase> routed = review.route(reviewCase, at);
    if (routed.isLeft() && routed.getLeft().codes().forAll(c -> c == ReviewCode.UNSTAFFED)) {
      routed = ExceptionReview.of(staffed(snapshot, reviewCase.request()), policy).route(reviewCase, at);
    }
    return routed.fold(rejection -> {
      throw new IllegalStateException("generated a case that cannot be routed: " + rejection.explanation());
    }, c -> c);
  }

  /** The snapshot with the request's decision type decided by one person and agreed by another, both free to approve it. */
  private static EcosystemSnapshot staffed(EcosystemSnapshot snapshot, ExceptionRequest request) {
    var parts = snapshot.parts();
    Seq<PersonId> free = INTERNAL.filter(p -> !p.equals(request.requester())
        && snapshot.partner(request.partner()).forAll(x -> !x.relationshipOwner().equals(p))
        && !parts.conflicts().exists(c -> c.person().equals(p) && c.partner().equals(request.partner())));
    Period always = Period.from(DECIDED.minus(Duration.ofDays(3650)));
    DecisionRight decide = right("staffed-decide", request.decisionType(), Holder.person(free.get(0)), always,
        Option.none(), Option.none());
    DecisionRight agree = DecisionRight.builder().from(right("staffed-agree", request.decisionType(),
        Holder.person(free.get(1)), always, Option.none(), Option.none())).role(RapidRole.AGREE).build();
    Seq<DecisionRight> rights = parts.matrix().rights().filter(r -> !r.decisionType().equals(request.decisionType()))
        .appendAll(List.of(decide, agree));
    return EcosystemSnapshot.of(EcosystemParts.builder().from(parts).matrix(DecisionRightsMatrix.of(rights,
        parts.matrix().delegations().filter(x -> !x.decisionType().equals(request.decisionType())))).build())
        .fold(problems -> {
          throw new IllegalStateException("staffed an inconsistent ecosystem: " + problems.mkString("; "));
        }, x -> x);
  }

  /** The amounts in EUR, those in USD counted at the rate (two decimals, half to even) or left out without one. */
  private static Money sum(Seq<ExceptionRequest> requests, Option<String> usdToEur) {
    return eur(requests.flatMap(ExceptionRequest::amount).flatMap(a -> a.currency().equals(MoneyGenerators.EUR)
            ? Option.some(a.amount())
            : usdToEur.map(r -> a.amount().multiply(new BigDecimal(r)).setScale(2, java.math.RoundingMode.HALF_EVEN)))
        .foldLeft(BigDecimal.ZERO, BigDecimal::add).toPlainString());
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
