package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
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
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.ExchangeRates;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Tier;
import org.partnergov.model.problem.StableCode;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.partnergov.rules.review.AcceptedDecision;
import org.partnergov.rules.review.CaseEvent;
import org.partnergov.rules.review.CaseState;
import org.partnergov.rules.review.DecisionAttempt;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.Lane;
import org.partnergov.rules.review.Rejection;
import org.partnergov.rules.review.ReviewCase;
import org.partnergov.rules.review.ReviewCode;
import org.partnergov.rules.review.ReviewPolicy;
import org.partnergov.testkit.ReviewScenarios.Scenario;
import org.quicktheories.core.Gen;

/**
 * Staffing: whether the decision-rights matrix can staff a review plan (REV-06), and whether a plan
 * it can staff completes. {@link #FOUR_EYES_completesInHealthyMatrices} builds matrices with one
 * named decider and one named Agree holder (MTX-02 forbids a second Decide right), and walks a
 * four-eyes case to its close. {@link #REV_06_noPlanIsUnstaffedWithoutItsProblem} compares routing
 * with an exhaustive search over the snapshot's people: a plan is routed exactly when some people,
 * approving in some order, close it under the separation-of-duties rules of staffing.
 */
class StaffingProperties {

  /** The codes that stop a person from staffing a plan; the others (caps, prohibitions, evidence, delegation bounds) do not. */
  private static final Set<StableCode> STAFFING = HashSet.of(ReviewCode.SELF_APPROVAL, ReviewCode.AMENDER_APPROVES,
      ReviewCode.NO_DECIDE_RIGHT, ReviewCode.FOUR_EYES, ReviewCode.RELATIONSHIP_APPROVAL, ReviewCode.SPLIT_REQUEST);

  /**
   * A policy without caps or frozen programs, with the scenarios' window and a rate each way between
   * USD and EUR, so that the scenarios' related requests in USD count towards the totals.
   */
  private static final ReviewPolicy PLAIN = ReviewPolicy.defaults().withAggregationWindow(ReviewScenarios.WINDOW)
      .withExchangeRates(ExchangeRates.of(
          ExchangeRate.of("USD", "EUR", ReviewScenarios.SUBMITTED.atZone(java.time.ZoneOffset.UTC).toLocalDate(), "0.92"),
          ExchangeRate.of("EUR", "USD", ReviewScenarios.SUBMITTED.atZone(java.time.ZoneOffset.UTC).toLocalDate(), "1.087")));

  // ---------------------------------------------------------------- four eyes

  /**
   * A four-eyes request in an ecosystem whose matrix gives its decision type to one named decider and
   * one named Agree holder.
   */
  record Healthy(EcosystemSnapshot snapshot, FundRequest request, PersonId decider, PersonId agreer,
      DecisionRightId decide, DecisionRightId agree, Verdict first, Verdict second) {
    @Override
    public String toString() {
      return request.id() + " of " + request.partner() + " for " + request.requestedAmount() + " requested by "
          + request.requester() + ", decider " + decider + ", Agree " + agreer + ", verdicts " + first + " then " + second
          + ", conflicts " + snapshot.parts().conflicts().map(c -> c.person() + "~" + c.partner()).mkString(", ");
    }
  }

  /** Amounts strictly above the four-eyes threshold: a cent above it more often than chance. */
  private static Gen<Money> aboveFourEyes() {
    BigDecimal threshold = ReviewGenerators.FOUR_EYES_THRESHOLD.amount();
    Gen<Money> anyAbove = longs().between(1, 50_000_000L)
        .map(cents -> Money.of(threshold.add(BigDecimal.valueOf(cents, 2)), "EUR"));
    return anyAbove.mix(longs().between(1, 100).map(cents -> Money.of(threshold.add(BigDecimal.valueOf(cents, 2)), "EUR")), 30);
  }

  private static Gen<Verdict> approvals() {
    return integers().between(0, 2).map(i -> i == 0 ? Verdict.APPROVE_WITH_CONDITIONS : Verdict.APPROVE);
  }

  /** The healthy variant of a scenario's ecosystem, around a fund request of the scenario's requester, partner and program. */
  private static Gen<Healthy> healthy() {
    Gen<int[]> picks = integers().between(0, 1_000).zip(integers().between(0, 1_000), (a, b) -> new int[] {a, b});
    return ReviewScenarios.scenarios().zip(picks, aboveFourEyes(), approvals().zip(approvals(), (a, b) -> List.of(a, b)),
        (s, pick, amount, verdicts) -> healthy(s, pick[0], pick[1], amount, verdicts.get(0), verdicts.get(1)));
  }

  private static Healthy healthy(Scenario s, int pickDecider, int pickAgreer, Money amount, Verdict first, Verdict second) {
    EcosystemParts parts = s.snapshot().parts();
    ExceptionRequest from = s.request();
    FundRequest request = FundRequest.builder().id(from.id()).requester(from.requester()).partner(from.partner())
        .program(from.program()).rationale("co-selling for the expansion wave").cited(from.cited())
        .submittedAt(from.submittedAt()).kind(FundKind.MDF).requestedAmount(amount).purpose("expansion wave").build();
    Seq<Partner> partners = parts.partners().map(p -> p.id().equals(request.partner())
        ? Partner.builder().from(p).status(PartnerStatus.ACTIVE).build() : p);
    PersonId owner = partners.find(p -> p.id().equals(request.partner())).get().relationshipOwner();
    Seq<PersonId> free = free(parts, request, owner);
    var conflicts = parts.conflicts();
    if (free.size() < 2) { // rare: too many conflicts with the partner; drop them
      conflicts = conflicts.filter(c -> !c.partner().equals(request.partner()));
      free = free(EcosystemParts.builder().from(parts).conflicts(conflicts).build(), request, owner);
    }
    PersonId decider = free.get(pickDecider % free.size());
    Seq<PersonId> others = free.remove(decider);
    PersonId agreer = others.get(pickAgreer % others.size());
    DecisionType type = request.decisionType();
    Period always = Period.from(ReviewScenarios.DECIDED.minus(Duration.ofDays(3650)));
    DecisionRight decide = DecisionRight.builder().id(DecisionRightId.of("healthy-decide")).decisionType(type)
        .holder(Holder.person(decider)).role(RapidRole.DECIDE).scope(Scope.any(always)).build();
    DecisionRight agree = DecisionRight.builder().id(DecisionRightId.of("healthy-agree")).decisionType(type)
        .holder(Holder.person(agreer)).role(RapidRole.AGREE).scope(Scope.any(always)).build();
    EcosystemSnapshot snapshot = EcosystemSnapshot.of(EcosystemParts.builder().from(parts).partners(partners)
            .conflicts(conflicts)
            .matrix(DecisionRightsMatrix.of(parts.matrix().rights().filter(r -> !r.decisionType().equals(type))
                    .appendAll(List.of(decide, agree)),
                parts.matrix().delegations().filter(d -> !d.decisionType().equals(type))))
            .build())
        .fold(problems -> {
          throw new IllegalStateException("a healthy variant must be valid: " + problems.mkString("; "));
        }, valid -> valid);
    return new Healthy(snapshot, request, decider, agreer, decide.id(), agree.id(), first, second);
  }

  /** Internal persons who may approve the request: not its requester, the relationship owner, nor conflicted with the partner. */
  private static Seq<PersonId> free(EcosystemParts parts, ExceptionRequest request, PersonId owner) {
    return parts.persons().filter(p -> p.affiliation() instanceof Affiliation.Internal).map(Person::id)
        .filter(p -> !p.equals(request.requester()) && !p.equals(owner)
            && !parts.conflicts().exists(c -> c.person().equals(p) && c.partner().equals(request.partner())))
        .toList();
  }

  private static DecisionAttempt approval(String id, PersonId reviewer, Verdict verdict, Instant at) {
    DecisionAttempt attempt = DecisionAttempt.of(new DecisionRecordId(id), reviewer, verdict, "fits the program plan", at);
    return verdict == Verdict.APPROVE_WITH_CONDITIONS ? attempt.withConditions("report the outcome by the end of the quarter")
        : attempt;
  }

  @Test
  void FOUR_EYES_completesInHealthyMatrices() {
    AtomicInteger closed = new AtomicInteger();
    qt().withExamples(1_000).forAll(healthy()).checkAssert(h -> {
      ExceptionReview review = ExceptionReview.of(h.snapshot(), PLAIN);
      Either<Rejection, ReviewCase> routed = review.route(ReviewCase.submit(h.request()), ReviewScenarios.ROUTED);
      assertThat(routed.isRight()).as("routed: %s", routed).isTrue();
      CaseState.InReview plan = (CaseState.InReview) routed.get().state();
      assertThat(plan.plan().lane()).isEqualTo(Lane.FOUR_EYES);
      assertThat(plan.plan().requiredApprovals()).isEqualTo(2);

      Either<Rejection, AcceptedDecision> byDecider = review.decide(routed.get(),
          approval("decision-decider", h.decider(), h.first(), ReviewScenarios.DECIDED));
      assertThat(byDecider.isRight()).as("the decider's approval: %s", byDecider).isTrue();
      assertThat(byDecider.get().record().right()).containsExactly(h.decide());
      assertThat(byDecider.get().reviewCase().state()).as("after the decider's approval")
          .isInstanceOfSatisfying(CaseState.InReview.class, r -> assertThat(r.approvalsMissing()).isEqualTo(1));

      Either<Rejection, AcceptedDecision> byAgreer = review.decide(byDecider.get().reviewCase(),
          approval("decision-agreer", h.agreer(), h.second(), ReviewScenarios.DECIDED.plus(Duration.ofMinutes(5))));
      assertThat(byAgreer.isRight()).as("the Agree holder's approval: %s", byAgreer).isTrue();
      assertThat(byAgreer.get().record().right()).containsExactly(h.agree());
      assertThat(byAgreer.get().reviewCase().state()).as("after the Agree holder's approval")
          .isInstanceOfSatisfying(CaseState.Closed.class, c -> {
            assertThat(c.outcome()).isEqualTo(CaseState.Outcome.APPROVED);
            assertThat(c.decisions().map(DecisionRecord::decider)).containsExactly(h.decider(), h.agreer());
          });
      closed.incrementAndGet();
    });
    System.out.println("FOUR_EYES healthy matrices: " + closed.get() + " four-eyes cases closed as approved");
    // every example asserts its case closed; QuickTheories skips an example it draws twice, so a few may not run
    assertThat(closed.get()).isGreaterThanOrEqualTo(950);
  }

  // ---------------------------------------------------------------- REV-06

  /**
   * Whether some of the snapshot's people, approving one after another from the case as it stands,
   * close it as approved, counting an approval as given when it breaks none of the {@link #STAFFING}
   * codes (whatever else it breaks).
   */
  private static boolean closable(ExceptionReview review, EcosystemSnapshot snapshot, ReviewCase reviewCase, int depth) {
    for (Person person : snapshot.parts().persons()) {
      for (ReviewCase after : approve(review, snapshot, reviewCase, person.id(), depth)) {
        if (after.state() instanceof CaseState.Closed c && c.outcome() == CaseState.Outcome.APPROVED) {
          return true;
        }
        if (after.state() instanceof CaseState.InReview && closable(review, snapshot, after, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The case after the person's approval, when it breaks no staffing code: the case decide accepted,
   * or, when decide rejected it for other codes only, the case with the approval decide would have
   * recorded (its right and principal from {@link DecideReference}).
   */
  private static Option<ReviewCase> approve(ExceptionReview review, EcosystemSnapshot snapshot, ReviewCase reviewCase,
      PersonId person, int depth) {
    Instant at = ReviewScenarios.ROUTED;
    DecisionAttempt attempt = approval("decision-staffing-" + depth, person, Verdict.APPROVE, at);
    Either<Rejection, AcceptedDecision> result = review.decide(reviewCase, attempt);
    if (result.isRight()) {
      return Option.some(result.get().reviewCase());
    }
    if (result.getLeft().codes().exists(STAFFING::contains)) {
      return Option.none();
    }
    DecideReference.Authority authority = DecideReference.standing(snapshot.parts(), review.policy(), reviewCase,
        person, at).getOrElseThrow(() -> new AssertionError("no staffing code, yet no standing for " + person + ": "
            + result.getLeft().explanation()));
    CaseState.InReview state = (CaseState.InReview) reviewCase.state();
    ExceptionRequest request = reviewCase.request();
    DecisionRecord record = DecisionRecord.builder().id(attempt.id()).request(request.id())
        .decisionType(request.decisionType()).decider(person).verdict(Verdict.APPROVE).decidedAt(at)
        .right(Option.some(authority.right())).delegation(authority.via()).rationale(attempt.rationale())
        .criteriaResults(state.plan().criteriaResults()).evidence(request.cited())
        .reviewPath(Option.some(state.plan().path())).build();
    return reviewCase.apply(new CaseEvent.Approved(record, authority.principal())).toOption();
  }

  /** Who matters for staffing the scenario's request: the relationship owner, conflicts, rights and delegations of its type. */
  private static String ecosystem(Scenario s) {
    EcosystemParts p = s.snapshot().parts();
    ExceptionRequest request = s.request();
    DecisionType type = request.decisionType();
    return "an ecosystem where " + request.partner() + " is " + p.partners().find(x -> x.id().equals(request.partner()))
            .map(x -> x.status() + ", owned by " + x.relationshipOwner()).getOrElse("unknown")
        + "; conflicts " + p.conflicts().map(c -> c.person() + " with " + c.partner()).mkString(", ")
        + "; rights " + p.matrix().rights().filter(r -> r.decisionType().equals(type))
            .map(r -> r.id() + " " + r.role() + " " + r.holder() + " " + r.scope().amountBand() + " " + r.scope().validity()
                + r.revokedAt().map(at -> " revoked " + at).getOrElse(""))
            .mkString(", ")
        + "; delegations " + p.matrix().delegations().filter(d -> d.decisionType().equals(type))
            .map(d -> d.id() + " " + d.delegator() + " to " + d.delegate() + " " + d.scope().validity() + " limit "
                + d.limit() + d.revokedAt().map(at -> " revoked " + at).getOrElse(""))
            .mkString(", ");
  }

  @Test
  void REV_06_noPlanIsUnstaffedWithoutItsProblem() {
    int[] outcomes = new int[3]; // routed, refused with REV-06, refused otherwise
    qt().withExamples(1_000).forAll(ReviewScenarios.scenarios()).checkAssert(s -> {
      ExceptionReview review = ExceptionReview.of(s.snapshot(), PLAIN);
      ExceptionRequest request = s.request();
      Either<Rejection, ReviewCase> routed = review.route(ReviewCase.submit(request), ReviewScenarios.ROUTED);
      if (routed.isRight()) {
        boolean closable = closable(review, s.snapshot(), routed.get(), 1);
        outcomes[0]++;
        assertThat(closable)
            .as("a routed plan some people can close, for %s in %s: %s", ApprovalRuleContract.describe(s),
                ecosystem(s), routed.get().state())
            .isTrue();
      } else if (routed.getLeft().violates(ReviewCode.UNSTAFFED)) {
        outcomes[1]++;
        // the case as the scenario routes it regardless, with Decide and Agree given to two free people
        ReviewCase staffed = s.routingReview().route(ReviewCase.submit(request), ReviewScenarios.ROUTED).get();
        assertThat(closable(review, s.snapshot(), staffed, 1))
            .as("nobody can close an unstaffed plan (%s), for %s in %s", routed.getLeft().explanation(),
                ApprovalRuleContract.describe(s), ecosystem(s))
            .isFalse();
      } else {
        outcomes[2]++;
      }
    });
    // QuickTheories skips a scenario drawn twice, so the outcomes may add up to a little less than 1,000
    System.out.println("REV-06 of " + (outcomes[0] + outcomes[1] + outcomes[2]) + " scenarios: "
        + outcomes[0] + " routed and closable, " + outcomes[1] + " unstaffed and not closable, " + outcomes[2]
        + " refused for other reasons");
    assertThat(outcomes[0]).as("routed plans").isGreaterThanOrEqualTo(20);
    assertThat(outcomes[1]).as("plans refused with REV-06").isGreaterThanOrEqualTo(20);
  }

  /**
   * Found by {@link #REV_06_noPlanIsUnstaffedWithoutItsProblem}: Sam Ortiz holds Decide and has
   * delegated it to Kim Park, who is in the Partner Office, the team that holds Agree; Dana Lee,
   * the other Partner Office member, owns the relationship, and Lee Chan requested the 60,000 EUR.
   * Routing counts Kim as a possible second approver, so once Sam approved, Kim's approval must
   * count in Kim's own name, under the Agree right (not for Sam, by the delegation), and close the
   * case.
   */
  @Test
  void REV_06_aDelegateWhoAlsoHoldsAgreeMaySecondTheDelegator() {
    PersonId sam = new PersonId("sam");
    PersonId kim = new PersonId("kim");
    PersonId dana = new PersonId("dana");
    PersonId lee = new PersonId("lee");
    PartnerId acme = new PartnerId("acme");
    Period always = Period.from(ReviewScenarios.DECIDED.minus(Duration.ofDays(365)));
    EcosystemSnapshot snapshot = EcosystemSnapshot.of(EcosystemParts.builder().host(EcosystemGenerators.HOST)
            .orgUnits(List.of(new OrgUnit(ReviewScenarios.FINANCE, "Finance"),
                new OrgUnit(ReviewScenarios.PARTNER_OFFICE, "Partner Office")))
            .persons(List.of(
                Person.builder().id(sam).name("Sam Ortiz").affiliation(Affiliation.internal(ReviewScenarios.FINANCE)).build(),
                Person.builder().id(lee).name("Lee Chan").affiliation(Affiliation.internal(ReviewScenarios.FINANCE)).build(),
                Person.builder().id(kim).name("Kim Park").affiliation(Affiliation.internal(ReviewScenarios.PARTNER_OFFICE)).build(),
                Person.builder().id(dana).name("Dana Lee").affiliation(Affiliation.internal(ReviewScenarios.PARTNER_OFFICE)).build()))
            .partners(List.of(Partner.builder().id(acme).name("Acme Systems")
                .type(PartnerType.SYSTEMS_INTEGRATOR)
                .tier(Tier.of("gold")).status(PartnerStatus.ACTIVE).relationshipOwner(dana).build()))
            .matrix(DecisionRightsMatrix.of(List.of(
                DecisionRight.builder().id(DecisionRightId.of("r-sam")).decisionType(DecisionType.FUND_ALLOCATION)
                    .holder(Holder.person(sam)).role(RapidRole.DECIDE).scope(Scope.any(always)).build(),
                DecisionRight.builder().id(DecisionRightId.of("r-partner-office")).decisionType(DecisionType.FUND_ALLOCATION)
                    .holder(Holder.team(ReviewScenarios.PARTNER_OFFICE)).role(RapidRole.AGREE).scope(Scope.any(always)).build()),
                List.of(Delegation.builder()
                    .id(DelegationId.of("d-sam-kim")).decisionType(DecisionType.FUND_ALLOCATION)
                    .delegator(sam).delegate(kim).scope(Scope.any(Period.of(ReviewScenarios.SUBMITTED.minus(Duration.ofDays(1)),
                        ReviewScenarios.DECIDED.plus(Duration.ofDays(10))))).build())))
            .reviewPaths(ReviewScenarios.reviewPaths())
            .build())
        .fold(problems -> {
          throw new IllegalStateException(problems.mkString("; "));
        }, valid -> valid);
    FundRequest request = FundRequest.builder().id(ReviewScenarios.REQUEST).requester(lee).partner(acme)
        .rationale("co-selling for the expansion wave").submittedAt(ReviewScenarios.SUBMITTED).kind(FundKind.MDF)
        .requestedAmount(Money.of("60000", "EUR")).purpose("expansion wave").build();
    ExceptionReview review = ExceptionReview.of(snapshot, PLAIN);
    Either<Rejection, ReviewCase> routed = review.route(ReviewCase.submit(request), ReviewScenarios.ROUTED);
    ReviewCase afterSam = review.decide(routed.get(), DecisionAttempt.of(new DecisionRecordId("d-sam"), sam,
        Verdict.APPROVE, "the expansion wave is planned", ReviewScenarios.DECIDED)).get().reviewCase();
    AcceptedDecision byKim = review.decide(afterSam, DecisionAttempt.of(new DecisionRecordId("d-kim"), kim,
        Verdict.APPROVE, "the Partner Office agrees", ReviewScenarios.DECIDED.plusSeconds(60))).get();
    assertThat(byKim.reviewCase().state().isClosed()).isTrue();
    assertThat(byKim.record().right()).contains(DecisionRightId.of("r-partner-office"));
    assertThat(byKim.record().delegation()).isEmpty();
    assertThat(closable(review, snapshot, routed.get(), 1)).isTrue();
  }
}
