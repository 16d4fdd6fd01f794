package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ApprovalFixture.*;
import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Role;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;

/**
 * Examples of REV-06: routing refuses a plan the decision-rights matrix cannot staff (nobody may
 * decide, the only deciders may not approve this request, a four-eyes review without a second
 * eligible approver), and a four-eyes review that one named decider and one Agree holder complete.
 */
class StaffingTest {

  static final FundRequest REQUEST = fund("r-1", ACME, "20000");
  static final FundRequest LARGE = fund("r-1", ACME, "60000");

  static Rejection unstaffed(Seq<DecisionRight> rights, FundRequest request) {
    Rejection rejection = reviewWith(rights).route(request, ROUTED).getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.UNSTAFFED);
    return rejection;
  }

  static DecisionAttempt approve(String id, PersonId who) {
    return attempt(id, who, Verdict.APPROVE, LATER);
  }

  // ---------------------------------------------------------------- nobody may decide

  @Test
  void no_decide_right_covering_the_request_is_refused_rev_06() {
    assertThat(unstaffed(List.empty(), REQUEST).explanation()).isEqualTo("Rejected: nobody can decide the fund "
        + "request r-1 of Acme Systems for 20000.00 EUR: no decision right in force gives anyone Decide over this "
        + "decision (REV-06).");
    assertThat(unstaffed(List.of(agree("r-kim", Holder.person(KIM))), REQUEST).explanation()).isEqualTo("Rejected: "
        + "nobody can decide the fund request r-1 of Acme Systems for 20000.00 EUR: no decision right in force gives "
        + "anyone Decide over this decision (REV-06).");
  }

  @Test
  void two_decide_rights_contesting_the_request_are_refused_rev_06() {
    Rejection rejection = unstaffed(List.of(decide("r-b", Holder.person(KIM)), decide("r-a", Holder.person(SAM))),
        REQUEST);
    assertThat(rejection.explanation()).isEqualTo("Rejected: nobody can decide the fund request r-1 of Acme Systems "
        + "for 20000.00 EUR: ambiguous: rights r-a and r-b both decide (REV-06).");
  }

  @Test
  void a_decide_right_of_a_role_nobody_holds_is_refused_rev_06() {
    Rejection rejection = unstaffed(List.of(decide("r-board", Holder.role(Role.of("board-member")))), REQUEST);
    assertThat(rejection.explanation()).isEqualTo("Rejected: nobody can decide the fund request r-1 of Acme Systems "
        + "for 20000.00 EUR: right r-board gives the decision to the role board-member, which nobody holds (REV-06).");
  }

  // ---------------------------------------------------------------- the only deciders may not approve

  @Test
  void a_request_only_the_relationship_owner_may_decide_is_refused_rev_06() {
    assertThat(unstaffed(List.of(decide("r-dana", Holder.person(DANA))), REQUEST).explanation()).isEqualTo(
        "Rejected: Dana Lee owns the relationship with Acme Systems, and nobody else may decide the fund request "
            + "r-1 of Acme Systems for 20000.00 EUR (REV-06).");
  }

  @Test
  void a_request_only_its_requester_may_decide_is_refused_rev_06() {
    assertThat(unstaffed(List.of(decide("r-alex", Holder.person(ALEX))), REQUEST).explanation()).isEqualTo(
        "Rejected: Alex Kim requested it, and nobody else may decide the fund request r-1 of Acme Systems for "
            + "20000.00 EUR (REV-06).");
  }

  @Test
  void a_request_only_someone_with_a_declared_conflict_may_decide_is_refused_rev_06() {
    assertThat(unstaffed(List.of(decide("r-lee", Holder.person(LEE))), REQUEST).explanation()).isEqualTo(
        "Rejected: Lee Chan declared a conflict of interest with Acme Systems, and nobody else may decide the fund "
            + "request r-1 of Acme Systems for 20000.00 EUR (REV-06).");
  }

  @Test
  void a_role_whose_every_holder_is_barred_is_refused_with_each_reason_rev_06() {
    assertThat(unstaffed(List.of(decide("r-managers", Holder.role(MANAGER))), REQUEST).explanation()).isEqualTo(
        "Rejected: Dana Lee owns the relationship with Acme Systems; Alex Kim requested it, and nobody else may "
            + "decide the fund request r-1 of Acme Systems for 20000.00 EUR (REV-06).");
  }

  // ---------------------------------------------------------------- four eyes

  @Test
  void a_four_eyes_request_with_one_named_decider_and_no_agree_right_is_refused_rev_06() {
    Seq<DecisionRight> samAlone = List.of(decide("r-sam", Holder.person(SAM)));
    assertThat(unstaffed(samAlone, LARGE).explanation()).isEqualTo("Rejected: the fund request r-1 of Acme Systems "
        + "for 60000.00 EUR needs a second approver besides Sam Ortiz, but nobody else who may approve it holds "
        + "Decide or Agree over it (no Agree right covers it) (REV-06).");
    assertThat(reviewWith(samAlone).route(REQUEST, ROUTED).isRight()).as("one approver staffs a standard plan").isTrue();
  }

  @Test
  void a_four_eyes_request_whose_only_agree_holder_owns_the_relationship_is_refused_rev_06() {
    Rejection rejection = unstaffed(List.of(decide("r-sam", Holder.person(SAM)), agree("r-dana", Holder.person(DANA))),
        LARGE);
    assertThat(rejection.explanation()).isEqualTo("Rejected: the fund request r-1 of Acme Systems for 60000.00 EUR "
        + "needs a second approver besides Sam Ortiz, but nobody else who may approve it holds Decide or Agree over "
        + "it (REV-06).");
  }

  // ---------------------------------------------------------------- one decider and one Agree holder

  static final Seq<DecisionRight> SAM_DECIDES_KIM_AGREES = List.of(decide("r-sam", Holder.person(SAM)),
      agree("r-kim", Holder.person(KIM)));

  @Test
  void one_named_decider_and_one_agree_holder_staff_a_four_eyes_review() {
    ReviewPlan plan = reviewWith(SAM_DECIDES_KIM_AGREES).route(LARGE, ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.FOUR_EYES);
    assertThat(plan.requiredApprovals()).isEqualTo(2);
    assertThat(plan.explanation()).isEqualTo("Four-eyes review of the fund request r-1 of Acme Systems for 60000.00 "
        + "EUR (SOD-04): above the four-eyes threshold of 50000.00 EUR, two distinct persons must approve, the decider "
        + "and a second approver such as Kim Park, who must agree. Step 1: whoever holds the role partner-manager "
        + "checks EVIDENCE_CITED (met), due 2026-06-03T10:00:00Z. Step 2: team Finance checks PROGRAM_ENROLLED (met), "
        + "due 2026-06-06T10:00:00Z. Decider: Sam Ortiz, under right r-sam.");
  }

  @Test
  void the_decider_approves_first_and_the_agree_holder_closes_the_four_eyes_review() {
    ExceptionReview review = reviewWith(SAM_DECIDES_KIM_AGREES);
    ReviewCase c = routed(review, LARGE);

    AcceptedDecision first = review.decide(c, approve("d-1", SAM)).get();
    assertThat(first.reviewCase().state()).isInstanceOf(CaseState.InReview.class);
    assertThat(((CaseState.InReview) first.reviewCase().state()).approvals()).hasSize(1);
    assertThat(first.record().right()).contains(new DecisionRightId("r-sam"));
    assertThat(first.explanation()).isEqualTo("Approved by Sam Ortiz under right r-sam: fits the pilot plan. 1 of 2 "
        + "approvals; a second, distinct approver is required (SOD-04). Evidence cited: a-delivery.");

    AcceptedDecision second = review.decide(first.reviewCase(), approve("d-2", KIM)).get();
    assertThat(second.reviewCase().state()).isInstanceOf(CaseState.Closed.class);
    CaseState.Closed closed = (CaseState.Closed) second.reviewCase().state();
    assertThat(closed.outcome()).isEqualTo(CaseState.Outcome.APPROVED);
    assertThat(closed.decisions()).containsExactly(first.record(), second.record());
    assertThat(second.record().right()).contains(new DecisionRightId("r-kim"));
    assertThat(second.explanation()).isEqualTo("Approved by Kim Park under right r-kim: fits the pilot plan. The fund "
        + "request is approved. Evidence cited: a-delivery.");
  }

  @Test
  void the_agree_holder_may_approve_first_and_the_decider_second() {
    ExceptionReview review = reviewWith(SAM_DECIDES_KIM_AGREES);
    AcceptedDecision first = review.decide(routed(review, LARGE), approve("d-1", KIM)).get();
    assertThat(((CaseState.InReview) first.reviewCase().state()).approvalsMissing()).isEqualTo(1);
    AcceptedDecision second = review.decide(first.reviewCase(), approve("d-2", SAM)).get();
    assertThat(((CaseState.Closed) second.reviewCase().state()).outcome()).isEqualTo(CaseState.Outcome.APPROVED);
  }

  @Test
  void two_agree_holders_alone_cannot_close_a_four_eyes_review_sod_04() {
    ExceptionReview review = reviewWith(SAM_DECIDES_KIM_AGREES.append(agree("r-jo", Holder.person(JO))));
    ReviewCase once = review.decide(routed(review, LARGE), approve("d-1", KIM)).get().reviewCase();
    Rejection rejection = review.decide(once, approve("d-2", JO)).getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.FOUR_EYES);
    assertThat(rejection.explanation()).isEqualTo("Rejected: Jo Berg may only be the second approver, which Kim Park "
        + "already is; Sam Ortiz decides it under right r-sam and must approve too (SOD-04).");
    assertThat(((CaseState.Closed) review.decide(once, approve("d-2", SAM)).get().reviewCase().state()).outcome())
        .isEqualTo(CaseState.Outcome.APPROVED);
  }

  @Test
  void the_agree_holder_cannot_approve_a_standard_plan_sod_03() {
    ExceptionReview review = reviewWith(SAM_DECIDES_KIM_AGREES);
    ReviewCase c = routed(review, REQUEST);
    assertThat(((CaseState.InReview) c.state()).plan().lane()).isEqualTo(Lane.STANDARD);
    Rejection rejection = review.decide(c, approve("d-1", KIM)).getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.NO_DECIDE_RIGHT);
    assertThat(rejection.explanation()).isEqualTo("Rejected: Kim Park holds no Decide right in force over the fund "
        + "request r-1 of Acme Systems for 20000.00 EUR at 2026-06-01T14:00:00Z; Sam Ortiz decides it under right "
        + "r-sam (SOD-03).");
  }

  @Test
  void a_delegate_and_the_delegator_of_the_decider_count_once_sod_04() {
    ExceptionReview review = reviewWith(List.of(decide("r-sam", Holder.person(SAM)), agree("r-jo", Holder.person(JO))),
        List.of(delegation("d-1", SAM, KIM, Period.of(T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(10))))),
        ReviewPolicy.defaults());
    AcceptedDecision byDelegate = review.decide(routed(review, LARGE), approve("a-1", KIM)).get();
    assertThat(byDelegate.explanation()).startsWith("Approved by Kim Park under right r-sam by delegation d-1: ");
    Rejection rejection = review.decide(byDelegate.reviewCase(), approve("a-2", SAM)).getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.FOUR_EYES);
    assertThat(rejection.explanation()).isEqualTo("Rejected: Kim Park already approved for the same principal, "
        + "Sam Ortiz; a second, distinct approver is required (SOD-04).");
    AcceptedDecision byAgreeHolder = review.decide(byDelegate.reviewCase(), approve("a-2", JO)).get();
    assertThat(((CaseState.Closed) byAgreeHolder.reviewCase().state()).outcome()).isEqualTo(CaseState.Outcome.APPROVED);
  }
}
