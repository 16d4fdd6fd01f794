package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
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
import org.partnergov.rules.review.ReviewPlan;
import org.partnergov.testkit.ReviewScenarios.Reviewer;
import org.partnergov.testkit.ReviewScenarios.Scenario;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The separation-of-duties and review rules of {@link ExceptionReview#decide} and {@link
 * ExceptionReview#route}, one property per code, each named by it, over {@link ReviewScenarios}.
 * Each property states its rule both ways where the rule is exact (the code is reported exactly
 * when the rule applies) and counts the scenarios it applies to, so that a property whose
 * situation the generator stopped producing fails instead of passing vacuously. {@link
 * #DIFF_decideAgreesWithTheNaiveReference} compares decide with {@link DecideReference}.
 */
class ExceptionReviewProperties {

  private static final int EXAMPLES = 1_000;

  /** Scenarios of any kind, mixed with scenarios aimed at one kind of reviewer. */
  private static Gen<Scenario> aimedAt(Reviewer reviewer) {
    return ReviewScenarios.scenarios().mix(ReviewScenarios.scenarios(reviewer), 50);
  }

  private static Either<Rejection, AcceptedDecision> decide(Scenario s) {
    return s.review().decide(s.reviewCase(), s.attempt());
  }

  private static boolean violates(Either<Rejection, AcceptedDecision> result, ReviewCode code) {
    return result.isLeft() && result.getLeft().violates(code);
  }

  private static boolean approval(Scenario s) {
    return s.attempt().verdict().isApproval();
  }

  /** The accepted decision, when the attempt was an approval and was accepted. */
  private static Option<AcceptedDecision> approvalAccepted(Scenario s, Either<Rejection, AcceptedDecision> result) {
    return approval(s) ? result.toOption() : Option.none();
  }

  /**
   * Checks {@code rule} on every scenario, and that the rule applied (per {@code applies}) to at
   * least {@code atLeast} of them.
   */
  private static void forAll(Gen<Scenario> scenarios, int examples, Predicate<Scenario> applies, int atLeast,
      BiConsumer<Scenario, Either<Rejection, AcceptedDecision>> rule) {
    AtomicInteger applied = new AtomicInteger();
    qt().withExamples(examples).forAll(scenarios).checkAssert(s -> {
      if (applies.test(s)) {
        applied.incrementAndGet();
      }
      rule.accept(s, decide(s));
    });
    System.out.println("applies to " + applied.get() + " of " + examples + " scenarios (at least " + atLeast + " expected)");
    assertThat(applied.get()).as("scenarios the rule applies to, of " + examples).isGreaterThanOrEqualTo(atLeast);
  }

  /** The code is reported exactly when the rule applies. */
  private static void exactly(Gen<Scenario> scenarios, Predicate<Scenario> applies, ReviewCode code, int atLeast) {
    forAll(scenarios, EXAMPLES, applies, atLeast, (s, result) ->
        assertThat(violates(result, code)).as("%s reported, for %s: %s", code.code(), s.attempt(), result)
            .isEqualTo(applies.test(s)));
  }

  // ---------------------------------------------------------------- SOD-01

  @Test
  void SOD_01_theRequesterNeverApprovesTheirOwnRequest() {
    exactly(aimedAt(Reviewer.REQUESTER), s -> approval(s) && s.attempt().reviewer().equals(s.request().requester()),
        ReviewCode.SELF_APPROVAL, 200);
  }

  // ---------------------------------------------------------------- SOD-02

  @Test
  void SOD_02_whoeverAmendedTheRequestCannotApproveIt() {
    exactly(aimedAt(Reviewer.AMENDER), s -> approval(s) && s.reviewCase().amenders().contains(s.attempt().reviewer()),
        ReviewCode.AMENDER_APPROVES, 150);
  }

  @Test
  void SOD_02_anAmendmentVoidsEarlierApprovals() {
    AtomicInteger voided = new AtomicInteger();
    qt().withExamples(500).forAll(ReviewScenarios.scenarios(Reviewer.EARLIER_APPROVER)).checkAssert(s -> {
      if (!(s.reviewCase().state() instanceof CaseState.InReview before) || before.approvals().isEmpty()) {
        return;
      }
      voided.incrementAndGet();
      CaseEvent.Approved earlier = before.approvals().head();
      Instant amendedAt = s.reviewCase().lastEventAt().plusSeconds(60);
      ExceptionReview review = s.review();
      ReviewCase amended = s.reviewCase().apply(new CaseEvent.Amended(s.request().requester(), s.request(), amendedAt))
          .flatMap(c -> s.routingReview().route(c, amendedAt.plusSeconds(60)).mapLeft(r -> null)).get();
      CaseState.InReview after = (CaseState.InReview) amended.state();
      assertThat(after.approvals()).as("approvals after the amendment").isEmpty();
      assertThat(after.approvalsMissing()).isEqualTo(after.plan().requiredApprovals());
      // the earlier approver approves again: it is not a second approval of the same principal
      DecisionAttempt again = DecisionAttempt.of(new DecisionRecordId("decision-again"), earlier.record().decider(),
          Verdict.APPROVE, "still fits", amendedAt.plusSeconds(120));
      Either<Rejection, AcceptedDecision> result = review.decide(amended, again);
      assertThat(violates(result, ReviewCode.FOUR_EYES)).as("SOD-04 after the amendment: %s", result).isFalse();
      for (AcceptedDecision accepted : result) {
        assertThat(accepted.reviewCase().state()).as("one approval after an amendment does not close a four-eyes case")
            .isInstanceOf(CaseState.InReview.class);
      }
    });
    System.out.println("SOD-02 voided: " + voided.get());
    assertThat(voided.get()).as("cases approved once, then amended").isGreaterThan(150);
  }

  // ---------------------------------------------------------------- SOD-03

  /** Whether the person holds, at the instant, a Decide right of the request's type, in person, by role or by team, or a delegation of one. */
  private static boolean holdsSomething(Scenario s, PersonId person, Instant at, boolean inForce) {
    EcosystemParts p = s.snapshot().parts();
    boolean right = p.matrix().rights().exists(r -> r.decisionType().equals(s.request().decisionType())
        && r.role().decides() && DecideReference.holds(p, person, r.holder()) && r.isInForceAt(at) == inForce);
    boolean delegated = p.matrix().delegations().exists(d -> d.decisionType().equals(s.request().decisionType())
        && d.delegate().equals(person) && d.isInForceAt(at) == inForce);
    return right || delegated;
  }

  /** Whether the reviewer stands as the Agree holder of a four-eyes review (the second approver). */
  private static boolean agrees(Scenario s) {
    return DecideReference.standing(s.snapshot().parts(), s.policy(), s.reviewCase(), s.attempt().reviewer(),
        s.attempt().at()).exists(a -> !a.decides());
  }

  @Test
  void SOD_03_onlyAHolderOfADecideRightInForceApproves_expiredOrRevokedRightsAndDelegationsDoNotCount() {
    Predicate<Scenario> lapsedOnly = s -> approval(s) && holdsSomething(s, s.attempt().reviewer(), s.attempt().at(), false)
        && !holdsSomething(s, s.attempt().reviewer(), s.attempt().at(), true) && !agrees(s);
    forAll(aimedAt(Reviewer.DELEGATE).mix(aimedAt(Reviewer.DECIDER)), EXAMPLES, lapsedOnly, 50, (s, result) -> {
      PersonId reviewer = s.attempt().reviewer();
      if (lapsedOnly.test(s)) {
        assertThat(violates(result, ReviewCode.NO_DECIDE_RIGHT) || violates(result, ReviewCode.SPLIT_REQUEST))
            .as("an approval by someone whose rights and delegations all lapsed: %s", result).isTrue();
      }
      for (AcceptedDecision accepted : approvalAccepted(s, result)) {
        DecisionRight right = s.snapshot().parts().matrix().rights().find(r -> r.id().equals(accepted.record().right().get())).get();
        assertThat(right.isInForceAt(s.attempt().at())).as("the right approved under is in force").isTrue();
        assertThat(right.role().decides() || right.role() == RapidRole.AGREE && s.reviewCase().state()
            instanceof CaseState.InReview r && r.plan().lane() == Lane.FOUR_EYES)
            .as("approved under a Decide right, or an Agree right on a four-eyes review").isTrue();
        if (accepted.record().delegation().isDefined()) {
          Delegation via = s.snapshot().parts().matrix().delegations()
              .find(d -> d.id().equals(accepted.record().delegation().get())).get();
          assertThat(via.isInForceAt(s.attempt().at())).as("the delegation approved by is in force").isTrue();
          assertThat(via.delegate()).isEqualTo(reviewer);
          assertThat(Holder.person(via.delegator())).isEqualTo(right.holder());
        } else {
          assertThat(DecideReference.holds(s.snapshot().parts(), reviewer, right.holder())).isTrue();
        }
      }
      // the code is reported exactly when the approver holds no authority over the total, and not because of SOD-08
      if (approval(s)) {
        EcosystemParts p = s.snapshot().parts();
        Option<Money> total = DecideReference.total(p, s.policy(), s.request());
        boolean authority = DecideReference.standing(p, s.policy(), s.reviewCase(), reviewer, s.attempt().at()).isDefined();
        assertThat(violates(result, ReviewCode.NO_DECIDE_RIGHT) || violates(result, ReviewCode.SPLIT_REQUEST))
            .as("SOD-03 or SOD-08 for an approver %s authority: %s", authority ? "with" : "without", result)
            .isEqualTo(!authority);
      }
    });
  }

  // ---------------------------------------------------------------- SOD-04

  @Test
  void SOD_04_twoDistinctPersonsApproveAboveTheFourEyesThreshold_aDelegateAndTheDelegatorCountOnce() {
    AtomicInteger sameHands = new AtomicInteger();
    Predicate<Scenario> twice = s -> approval(s) && s.reviewCase().state() instanceof CaseState.InReview r
        && (r.approvals().exists(a -> a.record().decider().equals(s.attempt().reviewer())
            || principal(s).contains(a.principal())) || withoutDecider(s, r));
    forAll(aimedAt(Reviewer.EARLIER_APPROVER).mix(ReviewScenarios.scenarios(Reviewer.DELEGATE)
        .mix(ReviewScenarios.scenarios(Reviewer.DELEGATOR))), EXAMPLES, twice, 60,
        (s, result) -> {
          assertThat(violates(result, ReviewCode.FOUR_EYES)).as("SOD-04 for %s: %s", s.attempt(), result)
              .isEqualTo(twice.test(s));
          if (twice.test(s) && s.reviewCase().state() instanceof CaseState.InReview r
              && r.approvals().forAll(a -> !a.record().decider().equals(s.attempt().reviewer()))) {
            sameHands.incrementAndGet(); // a delegate after the delegator, or the other way round
          }
          if (s.reviewCase().state() instanceof CaseState.InReview r && r.plan().lane() == Lane.FOUR_EYES) {
            for (AcceptedDecision accepted : approvalAccepted(s, result)) {
              assertThat(accepted.reviewCase().state() instanceof CaseState.Closed)
                  .as("a four-eyes case closes on its second distinct approval only").isEqualTo(!r.approvals().isEmpty());
            }
          }
        });
    System.out.println("SOD-04 delegate and delegator: " + sameHands.get());
    assertThat(sameHands.get()).as("a delegate and the delegator approving the same case").isGreaterThanOrEqualTo(8);
  }

  /** For whom the reviewer would approve: the delegator when acting by delegation, else themselves. */
  private static Option<PersonId> principal(Scenario s) {
    return DecideReference.standing(s.snapshot().parts(), s.policy(), s.reviewCase(), s.attempt().reviewer(),
        s.attempt().at()).map(DecideReference.Authority::principal);
  }

  /** Whether the approval would complete the case without anyone approving under the Decide right. */
  private static boolean withoutDecider(Scenario s, CaseState.InReview r) {
    EcosystemParts p = s.snapshot().parts();
    var standing = DecideReference.standing(p, s.policy(), s.reviewCase(), s.attempt().reviewer(), s.attempt().at());
    return standing.exists(a -> !a.decides()) && r.approvals().size() + 1 >= r.plan().requiredApprovals()
        && r.approvals().forAll(a -> !DecideReference.byDecider(p, a));
  }

  // ---------------------------------------------------------------- SOD-05

  @Test
  void SOD_05_theRelationshipOwnerOrAConflictedPersonCannotApprove() {
    Predicate<Scenario> related = s -> {
      PersonId reviewer = s.attempt().reviewer();
      EcosystemParts p = s.snapshot().parts();
      return approval(s) && (DecideReference.partner(p, s.request()).exists(x -> x.relationshipOwner().equals(reviewer))
          || p.conflicts().exists(c -> c.person().equals(reviewer) && c.partner().equals(s.request().partner())));
    };
    exactly(aimedAt(Reviewer.RELATIONSHIP_OWNER).mix(aimedAt(Reviewer.CONFLICTED)), related,
        ReviewCode.RELATIONSHIP_APPROVAL, 200);
  }

  // ---------------------------------------------------------------- SOD-07

  @Test
  void SOD_07_anApprovalByDelegationNeedsABoundedDelegation() {
    Predicate<Scenario> unbounded = s -> {
      if (!approval(s)) {
        return false;
      }
      EcosystemParts p = s.snapshot().parts();
      Option<Money> total = DecideReference.total(p, s.policy(), s.request());
      return DecideReference.authority(p, s.attempt().reviewer(),
              DecideReference.accountability(p, s.request(), total, s.attempt().at()))
          .exists(a -> a.via().isDefined() && DecideReference.unbounded(p, a));
    };
    exactly(ReviewScenarios.scenarios(Reviewer.DELEGATE).mix(ReviewScenarios.scenarios(), 30), unbounded,
        ReviewCode.UNBOUNDED_DELEGATION, 20);
  }

  // ---------------------------------------------------------------- SOD-08

  @Test
  void SOD_08_splittingARequestDoesNotDodgeTheFourEyesThreshold() {
    AtomicInteger split = new AtomicInteger();
    AtomicInteger splitBelowFast = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(ReviewScenarios.scenarios()).checkAssert(s -> {
      EcosystemParts p = s.snapshot().parts();
      ExceptionRequest request = s.request();
      Option<Money> total = DecideReference.total(p, s.policy(), request);
      ReviewPlan plan = s.routingReview().route(request, ReviewScenarios.ROUTED.plusSeconds(1)).get();
      boolean aboveFourEyes = total.exists(t -> t.amount().compareTo(ReviewGenerators.FOUR_EYES_THRESHOLD.amount()) > 0);
      assertThat(plan.lane() == Lane.FOUR_EYES).as("four eyes for a total of %s", total).isEqualTo(aboveFourEyes);
      assertThat(plan.requiredApprovals()).isEqualTo(aboveFourEyes ? 2 : 1);
      assertThat(plan.total()).isEqualTo(total);
      boolean ownBelow = request.amount().exists(a -> a.amount().compareTo(ReviewGenerators.FOUR_EYES_THRESHOLD.amount()) <= 0);
      if (aboveFourEyes && ownBelow) {
        split.incrementAndGet();
        assertThat(plan.codes()).contains(ReviewCode.FOUR_EYES, ReviewCode.SPLIT_REQUEST);
      }
      boolean atLeastFast = total.exists(t -> t.amount().compareTo(ReviewGenerators.FAST_PATH_THRESHOLD.amount()) >= 0);
      if (atLeastFast) {
        assertThat(plan.lane()).as("no fast path for a total of %s", total).isNotEqualTo(Lane.FAST_PATH);
        if (request.amount().exists(a -> a.amount().compareTo(ReviewGenerators.FAST_PATH_THRESHOLD.amount()) < 0)) {
          splitBelowFast.incrementAndGet();
        }
      }
    });
    System.out.println("SOD-08 split: " + split.get() + ", below fast alone: " + splitBelowFast.get());
    assertThat(split.get()).as("requests under four eyes alone, above it with their related requests").isGreaterThan(30);
    assertThat(splitBelowFast.get()).as("requests under the fast path alone, not with their related requests").isGreaterThan(20);
  }

  @Test
  void SOD_08_anApproverWhoseBandCoversOnlyTheRequestAloneIsRejected() {
    Predicate<Scenario> aloneOnly = s -> {
      if (!approval(s)) {
        return false;
      }
      EcosystemParts p = s.snapshot().parts();
      PersonId reviewer = s.attempt().reviewer();
      Option<Money> total = DecideReference.total(p, s.policy(), s.request());
      return !DecideReference.related(p, s.policy(), s.request()).isEmpty()
          && DecideReference.standing(p, s.policy(), s.reviewCase(), reviewer, s.attempt().at()).isEmpty()
          && DecideReference.authority(p, reviewer,
              DecideReference.accountability(p, s.request(), s.request().amount(), s.attempt().at())).isDefined();
    };
    exactly(ReviewScenarios.splitScenarios().mix(aimedAt(Reviewer.DECIDER), 30), aloneOnly, ReviewCode.SPLIT_REQUEST, 60);
  }

  // ---------------------------------------------------------------- SOD-09

  @Test
  void SOD_09_approvedTotalsStayWithinTheFundCap() {
    Predicate<Scenario> over = s -> approval(s)
        && DecideReference.caps(s.snapshot().parts(), s.policy(), s.request()).contains(ReviewCode.FUND_CAP_EXCEEDED);
    Predicate<Scenario> capped = s -> approval(s) && (!s.policy().partnerCaps().isEmpty() || !s.policy().programCaps().isEmpty());
    exactly(aimedAt(Reviewer.DECIDER), over, ReviewCode.FUND_CAP_EXCEEDED, 30);
    forAll(aimedAt(Reviewer.DECIDER), 500, capped.and(over.negate()), 30, (s, result) -> {});
  }

  // ---------------------------------------------------------------- SOD-10

  @Test
  void SOD_10_aSuspendedPartnerOrAFrozenProgramIsNeverApproved_whateverTheRights() {
    Predicate<Scenario> prohibited = s -> approval(s)
        && (DecideReference.partner(s.snapshot().parts(), s.request()).exists(p -> p.status().name().equals("SUSPENDED")
            || p.status().name().equals("TERMINATED"))
            || s.request().program().exists(s.policy().frozenPrograms()::contains));
    exactly(aimedAt(Reviewer.DECIDER), prohibited, ReviewCode.PROHIBITED, 50);
    // whatever the rights: prohibited approvals by someone holding Decide are rejected too
    forAll(ReviewScenarios.scenarios(Reviewer.DECIDER), EXAMPLES,
        prohibited.and(s -> principal(s).isDefined()), 20,
        (s, result) -> assertThat(prohibited.test(s) ? result.isLeft() : true).isTrue());
  }

  // ---------------------------------------------------------------- SOD-11

  @Test
  void SOD_11_noDecisionOnACaseThatIsNotInReview_norBeforeItsLastEvent() {
    Predicate<Scenario> closed = s -> !(s.reviewCase().state() instanceof CaseState.InReview)
        || s.attempt().at().isBefore(s.reviewCase().lastEventAt());
    exactly(ReviewScenarios.scenarios(), closed, ReviewCode.CASE_NOT_OPEN, 90);
    qt().withExamples(500).forAll(ReviewScenarios.scenarios()).checkAssert(s -> {
      for (AcceptedDecision accepted : decide(s)) {
        assertThat(accepted.record().decidedAt()).isAfterOrEqualTo(s.request().submittedAt());
        assertThat(s.reviewCase().state()).isInstanceOf(CaseState.InReview.class);
      }
    });
  }

  // ---------------------------------------------------------------- SOD-13

  @Test
  void SOD_13_aReadinessClaimNeedsPerformanceOrCustomerImpactEvidenceNotOnlySelfReported() {
    Predicate<Scenario> unsupported = s -> approval(s) && s.request() instanceof ReadinessClaim
        && !DecideReference.qualifyingEvidence(s.snapshot().parts(), s.policy(), s.request());
    exactly(ReviewScenarios.readinessScenarios(), unsupported, ReviewCode.READINESS_WITHOUT_EVIDENCE, 150);
    // enablement alone never qualifies, however it was recorded
    qt().withExamples(500).forAll(ReviewScenarios.readinessScenarios()).checkAssert(s -> {
      EcosystemParts p = s.snapshot().parts();
      boolean enablementOnly = s.request().cited().forAll(id -> p.activities().find(a -> a.id().equals(id))
          .forAll(a -> ReviewPolicy.defaults().evidenceClass().apply(a).forAll(c -> !c.countsAsValue())));
      if (approval(s) && enablementOnly) {
        assertThat(violates(decide(s), ReviewCode.READINESS_WITHOUT_EVIDENCE)).isTrue();
      }
    });
  }

  // ---------------------------------------------------------------- REV-01

  @Test
  void REV_01_rationale_required_forEveryVerdict() {
    exactly(ReviewScenarios.scenarios(), s -> s.attempt().rationale().isEmpty(), ReviewCode.RATIONALE_MISSING, 80);
    qt().withExamples(500).forAll(ReviewScenarios.scenarios()).checkAssert(s -> {
      for (AcceptedDecision accepted : decide(s)) {
        assertThat(accepted.record().rationale().exists(r -> !r.isBlank())).isTrue();
      }
    });
  }

  // ---------------------------------------------------------------- differential

  @Test
  void DIFF_decideAgreesWithTheNaiveReference() {
    int[] seen = new int[2];
    EnumSet<ReviewCode> codes = EnumSet.noneOf(ReviewCode.class);
    qt().withExamples(10_000).forAll(ReviewScenarios.scenarios()).checkAssert(s -> {
      Either<Rejection, AcceptedDecision> actual = decide(s);
      DecideReference.Outcome expected = DecideReference.decide(s.snapshot(), s.policy(), s.reviewCase(), s.attempt());
      assertThat(actual.isRight()).as("accepted, for %s: %s, expected %s", s.attempt(), actual, expected.violated())
          .isEqualTo(expected.accepted());
      if (actual.isLeft()) {
        seen[0]++;
        EnumSet<ReviewCode> got = EnumSet.copyOf(actual.getLeft().codes().map(ReviewCode.class::cast).toJavaList());
        codes.addAll(got);
        assertThat(got).as("codes for %s: %s", s.attempt(), actual.getLeft().explanation()).isEqualTo(expected.violated());
      } else {
        seen[1]++;
        AcceptedDecision a = actual.get();
        // the reference does not collect exchange rates: the records are compared without them
        // (CurrencyTest and CurrencyProperties check the rates a decision keeps)
        assertThat(withoutRates(a.record())).isEqualTo(expected.record().get());
        assertThat(withoutRates(a.reviewCase().state())).isEqualTo(expected.after().get());
        assertThat(a.reviewCase().events()).isEqualTo(s.reviewCase().events().append(a.event()));
        if (a.event() instanceof CaseEvent.Approved approved) {
          assertThat(Option.some(approved.principal())).isEqualTo(expected.principal());
        }
        assertThat(a.explanation()).isNotBlank();
      }
    });
    System.out.println("DIFF decide: " + seen[0] + " rejected, " + seen[1] + " accepted of 10000; codes seen " + codes);
    assertThat(seen[1]).as("accepted decisions").isGreaterThan(300);
    assertThat(codes).as("codes the differential property met").containsAll(EnumSet.of(ReviewCode.SELF_APPROVAL,
        ReviewCode.AMENDER_APPROVES, ReviewCode.NO_DECIDE_RIGHT, ReviewCode.FOUR_EYES, ReviewCode.RELATIONSHIP_APPROVAL,
        ReviewCode.UNBOUNDED_DELEGATION, ReviewCode.SPLIT_REQUEST, ReviewCode.FUND_CAP_EXCEEDED, ReviewCode.PROHIBITED,
        ReviewCode.CASE_NOT_OPEN, ReviewCode.READINESS_WITHOUT_EVIDENCE, ReviewCode.RATIONALE_MISSING,
        ReviewCode.CONDITIONS_MISMATCH, ReviewCode.UNKNOWN_REVIEWER, ReviewCode.CURRENCY_MISMATCH));
  }

  // ---------------------------------------------------------------- determinism

  /** The list in the order of the keys: a permutation drawn by QuickTheories. */
  private static <T> Seq<T> shuffled(Seq<T> values, java.util.List<Integer> keys) {
    return values.zipWithIndex().sortBy(t -> keys.get(t._2 % keys.size()) * 64 + t._2).map(t -> t._1);
  }

  private static EcosystemSnapshot shuffled(EcosystemSnapshot snapshot, java.util.List<Integer> keys) {
    EcosystemParts p = snapshot.parts();
    return EcosystemSnapshot.of(EcosystemParts.builder().from(p)
        .matrix(DecisionRightsMatrix.of(shuffled(p.matrix().rights(), keys), shuffled(p.matrix().delegations(), keys.subList(1, keys.size()))))
        .requests(shuffled(p.requests(), keys.subList(2, keys.size())))
        .decisionRecords(shuffled(p.decisionRecords(), keys.subList(3, keys.size())))
        .build()).get();
  }

  @Test
  void DET_01_shufflingRightsDelegationsAndRequestsChangesNoRouteAndNoDecision() {
    Gen<java.util.List<Integer>> keys = lists().of(integers().between(0, 50)).ofSize(12);
    qt().withExamples(1_000).forAll(ReviewScenarios.scenarios(), keys).checkAssert((s, k) -> {
      ExceptionReview shuffled = ExceptionReview.of(shuffled(s.snapshot(), k), s.policy());
      ExceptionReview original = s.review();
      assertThat(shuffled.route(s.request(), ReviewScenarios.ROUTED)).isEqualTo(original.route(s.request(), ReviewScenarios.ROUTED));
      assertThat(shuffled.decide(s.reviewCase(), s.attempt())).isEqualTo(original.decide(s.reviewCase(), s.attempt()));
    });
  }

  @Test
  void DET_02_decidingIndependentCasesInAnyOrderGivesTheSameResults() {
    qt().withExamples(500).forAll(ReviewScenarios.scenarios()).checkAssert(s -> {
      ExceptionReview review = s.review();
      // a second, independent case: the same request under another id, routed and decided by the same attempt
      ExceptionRequest twin = org.partnergov.model.review.FundRequest.class.isInstance(s.request())
          ? org.partnergov.model.review.FundRequest.builder().from((org.partnergov.model.review.FundRequest) s.request())
              .id(new RequestId("request-twin")).build()
          : s.request() instanceof org.partnergov.model.review.TierChange tier
          ? org.partnergov.model.review.TierChange.builder().from(tier).id(new RequestId("request-twin")).build()
          : ReadinessClaim.builder().from((ReadinessClaim) s.request()).id(new RequestId("request-twin")).build();
      Either<Rejection, ReviewCase> other = s.routingReview().route(ReviewCase.submit(twin), ReviewScenarios.ROUTED);
      assertThat(other.isRight()).isTrue();
      DecisionAttempt second = new DecisionAttempt(new DecisionRecordId("decision-twin"), s.attempt().reviewer(),
          s.attempt().verdict(), s.attempt().rationale(), s.attempt().conditions(), s.attempt().at());
      var firstThenSecond = List.of(review.decide(s.reviewCase(), s.attempt()), review.decide(other.get(), second));
      var secondThenFirst = List.of(review.decide(other.get(), second), review.decide(s.reviewCase(), s.attempt())).reverse();
      assertThat(firstThenSecond).isEqualTo(secondThenFirst);
      ExceptionReview fresh = ExceptionReview.of(s.snapshot(), s.policy());
      assertThat(fresh.decide(s.reviewCase(), s.attempt())).isEqualTo(firstThenSecond.head());
      // replaying both cases' events, interleaved or one after the other, gives the same cases
      for (AcceptedDecision a : firstThenSecond.head()) {
        for (AcceptedDecision b : firstThenSecond.last()) {
          Seq<CaseEvent> ea = a.reviewCase().events();
          Seq<CaseEvent> eb = b.reviewCase().events();
          assertThat(ReviewCase.replay(ea).get()).isEqualTo(a.reviewCase());
          assertThat(ReviewCase.replay(eb).get()).isEqualTo(b.reviewCase());
        }
      }
    });
  }

  /** The reviewer kinds the scenarios draw, and how many scenarios routes and decisions meet. */
  @Test
  void scenariosReachEveryKindOfReviewerAndState() {
    int[] kinds = new int[Reviewer.values().length];
    int[] lanes = new int[Lane.values().length];
    int[] tierChanges = new int[3]; // tier changes; approved by their requester; by their partner's relationship owner
    qt().withExamples(2_000).forAll(ReviewScenarios.scenarios()).checkAssert(s -> {
      kinds[s.drawnAs().ordinal()]++;
      if (s.request() instanceof org.partnergov.model.review.TierChange) {
        tierChanges[0]++;
        tierChanges[1] += approval(s) && s.drawnAs() == Reviewer.REQUESTER ? 1 : 0;
        tierChanges[2] += approval(s) && s.drawnAs() == Reviewer.RELATIONSHIP_OWNER ? 1 : 0;
      }
      if (s.reviewCase().state() instanceof CaseState.InReview r) {
        lanes[r.plan().lane().ordinal()]++;
      }
    });
    System.out.println("ReviewScenarios reviewers " + List.ofAll(kinds) + ", lanes " + List.ofAll(lanes));
    assertThat(List.ofAll(kinds)).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(List.ofAll(lanes)).allSatisfy(n -> assertThat(n).isGreaterThan(50));
    System.out.println("ReviewScenarios tier changes " + List.ofAll(tierChanges));
    assertThat(tierChanges[0]).isGreaterThan(100);
    assertThat(tierChanges[1]).isPositive();
    assertThat(tierChanges[2]).isPositive();
  }

  static DecisionRecord withoutRates(DecisionRecord record) {
    return DecisionRecord.builder().from(record).exchangeRates(List.empty()).build();
  }

  static CaseState withoutRates(CaseState state) {
    if (state instanceof CaseState.InReview review) {
      return new CaseState.InReview(review.plan(),
          review.approvals().map(a -> new CaseEvent.Approved(withoutRates(a.record()), a.principal())));
    }
    if (state instanceof CaseState.AwaitingInformation awaiting) {
      return new CaseState.AwaitingInformation(withoutRates(awaiting.request()));
    }
    if (state instanceof CaseState.Closed closed) {
      return new CaseState.Closed(closed.outcome(), closed.at(), closed.decisions().map(ExceptionReviewProperties::withoutRates));
    }
    return state;
  }
}
