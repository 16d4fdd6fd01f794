package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnergov.rules.review.ApprovalFixture.*;
import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.StableCode;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;

/**
 * Each built-in {@linkplain ApprovalRules approval rule}, one verdict that breaks it (with the
 * sentence it is rejected with) and one that keeps it, as {@link ExceptionReview#decide} judges
 * them; the list of built-in rules; and host rules added through {@link ReviewPolicy#withRules}.
 */
class ApprovalRulesTest {

  static final FundRequest REQUEST = fund("r-1", ACME, "20000");
  static final FundRequest LARGE = fund("r-2", ACME, "60000");

  static DecisionAttempt approve(String id, PersonId who) {
    return attempt(id, who, Verdict.APPROVE, LATER);
  }

  static Rejection rejected(ExceptionReview review, ReviewCase reviewCase, DecisionAttempt attempt) {
    Either<Rejection, AcceptedDecision> decided = review.decide(reviewCase, attempt);
    assertThat(decided.isLeft()).as("the attempt is rejected: %s", decided).isTrue();
    return decided.getLeft();
  }

  static AcceptedDecision accepted(ExceptionReview review, ReviewCase reviewCase, DecisionAttempt attempt) {
    Either<Rejection, AcceptedDecision> decided = review.decide(reviewCase, attempt);
    assertThat(decided.isRight()).as("the attempt is accepted: %s", decided).isTrue();
    return decided.get();
  }

  static void approvedAndClosed(AcceptedDecision decision) {
    assertThat(decision.reviewCase().state()).isInstanceOf(CaseState.Closed.class);
    assertThat(((CaseState.Closed) decision.reviewCase().state()).outcome()).isEqualTo(CaseState.Outcome.APPROVED);
  }

  // ---------------------------------------------------------------- the list

  @Test
  void the_built_in_rules_are_sixteen_with_distinct_codes_in_the_order_of_their_codes() {
    assertThat(ApprovalRules.builtIn()).hasSize(16);
    assertThat(ApprovalRules.builtIn().map(r -> r.code().code())).containsExactly("SOD-01", "SOD-02", "SOD-03",
        "SOD-04", "SOD-05", "SOD-07", "SOD-08", "SOD-09", "SOD-10", "SOD-11", "SOD-13", "REV-01", "REV-02", "REV-05",
        "REV-07", "REV-08");
    assertThat(ApprovalRules.builtIn().map(ApprovalRule::code).distinct()).hasSize(16);
    assertThat(ApprovalRules.builtIn()).containsExactly(ApprovalRules.requesterNeverApproves,
        ApprovalRules.amenderNeverApproves, ApprovalRules.deciderHoldsTheRight, ApprovalRules.fourEyesAreDistinct,
        ApprovalRules.relationshipOwnerNeverApproves, ApprovalRules.delegationsAreBounded, ApprovalRules.splitsAddUp,
        ApprovalRules.capsHold, ApprovalRules.prohibitionsWin, ApprovalRules.onlyOpenCasesAreDecided,
        ApprovalRules.readinessNeedsIndependentEvidence, ApprovalRules.rationaleRequired,
        ApprovalRules.conditionsFitTheVerdict, ApprovalRules.reviewerIsKnown, ApprovalRules.levelsApproveInOrder,
        ApprovalRules.amountsAreCounted);
    assertThat(ReviewPolicy.defaults().allRules()).isEqualTo(ApprovalRules.builtIn());
  }

  // ---------------------------------------------------------------- SOD-01

  @Test
  void sod_01_the_requester_never_approves_their_own_request() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, requestedBy(SAM, "r-1", "20000"));
    Rejection rejection = rejected(review, c, approve("d-1", SAM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.SELF_APPROVAL);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: Sam Ortiz requested this fund request and cannot approve it (SOD-01).");
    assertThat(ApprovalRules.requesterNeverApproves.code()).isEqualTo(ReviewCode.SELF_APPROVAL);
  }

  @Test
  void sod_01_is_kept_when_someone_other_than_the_requester_approves() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, requestedBy(SAM, "r-1", "20000"));
    approvedAndClosed(accepted(review, c, approve("d-1", KIM)));
  }

  // ---------------------------------------------------------------- SOD-02

  static ReviewCase amendedBy(ExceptionReview review, PersonId amender) {
    FundRequest revised = FundRequest.builder().from(REQUEST).rationale("co-marketing, revised budget").build();
    ReviewCase amended = routed(review, REQUEST)
        .apply(new CaseEvent.Amended(amender, revised, T0.plus(Duration.ofHours(2)))).get();
    return review.route(amended, T0.plus(Duration.ofHours(3))).get();
  }

  @Test
  void sod_02_whoever_amended_the_request_does_not_approve_it() {
    ExceptionReview review = review();
    Rejection rejection = rejected(review, amendedBy(review, SAM), approve("d-1", SAM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.AMENDER_APPROVES);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: Sam Ortiz amended the request after submission and cannot approve it (SOD-02).");
  }

  @Test
  void sod_02_is_kept_when_someone_who_did_not_amend_it_approves() {
    ExceptionReview review = review();
    approvedAndClosed(accepted(review, amendedBy(review, SAM), approve("d-1", KIM)));
  }

  // ---------------------------------------------------------------- SOD-03

  @Test
  void sod_03_an_approver_without_the_decide_right_is_rejected() {
    ExceptionReview review = reviewUnder(ReviewPolicy.defaults());
    ReviewCase c = routed(review, REQUEST);
    Rejection rejection = rejected(review, c, approve("d-1", JO));
    assertThat(rejection.codes()).containsExactly(ReviewCode.NO_DECIDE_RIGHT);
    assertThat(rejection.explanation()).isEqualTo("Rejected: Jo Berg holds no Decide right in force over the fund "
        + "request r-1 of Acme Systems for 20000.00 EUR at 2026-06-01T14:00:00Z; team Finance decides it under "
        + "right r-finance (SOD-03).");
  }

  @Test
  void sod_03_a_rejection_by_someone_neither_deciding_nor_on_the_plan_is_rejected() {
    ExceptionReview review = reviewUnder(ReviewPolicy.defaults());
    Rejection rejection = rejected(review, routed(review, REQUEST), attempt("d-1", JO, Verdict.REJECT, LATER));
    assertThat(rejection.codes()).containsExactly(ReviewCode.NO_DECIDE_RIGHT);
    assertThat(rejection.explanation()).isEqualTo("Rejected: Jo Berg neither holds Decide over this request nor "
        + "reviews a step of its plan; team Finance decides it under right r-finance (SOD-03).");
  }

  @Test
  void sod_03_is_kept_by_a_holder_of_the_decide_right_and_by_a_step_reviewer_asking_for_information() {
    ExceptionReview review = reviewUnder(ReviewPolicy.defaults());
    ReviewCase c = routed(review, REQUEST);
    AcceptedDecision approved = accepted(review, c, approve("d-1", KIM));
    approvedAndClosed(approved);
    assertThat(approved.record().right()).contains(new DecisionRightId("r-finance"));
    AcceptedDecision asked = accepted(review, c, attempt("d-2", ALEX, Verdict.REQUEST_INFORMATION, LATER));
    assertThat(asked.reviewCase().state()).isInstanceOf(CaseState.AwaitingInformation.class);
    assertThat(asked.record().right()).isEmpty();
  }

  // ---------------------------------------------------------------- SOD-04

  @Test
  void sod_04_the_same_person_does_not_approve_twice() {
    ExceptionReview review = review();
    ReviewCase once = accepted(review, routed(review, LARGE), approve("d-1", SAM)).reviewCase();
    Rejection rejection = rejected(review, once, approve("d-2", SAM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.FOUR_EYES);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: Sam Ortiz already approved; a second, distinct approver is required (SOD-04).");
  }

  @Test
  void sod_04_is_kept_by_a_second_distinct_approver() {
    ExceptionReview review = review();
    ReviewCase once = accepted(review, routed(review, LARGE), approve("d-1", SAM)).reviewCase();
    assertThat(((CaseState.InReview) once.state()).approvalsMissing()).isEqualTo(1);
    approvedAndClosed(accepted(review, once, approve("d-2", KIM)));
  }

  // ---------------------------------------------------------------- SOD-05

  static ExceptionReview partnerOfficeDecides() {
    return reviewWith(List.of(decide("r-partners", Holder.team(PARTNERS))));
  }

  @Test
  void sod_05_the_relationship_owner_does_not_approve_though_they_hold_the_right() {
    ExceptionReview review = partnerOfficeDecides();
    Rejection rejection = rejected(review, routed(review, REQUEST), approve("d-1", DANA));
    assertThat(rejection.codes()).containsExactly(ReviewCode.RELATIONSHIP_APPROVAL);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: Dana Lee owns the relationship with Acme Systems (SOD-05).");
  }

  @Test
  void sod_05_someone_with_a_declared_conflict_does_not_approve() {
    ExceptionReview review = review();
    Rejection rejection = rejected(review, routed(review, REQUEST), approve("d-1", LEE));
    assertThat(rejection.codes()).containsExactly(ReviewCode.RELATIONSHIP_APPROVAL);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: Lee Chan declared a conflict of interest with Acme Systems (SOD-05).");
  }

  @Test
  void sod_05_is_kept_by_a_holder_of_the_right_without_a_relationship_or_conflict() {
    ExceptionReview review = partnerOfficeDecides();
    approvedAndClosed(accepted(review, routed(review, REQUEST), approve("d-1", JO)));
    ExceptionReview finance = review();
    approvedAndClosed(accepted(finance, routed(finance, REQUEST), approve("d-1", KIM)));
  }

  // ---------------------------------------------------------------- SOD-07

  static ExceptionReview samDelegatesToKim(Period box, ReviewPolicy policy) {
    return reviewWith(List.of(decide("r-sam", Holder.person(SAM))),
        List.of(delegation("d-1", SAM, KIM, box)), policy);
  }

  static final Period ELEVEN_DAYS = Period.of(T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(10)));

  @Test
  void sod_07_a_delegation_longer_than_the_policy_allows_is_rejected() {
    ExceptionReview review = samDelegatesToKim(ELEVEN_DAYS, ReviewPolicy.defaults().withMaxDelegation(Duration.ofDays(7)));
    Rejection rejection = rejected(review, routed(review, REQUEST), approve("a-1", KIM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.UNBOUNDED_DELEGATION);
    assertThat(rejection.explanation()).isEqualTo("Rejected: delegation d-1 from Sam Ortiz lasts 11 days, longer "
        + "than the 7 days a delegation may last (SOD-07).");
  }

  @Test
  void sod_07_a_delegation_without_an_end_is_rejected() {
    ExceptionReview review = samDelegatesToKim(Period.from(T0.minus(Duration.ofDays(1))), ReviewPolicy.defaults());
    Rejection rejection = rejected(review, routed(review, REQUEST), approve("a-1", KIM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.UNBOUNDED_DELEGATION);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: delegation d-1 from Sam Ortiz has no end (SOD-07).");
  }

  @Test
  void sod_07_is_kept_by_a_delegation_within_the_longest_a_delegation_may_last() {
    ExceptionReview review = samDelegatesToKim(ELEVEN_DAYS, ReviewPolicy.defaults().withMaxDelegation(Duration.ofDays(11)));
    AcceptedDecision decision = accepted(review, routed(review, REQUEST), approve("a-1", KIM));
    approvedAndClosed(decision);
    assertThat(decision.record().delegation()).contains(new DelegationId("d-1"));
    assertThat(decision.explanation()).startsWith("Approved by Kim Park under right r-sam by delegation d-1: ");
    ExceptionReview noLimit = samDelegatesToKim(ELEVEN_DAYS, ReviewPolicy.defaults());
    approvedAndClosed(accepted(noLimit, routed(noLimit, REQUEST), approve("a-1", KIM)));
  }

  // ---------------------------------------------------------------- SOD-08

  static ExceptionReview ladderWithRelated(Instant relatedSubmittedAt) {
    FundRequest earlier = FundRequest.builder().from(fund("r-0", ACME, "6000")).submittedAt(relatedSubmittedAt).build();
    return ExceptionReview.of(snapshot(partsWith(List.of(
        decideBand("r-small", Holder.person(SAM), AmountBand.of(eur("0"), eur("10000"))),
        decideBand("r-large", Holder.person(KIM), AmountBand.from(eur("10000")))), List.empty())
        .requests(List.of(earlier))), ReviewPolicy.defaults());
  }

  @Test
  void sod_08_an_approver_of_the_half_but_not_of_the_total_is_rejected() {
    ExceptionReview review = ladderWithRelated(T0);
    Rejection rejection = rejected(review, routed(review, fund("r-1", ACME, "6000")), approve("d-1", SAM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.SPLIT_REQUEST);
    assertThat(rejection.explanation()).isEqualTo("Rejected: Sam Ortiz may decide 6000.00 EUR alone, but with the "
        + "related requests r-0 the total is 12000.00 EUR; Kim Park decides it under right r-large (SOD-08).");
  }

  @Test
  void sod_08_is_kept_by_the_decider_of_the_total_and_when_the_other_request_is_outside_the_window() {
    ExceptionReview review = ladderWithRelated(T0);
    approvedAndClosed(accepted(review, routed(review, fund("r-1", ACME, "6000")), approve("d-1", KIM)));
    ExceptionReview apart = ladderWithRelated(T0.minus(Duration.ofDays(31)));
    approvedAndClosed(accepted(apart, routed(apart, fund("r-1", ACME, "6000")), approve("d-1", SAM)));
  }

  // ---------------------------------------------------------------- SOD-09

  static ExceptionReview withEarlierApproval(ReviewPolicy policy) {
    FundRequest earlier = FundRequest.builder().from(fund("r-0", ACME, "15000"))
        .submittedAt(T0.minus(Duration.ofDays(60))).build();
    EcosystemParts.Builder parts = partsWithJo().requests(List.of(earlier)).decisionRecords(List.of(
        record("d-0", earlier, KIM, Verdict.APPROVE, T0.minus(Duration.ofDays(59)), Option.some("r-finance"))));
    return ExceptionReview.of(snapshot(parts), policy);
  }

  @Test
  void sod_09_an_approval_over_the_program_cap_is_rejected() {
    ExceptionReview review = withEarlierApproval(ReviewPolicy.defaults().withProgramCap(PILOT, eur("30000")));
    Rejection rejection = rejected(review, routed(review, REQUEST), approve("d-1", KIM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.FUND_CAP_EXCEEDED);
    assertThat(rejection.explanation()).isEqualTo("Rejected: approving 20000.00 EUR takes the approved total of "
        + "program Pilot to 35000.00 EUR, over its cap of 30000.00 EUR (SOD-09).");
  }

  @Test
  void sod_09_an_approval_over_the_partner_cap_is_rejected() {
    ExceptionReview review = withEarlierApproval(ReviewPolicy.defaults().withPartnerCap(ACME, eur("34999.99")));
    Rejection rejection = rejected(review, routed(review, REQUEST), approve("d-1", KIM));
    assertThat(rejection.explanation()).isEqualTo("Rejected: approving 20000.00 EUR takes the approved total of "
        + "Acme Systems to 35000.00 EUR, over its cap of 34999.99 EUR (SOD-09).");
  }

  @Test
  void sod_09_is_kept_by_an_approval_that_reaches_the_cap_exactly() {
    ExceptionReview review = withEarlierApproval(ReviewPolicy.defaults().withProgramCap(PILOT, eur("35000"))
        .withPartnerCap(ACME, eur("35000")));
    approvedAndClosed(accepted(review, routed(review, REQUEST), approve("d-1", KIM)));
  }

  // ---------------------------------------------------------------- SOD-10

  @Test
  void sod_10_a_suspended_partner_is_not_approved_whatever_the_rights() {
    ExceptionReview review = review();
    Rejection rejection = rejected(review, routed(review, fund("r-1", NORDWIND, "20000")), approve("d-1", KIM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.PROHIBITED);
    assertThat(rejection.explanation()).isEqualTo("Rejected: Nordwind is suspended (SOD-10).");
  }

  @Test
  void sod_10_a_frozen_program_is_not_approved_whatever_the_rights() {
    ExceptionReview review = reviewUnder(ReviewPolicy.defaults().withFrozenProgram(PILOT));
    Rejection rejection = rejected(review, routed(review, REQUEST), approve("d-1", KIM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.PROHIBITED);
    assertThat(rejection.explanation()).isEqualTo("Rejected: program Pilot is frozen (SOD-10).");
  }

  @Test
  void sod_10_is_kept_for_an_active_partner_in_a_program_that_is_not_frozen() {
    ExceptionReview review = review();
    approvedAndClosed(accepted(review, routed(review, REQUEST), approve("d-1", KIM)));
    ExceptionReview nordwind = review();
    AcceptedDecision rejectedNordwind = accepted(nordwind, routed(nordwind, fund("r-1", NORDWIND, "20000")),
        attempt("d-1", KIM, Verdict.REJECT, LATER));
    assertThat(((CaseState.Closed) rejectedNordwind.reviewCase().state()).outcome())
        .isEqualTo(CaseState.Outcome.REJECTED);
  }

  // ---------------------------------------------------------------- SOD-11

  @Test
  void sod_11_a_case_that_is_not_in_review_is_not_decided() {
    ExceptionReview review = review();
    Rejection rejection = rejected(review, ReviewCase.submit(REQUEST), approve("d-1", KIM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.CASE_NOT_OPEN);
    assertThat(rejection.explanation()).isEqualTo("Rejected: the case is awaiting routing, not in review (SOD-11).");
  }

  @Test
  void sod_11_a_decision_dated_before_the_case_s_last_event_is_rejected() {
    ExceptionReview review = review();
    Rejection rejection = rejected(review, routed(review, REQUEST),
        attempt("d-1", KIM, Verdict.APPROVE, T0.plus(Duration.ofMinutes(30))));
    assertThat(rejection.codes()).containsExactly(ReviewCode.CASE_NOT_OPEN);
    assertThat(rejection.explanation()).isEqualTo("Rejected: the decision is dated 2026-06-01T09:30:00Z, before "
        + "the case's last event at 2026-06-01T10:00:00Z (SOD-11).");
  }

  @Test
  void sod_11_is_kept_by_a_decision_on_a_case_in_review_at_its_last_event() {
    ExceptionReview review = review();
    approvedAndClosed(accepted(review, routed(review, REQUEST), attempt("d-1", KIM, Verdict.APPROVE, ROUTED)));
  }

  // ---------------------------------------------------------------- SOD-13

  static final ActivityRecordId SELF = new ActivityRecordId("a-self");

  static ExceptionReview readinessReview() {
    ReviewPath readinessPath = ReviewPath.builder().from(FUND_PATH).id(new ReviewPathId("readiness-path"))
        .decisionType(DecisionType.READINESS_CLAIM).build();
    var base = snapshot(parts()).parts();
    return ExceptionReview.of(snapshot(parts().reviewPaths(List.of(FUND_PATH, readinessPath))
        .activities(base.activities().append(activity(SELF, ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME,
            Provenance.SELF_REPORTED)))
        .matrix(DecisionRightsMatrix.of(base.matrix().rights().append(right("r-readiness", DecisionType.READINESS_CLAIM,
            Holder.person(SAM), RapidRole.DECIDE, Scope.any(A_YEAR_AGO_ON))), List.empty()))), ReviewPolicy.defaults());
  }

  static ReadinessClaim claim(ActivityRecordId... cited) {
    return ReadinessClaim.builder().id(new RequestId("c-1")).requester(ALEX).partner(ACME)
        .rationale("ready for launch").cited(List.of(cited)).submittedAt(T0).launch("Platform GA")
        .launchDate(T0.plus(Duration.ofDays(30))).claimedCriteria(List.of("trained staff")).build();
  }

  @Test
  void sod_13_a_readiness_claim_on_enablement_only_is_not_approved() {
    ExceptionReview review = readinessReview();
    Rejection rejection = rejected(review, routed(review, claim(TRAINING)), approve("d-1", SAM));
    assertThat(rejection.codes()).containsExactly(ReviewCode.READINESS_WITHOUT_EVIDENCE);
    assertThat(rejection.explanation()).isEqualTo("Rejected: the readiness claim cites only enablement or "
        + "unclassified activity (a-training); it needs qualifying performance or customer-impact evidence recorded "
        + "by someone else (SOD-13).");
  }

  @Test
  void sod_13_a_readiness_claim_on_performance_the_partner_reported_itself_is_not_approved() {
    ExceptionReview review = readinessReview();
    Rejection rejection = rejected(review, routed(review, claim(TRAINING, SELF)), approve("d-1", SAM));
    assertThat(rejection.explanation()).isEqualTo("Rejected: the readiness claim cites performance evidence only "
        + "Acme Systems reported itself (a-self); it needs qualifying performance or customer-impact evidence "
        + "recorded by someone else (SOD-13).");
  }

  @Test
  void sod_13_is_kept_by_a_readiness_claim_with_independently_recorded_performance_evidence() {
    ExceptionReview review = readinessReview();
    approvedAndClosed(accepted(review, routed(review, claim(TRAINING, SELF, DELIVERY)), approve("d-1", SAM)));
  }

  // ---------------------------------------------------------------- REV-01

  @Test
  void rev_01_a_verdict_without_rationale_is_rejected() {
    ExceptionReview review = review();
    DecisionAttempt blank = new DecisionAttempt(new DecisionRecordId("d-1"), KIM, Verdict.APPROVE, Option.some("  "),
        List.empty(), LATER);
    Rejection rejection = rejected(review, routed(review, REQUEST), blank);
    assertThat(rejection.codes()).containsExactly(ReviewCode.RATIONALE_MISSING);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: Kim Park gave no rationale; every verdict needs one (REV-01).");
  }

  @Test
  void rev_01_is_kept_by_a_verdict_with_a_rationale() {
    ExceptionReview review = review();
    AcceptedDecision decision = accepted(review, routed(review, REQUEST), approve("d-1", KIM));
    assertThat(decision.record().rationale()).contains("fits the pilot plan");
  }

  // ---------------------------------------------------------------- REV-02

  @Test
  void rev_02_an_approval_with_conditions_names_them_and_no_other_verdict_has_any() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, REQUEST);
    Rejection none = rejected(review, c, attempt("d-1", KIM, Verdict.APPROVE_WITH_CONDITIONS, LATER));
    assertThat(none.codes()).containsExactly(ReviewCode.CONDITIONS_MISMATCH);
    assertThat(none.explanation())
        .isEqualTo("Rejected: an approval with conditions must name its conditions (REV-02).");
    Rejection extra = rejected(review, c, attempt("d-1", KIM, Verdict.REJECT, LATER).withConditions("report results"));
    assertThat(extra.explanation()).isEqualTo("Rejected: only an approval with conditions has conditions, the "
        + "verdict is reject (REV-02).");
  }

  @Test
  void rev_02_is_kept_by_an_approval_with_conditions_that_names_them() {
    ExceptionReview review = review();
    AcceptedDecision decision = accepted(review, routed(review, REQUEST),
        attempt("d-1", KIM, Verdict.APPROVE_WITH_CONDITIONS, LATER).withConditions("report results by Q3"));
    approvedAndClosed(decision);
    assertThat(decision.explanation()).isEqualTo("Approved with conditions (report results by Q3) by Kim Park under "
        + "right r-finance: fits the pilot plan. The fund request is approved. Evidence cited: a-delivery.");
  }

  // ---------------------------------------------------------------- REV-05

  @Test
  void rev_05_a_reviewer_the_ecosystem_does_not_know_is_rejected() {
    ExceptionReview review = review();
    Rejection rejection = rejected(review, routed(review, REQUEST),
        attempt("d-1", new PersonId("ghost"), Verdict.REQUEST_INFORMATION, LATER));
    assertThat(rejection.codes()).containsExactly(ReviewCode.NO_DECIDE_RIGHT, ReviewCode.UNKNOWN_REVIEWER);
    assertThat(rejection.violations().last())
        .isEqualTo(new Violation(ReviewCode.UNKNOWN_REVIEWER, "the reviewer ghost is not a person the ecosystem knows"));
  }

  @Test
  void rev_05_is_kept_by_a_known_reviewer() {
    ExceptionReview review = review();
    accepted(review, routed(review, REQUEST), attempt("d-1", KIM, Verdict.REQUEST_INFORMATION, LATER));
  }

  // ---------------------------------------------------------------- host rules

  static final StableCode ACME_01 = StableCode.of("ACME-01", "spend above 10,000 EUR needs a signed co-marketing plan");

  static final ApprovalRule SIGNED_PLAN = ApprovalRule.of(ACME_01, f -> f.isApproval()
      && f.exceptionRequest().amount().exists(a -> a.amount().compareTo(new BigDecimal("10000")) > 0)
      ? List.of(f.reviewer().map(Person::name).getOrElse(f.attempt().reviewer()::toString) + " approves "
          + f.exceptionRequest().amount().get() + " without a signed co-marketing plan")
      : List.<String>empty());

  static ExceptionReview withSignedPlanRule() {
    return reviewUnder(ReviewPolicy.defaults().withRules(List.of(SIGNED_PLAN)));
  }

  @Test
  void a_host_rule_is_applied_after_the_built_in_ones_and_its_code_sorts_after_theirs() {
    ExceptionReview review = withSignedPlanRule();
    assertThat(review.policy().allRules()).containsExactlyElementsOf(ApprovalRules.builtIn().append(SIGNED_PLAN));
    Rejection rejection = rejected(review, routed(review, REQUEST), approve("d-1", DANA));
    assertThat(rejection.codes()).containsExactly(ReviewCode.NO_DECIDE_RIGHT, ReviewCode.RELATIONSHIP_APPROVAL, ACME_01);
    assertThat(rejection.violates(ACME_01)).isTrue();
    assertThat(rejection.explanation()).isEqualTo("Rejected: Dana Lee holds no Decide right in force over the fund "
        + "request r-1 of Acme Systems for 20000.00 EUR at 2026-06-01T14:00:00Z; team Finance decides it under right "
        + "r-finance (SOD-03); Dana Lee owns the relationship with Acme Systems (SOD-05); Dana Lee approves 20000.00 "
        + "EUR without a signed co-marketing plan (ACME-01).");
  }

  @Test
  void a_host_rule_alone_rejects_an_attempt_every_built_in_rule_accepts() {
    ExceptionReview review = withSignedPlanRule();
    Rejection rejection = rejected(review, routed(review, REQUEST), approve("d-1", KIM));
    assertThat(rejection.codes()).containsExactly(ACME_01);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: Kim Park approves 20000.00 EUR without a signed co-marketing plan (ACME-01).");
    approvedAndClosed(accepted(review, routed(review, fund("r-3", ACME, "10000")), approve("d-1", KIM)));
  }

  @Test
  void a_host_rule_is_applied_by_the_audit_too() {
    ExceptionReview review = withSignedPlanRule();
    Audit audit = review.audit(REQUEST, List.of(record("d-1", REQUEST, KIM, Verdict.APPROVE, LATER,
        Option.some("r-finance"))));
    assertThat(audit.isClean()).isFalse();
    assertThat(audit.decisions().head().violations()).containsExactly(
        new Violation(ACME_01, "Kim Park approves 20000.00 EUR without a signed co-marketing plan"));
  }

  @Test
  void a_host_rule_may_not_reuse_the_code_of_a_built_in_rule() {
    ApprovalRule owner = ApprovalRule.of(StableCode.of("SOD-05", "x"), f -> List.empty());
    assertThatThrownBy(() -> ReviewPolicy.defaults().withRules(List.of(owner)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("two approval rules share a code: SOD-05");
  }

  @Test
  void two_host_rules_may_not_share_a_code() {
    ApprovalRule again = ApprovalRule.of(StableCode.of("ACME-01", "another rule"), f -> List.empty());
    assertThatThrownBy(() -> ReviewPolicy.defaults().withRules(List.of(SIGNED_PLAN, again)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("two approval rules share a code: ACME-01");
    ReviewPolicy once = ReviewPolicy.defaults().withRules(List.of(SIGNED_PLAN));
    assertThatThrownBy(() -> once.withRules(List.of(again)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("two approval rules share a code: ACME-01");
  }
}
