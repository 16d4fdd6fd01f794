package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.money.Money;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.FastPath;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.IncentiveException;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;

/**
 * Examples of {@link ExceptionReview#route}: the fast path taken and not taken for each reason,
 * the thresholds exactly at and a cent above, cumulative due times, every way routing is refused,
 * host-defined criteria, and each lane's explanation as a full sentence.
 */
class RoutingTest {

  static final Instant ROUTED = T0.plus(Duration.ofHours(1));
  static final String STEP_1 = "Step 1: whoever holds the role partner-manager checks EVIDENCE_CITED (met), due 2026-06-03T10:00:00Z. ";
  static final String STEP_2 = "Step 2: team Finance checks PROGRAM_ENROLLED (met), due 2026-06-06T10:00:00Z. ";
  static final String DECIDES = "Decider: team Finance, under right r-finance.";

  static ReviewPlan plan(String amount) {
    return review().route(fund("r-1", ACME, amount), ROUTED).get();
  }

  static FundRequest uncited(String amount) {
    return FundRequest.builder().from(fund("r-1", ACME, amount)).cited(List.empty()).build();
  }

  /** The fund path with another fast path: the same threshold, the criteria given. */
  static ReviewPath fundPathWithFastPath(Criterion... criteria) {
    return ReviewPath.builder().from(FUND_PATH)
        .fastPath(Option.some(FastPath.of(eur("5000"), List.of(criteria)))).build();
  }

  static ExceptionReview reviewWith(ReviewPath path, ReviewPolicy policy) {
    return ExceptionReview.of(snapshot(parts().reviewPaths(List.of(path))), policy);
  }

  // ---------------------------------------------------------------- fast path

  @Test
  void a_small_request_meeting_every_fast_path_criterion_takes_the_fast_path() {
    ReviewPlan plan = plan("2500");
    assertThat(plan.lane()).isEqualTo(Lane.FAST_PATH);
    assertThat(plan.requiredApprovals()).isEqualTo(1);
    assertThat(plan.steps()).hasSize(1);
    assertThat(plan.fastPathCriteria()).extracting(CriterionResult::criterion, CriterionResult::met)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EVIDENCE_CITED", true),
            org.assertj.core.groups.Tuple.tuple("PARTNER_ACTIVE", true));
    assertThat(plan.codes()).isEmpty();
    assertThat(plan.total()).isEqualTo(Option.some(eur("2500")));
    assertThat(plan.explanation()).isEqualTo("Fast path for the fund request r-1 of Acme Systems for 2500.00 EUR: "
        + "below the fast-path threshold of 5000.00 EUR and every fast-path criterion holds (EVIDENCE_CITED, "
        + "PARTNER_ACTIVE). " + STEP_1 + DECIDES);
  }

  @Test
  void a_cent_below_the_fast_path_threshold_is_below_it() {
    assertThat(plan("4999.99").lane()).isEqualTo(Lane.FAST_PATH);
  }

  @Test
  void an_amount_exactly_at_the_fast_path_threshold_is_not_below_it() {
    ReviewPlan plan = plan("5000");
    assertThat(plan.lane()).isEqualTo(Lane.STANDARD);
    assertThat(plan.requiredApprovals()).isEqualTo(1);
    assertThat(plan.steps()).hasSize(2);
    assertThat(plan.explanation()).isEqualTo("Full review of the fund request r-1 of Acme Systems for 5000.00 EUR: "
        + "5000.00 EUR is not below the fast-path threshold of 5000.00 EUR. " + STEP_1 + STEP_2 + DECIDES);
  }

  @Test
  void a_fast_path_criterion_not_met_sends_a_small_request_to_full_review() {
    ReviewPlan plan = review().route(uncited("2500"), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.STANDARD);
    assertThat(plan.explanation()).isEqualTo("Full review of the fund request r-1 of Acme Systems for 2500.00 EUR: "
        + "EVIDENCE_CITED does not hold (the request cites no activity record of its partner that the ecosystem "
        + "holds). Step 1: whoever holds the role partner-manager checks EVIDENCE_CITED (not met: the request cites "
        + "no activity record of its partner that the ecosystem holds), due 2026-06-03T10:00:00Z. " + STEP_2 + DECIDES);
  }

  @Test
  void a_suspended_partner_does_not_take_the_fast_path() {
    ReviewPlan plan = review().route(fund("r-1", NORDWIND, "2500"), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.STANDARD);
    assertThat(plan.fastPathCriteria().filter(r -> !r.met()).map(CriterionResult::criterion))
        .containsExactly("EVIDENCE_CITED", "PARTNER_ACTIVE");
    assertThat(plan.explanation()).startsWith("Full review of the fund request r-1 of Nordwind for 2500.00 EUR: "
        + "EVIDENCE_CITED does not hold (the request cites no activity record of its partner that the ecosystem "
        + "holds); PARTNER_ACTIVE does not hold (the partner is not active). ");
  }

  @Test
  void every_reason_is_given_when_both_the_amount_and_a_criterion_keep_a_request_off_the_fast_path() {
    ReviewPlan plan = review().route(uncited("5000"), ROUTED).get();
    assertThat(plan.explanation()).startsWith("Full review of the fund request r-1 of Acme Systems for 5000.00 EUR: "
        + "5000.00 EUR is not below the fast-path threshold of 5000.00 EUR; EVIDENCE_CITED does not hold (the "
        + "request cites no activity record of its partner that the ecosystem holds). ");
  }

  @Test
  void a_criterion_with_no_check_defined_is_not_met() {
    ExceptionReview review = reviewWith(fundPathWithFastPath(Criterion.of("SIGNED_OFF", "the program owner signed off")),
        ReviewPolicy.defaults());
    ReviewPlan plan = review.route(fund("r-1", ACME, "2500"), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.STANDARD);
    assertThat(plan.fastPathCriteria()).containsExactly(CriterionResult.of(
        Criterion.of("SIGNED_OFF", "the program owner signed off"), false,
        "no check is defined for criterion SIGNED_OFF, so it cannot hold"));
    assertThat(plan.explanation()).isEqualTo("Full review of the fund request r-1 of Acme Systems for 2500.00 EUR: "
        + "SIGNED_OFF does not hold (no check is defined for criterion SIGNED_OFF, so it cannot hold). "
        + STEP_1 + STEP_2 + DECIDES);
  }

  @Test
  void a_path_without_a_fast_path_says_so() {
    ReviewPath noFastPath = ReviewPath.builder().from(FUND_PATH).fastPath(Option.none()).build();
    ReviewPlan plan = reviewWith(noFastPath, ReviewPolicy.defaults()).route(fund("r-1", ACME, "10"), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.STANDARD);
    assertThat(plan.fastPathCriteria()).isEmpty();
    assertThat(plan.explanation()).isEqualTo("Full review of the fund request r-1 of Acme Systems for 10.00 EUR: "
        + "review path fund-path has no fast path. " + STEP_1 + STEP_2 + DECIDES);
  }

  // ---------------------------------------------------------------- host-defined criteria

  @Test
  void a_host_criterion_of_a_built_in_code_replaces_the_built_in_check() {
    ReviewPolicy trusting = ReviewPolicy.defaults().withCriteria(List.of(ReviewCriterion.of("evidence cited",
        f -> true, "the host takes the requester's word for the evidence", "never")));
    ReviewPlan plan = ExceptionReview.of(snapshot(parts()), trusting).route(uncited("2500"), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.FAST_PATH);
    assertThat(plan.fastPathCriteria().head()).isEqualTo(CriterionResult.of(
        Criterion.of("EVIDENCE_CITED", "cites evidence"), true, "the host takes the requester's word for the evidence"));
  }

  @Test
  void a_host_criterion_of_a_new_code_extends_the_built_in_ones() {
    ReviewCriterion signedOff = ReviewCriterion.of("signed-off", f -> f.request().rationale().contains("pilot"),
        "the program owner signed off the pilot spend", "nobody signed off the spend");
    ReviewPolicy policy = ReviewPolicy.defaults().withCriteria(List.of(signedOff));
    assertThat(policy.criteria().keySet()).contains("EVIDENCE_CITED", "PARTNER_ACTIVE", "PROGRAM_ENROLLED",
        "CUSTOMER_CONFIRMED", "SIGNED_OFF");
    ExceptionReview review = reviewWith(fundPathWithFastPath(Criterion.of("EVIDENCE_CITED", "cites evidence"),
        Criterion.of("SIGNED_OFF", "signed off")), policy);
    ReviewPlan plan = review.route(fund("r-1", ACME, "2500"), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.FAST_PATH);
    assertThat(plan.explanation()).startsWith("Fast path for the fund request r-1 of Acme Systems for 2500.00 EUR: "
        + "below the fast-path threshold of 5000.00 EUR and every fast-path criterion holds (EVIDENCE_CITED, SIGNED_OFF). ");
    FundRequest unsigned = FundRequest.builder().from(fund("r-1", ACME, "2500")).rationale("co-marketing").build();
    assertThat(review.route(unsigned, ROUTED).get().explanation()).startsWith("Full review of the fund request r-1 of "
        + "Acme Systems for 2500.00 EUR: SIGNED_OFF does not hold (nobody signed off the spend). ");
  }

  // ---------------------------------------------------------------- four eyes

  @Test
  void an_amount_exactly_at_the_four_eyes_threshold_is_not_four_eyes() {
    ReviewPlan plan = plan("50000");
    assertThat(plan.lane()).isEqualTo(Lane.STANDARD);
    assertThat(plan.requiredApprovals()).isEqualTo(1);
    assertThat(plan.codes()).isEmpty();
  }

  @Test
  void a_cent_above_the_four_eyes_threshold_needs_two_distinct_approvers() {
    ReviewPlan plan = plan("50000.01");
    assertThat(plan.lane()).isEqualTo(Lane.FOUR_EYES);
    assertThat(plan.requiredApprovals()).isEqualTo(2);
    assertThat(plan.codes()).containsExactly(ReviewCode.FOUR_EYES);
    assertThat(plan.steps()).hasSize(2);
    assertThat(plan.explanation()).isEqualTo("Four-eyes review of the fund request r-1 of Acme Systems for 50000.01 "
        + "EUR (SOD-04): above the four-eyes threshold of 50000.00 EUR, two distinct persons must approve, the decider and a second approver. "
        + STEP_1 + STEP_2 + DECIDES);
  }

  // ---------------------------------------------------------------- due times

  @Test
  void each_step_is_due_after_the_time_limits_of_itself_and_every_earlier_step() {
    ReviewPlan plan = plan("20000");
    assertThat(plan.routedAt()).isEqualTo(ROUTED);
    assertThat(plan.steps().map(PlannedStep::due)).containsExactly(ROUTED.plus(Duration.ofDays(2)),
        ROUTED.plus(Duration.ofDays(5)));
    assertThat(plan.due()).isEqualTo(ROUTED.plus(Duration.ofDays(5)));
    assertThat(plan.steps().map(PlannedStep::reviewer)).containsExactly(Holder.role(MANAGER), Holder.team(FINANCE));
  }

  // ---------------------------------------------------------------- refused

  @Test
  void a_decision_type_without_a_review_path_is_refused_rev_03() {
    IncentiveException incentive = IncentiveException.builder().id(new RequestId("i-1")).requester(ALEX).partner(ACME)
        .rationale("a competitor matched our price").submittedAt(T0).incentive("Q2 accelerator")
        .requestedAmount(eur("1000")).deviation("double rebate").build();
    Rejection rejection = review().route(incentive, ROUTED).getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.NO_REVIEW_PATH);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: no review path is defined for INCENTIVE_EXCEPTION decisions (REV-03).");
  }

  @Test
  void two_review_paths_for_one_decision_type_are_refused_rev_03() {
    ReviewPath second = ReviewPath.builder().from(FUND_PATH).id(new ReviewPathId("fund-path-emea")).build();
    ExceptionReview review = ExceptionReview.of(snapshot(parts().reviewPaths(List.of(second, FUND_PATH))),
        ReviewPolicy.defaults());
    assertThat(review.route(fund("r-1", ACME, "2500"), ROUTED).getLeft().explanation()).isEqualTo(
        "Rejected: review paths fund-path and fund-path-emea both review FUND_ALLOCATION decisions (REV-03).");
  }

  @Test
  void an_amount_in_another_currency_than_the_thresholds_is_refused_rev_04() {
    FundRequest dollars = FundRequest.builder().from(fund("r-1", ACME, "2500"))
        .requestedAmount(Money.of("2500", "USD")).build();
    Rejection rejection = review().route(dollars, ROUTED).getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.CURRENCY_MISMATCH);
    assertThat(rejection.explanation())
        .isEqualTo("Rejected: the request is in USD but review path fund-path sets its thresholds in EUR (REV-04).");
  }

  @Test
  void routing_before_submission_is_refused_sod_11() {
    Rejection rejection = review().route(fund("r-1", ACME, "2500"), T0.minusSeconds(1)).getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.CASE_NOT_OPEN);
    assertThat(rejection.explanation()).isEqualTo("Rejected: the request cannot be routed at 2026-06-01T08:59:59Z, "
        + "before its submission at 2026-06-01T09:00:00Z (SOD-11).");
    assertThat(review().route(fund("r-1", ACME, "2500"), T0).isRight()).isTrue();
  }

  @Test
  void every_reason_is_given_at_once() {
    FundRequest dollars = FundRequest.builder().from(fund("r-1", ACME, "2500"))
        .requestedAmount(Money.of("2500", "USD")).build();
    assertThat(review().route(dollars, T0.minusSeconds(1)).getLeft().codes())
        .containsExactly(ReviewCode.CASE_NOT_OPEN, ReviewCode.CURRENCY_MISMATCH);
  }

  @Test
  void routing_a_case_puts_it_in_review_under_the_plan() {
    ExceptionReview review = review();
    ReviewCase routed = review.route(ReviewCase.submit(fund("r-1", ACME, "2500")), ROUTED).get();
    assertThat(routed.state()).isEqualTo(new CaseState.InReview(plan("2500"), List.empty()));
    assertThat(routed.events().last()).isEqualTo(new CaseEvent.Routed(plan("2500")));
  }

  @Test
  void routing_a_case_that_is_not_awaiting_routing_is_refused_sod_11() {
    ExceptionReview review = review();
    ReviewCase routed = review.route(ReviewCase.submit(fund("r-1", ACME, "2500")), ROUTED).get();
    Rejection again = review.route(routed, ROUTED.plusSeconds(60)).getLeft();
    assertThat(again.codes()).containsExactly(ReviewCode.CASE_NOT_OPEN);
    assertThat(again.explanation()).isEqualTo("Rejected: the case is in review, not awaiting routing (SOD-11).");
    ReviewCase withdrawn = routed.apply(new CaseEvent.Withdrawn(ALEX, ROUTED.plusSeconds(60))).get();
    assertThat(review.route(withdrawn, ROUTED.plusSeconds(120)).getLeft().explanation())
        .isEqualTo("Rejected: the case is closed (withdrawn), not awaiting routing (SOD-11).");
  }

  @Test
  void routing_a_case_before_its_last_event_is_refused_sod_11() {
    ExceptionReview review = review();
    ReviewCase escalated = ReviewCase.submit(fund("r-1", ACME, "2500"))
        .apply(new CaseEvent.Escalated(KIM, "urgent", ROUTED)).get();
    Rejection rejection = review.route(escalated, ROUTED.minusSeconds(60)).getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.CASE_NOT_OPEN);
    assertThat(rejection.explanation()).isEqualTo("Rejected: the routing at 2026-06-01T09:59:00Z is before the case's "
        + "last event at 2026-06-01T10:00:00Z (SOD-11).");
  }

  @Test
  void an_amended_case_is_routed_on_its_current_request() {
    ExceptionReview review = review();
    ReviewCase amended = ReviewCase.submit(fund("r-1", ACME, "2500")).apply(new CaseEvent.Amended(ALEX,
        fund("r-1", ACME, "60000"), ROUTED)).get();
    ReviewCase routed = review.route(amended, ROUTED).get();
    assertThat(routed.plan().get().lane()).isEqualTo(Lane.FOUR_EYES);
  }

  @Test
  void a_request_without_money_at_stake_takes_the_fast_path() {
    ReviewPath readinessPath = ReviewPath.builder().from(FUND_PATH).id(new ReviewPathId("readiness-path"))
        .decisionType(DecisionType.READINESS_CLAIM).build();
    var readinessRight = org.partnergov.model.decision.DecisionRight.builder()
        .id(new org.partnergov.model.decision.DecisionRightId("r-readiness")).decisionType(DecisionType.READINESS_CLAIM)
        .holder(Holder.person(SAM)).role(org.partnergov.model.decision.RapidRole.DECIDE)
        .scope(org.partnergov.model.decision.Scope.any(org.partnergov.model.time.Period.from(T0.minus(Duration.ofDays(1)))))
        .build();
    var base = snapshot(parts()).parts().matrix();
    ExceptionReview review = ExceptionReview.of(snapshot(parts().reviewPaths(List.of(FUND_PATH, readinessPath))
        .matrix(org.partnergov.model.decision.DecisionRightsMatrix.of(base.rights().append(readinessRight),
            base.delegations()))), ReviewPolicy.defaults());
    ReviewPlan plan = review.route(claim(), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.FAST_PATH);
    assertThat(plan.total()).isEmpty();
    assertThat(plan.explanation()).isEqualTo("Fast path for the readiness claim c-1 of Acme Systems: no money is at "
        + "stake and every fast-path criterion holds (EVIDENCE_CITED, PARTNER_ACTIVE). " + STEP_1
        + "Decider: Sam Ortiz, under right r-readiness.");
  }

  @Test
  void a_request_nobody_may_decide_is_not_routed_into_a_plan_that_cannot_close() {
    ReviewPath readinessPath = ReviewPath.builder().from(FUND_PATH).id(new ReviewPathId("readiness-path"))
        .decisionType(DecisionType.READINESS_CLAIM).build();
    ExceptionReview review = ExceptionReview.of(snapshot(parts().reviewPaths(List.of(FUND_PATH, readinessPath))),
        ReviewPolicy.defaults());
    Rejection refused = review.route(claim(), ROUTED).getLeft();
    assertThat(refused.codes()).containsExactly(ReviewCode.UNSTAFFED);
    assertThat(refused.explanation()).isEqualTo("Rejected: nobody can decide the readiness claim c-1 of Acme Systems: "
        + "no decision right in force gives anyone Decide over this decision (REV-06).");
  }

  private static org.partnergov.model.review.ReadinessClaim claim() {
    return org.partnergov.model.review.ReadinessClaim.builder()
        .id(new RequestId("c-1")).requester(ALEX).partner(ACME).rationale("ready for launch").cited(List.of(DELIVERY))
        .submittedAt(T0).launch("Platform GA").launchDate(T0.plus(Duration.ofDays(30)))
        .claimedCriteria(List.of("trained staff")).build();
  }
}
