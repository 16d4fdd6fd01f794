package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Role;
import org.partnergov.model.review.ApprovalLevel;
import org.partnergov.model.review.ApprovalMode;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.partnergov.rules.log.CanonicalEncoding;

/**
 * Sequential approval levels: a functional approver (Sam Ortiz decides fund allocations), then a
 * financial approver from 20,000 EUR (Kim Park decides the host's FUND_FINANCE decisions).
 */
class ApprovalLevelsTest {

  static final DecisionType FINANCE = DecisionType.of("FUND_FINANCE");
  static final PersonId MIA = new PersonId("mia");
  static final Role CONTROLLER = Role.of("controller");
  static final ApprovalLevel FUNCTIONAL = ApprovalLevel.of("functional", DecisionType.FUND_ALLOCATION);
  static final ApprovalLevel FINANCIAL = ApprovalLevel.of("financial", FINANCE).from(eur("20000"));
  static final Instant ROUTED = T0.plus(Duration.ofHours(1));

  static DecisionRight right(String id, DecisionType type, Holder holder, RapidRole role) {
    return DecisionRight.builder().id(new DecisionRightId(id)).decisionType(type).holder(holder).role(role)
        .scope(Scope.any(Period.from(T0.minus(Duration.ofDays(365))))).build();
  }

  static ExceptionReview review(Seq<ApprovalLevel> levels, boolean everyLower, Holder financial) {
    ReviewPath path = ReviewPath.builder().from(FUND_PATH).approvalLevels(levels).everyLowerLevelApproves(everyLower).build();
    var parts = parts().reviewPaths(List.of(path))
        .persons(snapshot(parts()).parts().persons().append(person(MIA, "Mia Roth", FINANCE_UNIT, CONTROLLER))
            .map(p -> p.id().equals(KIM) ? person(KIM, "Kim Park", FINANCE_UNIT, CONTROLLER) : p))
        .matrix(DecisionRightsMatrix.of(List.of(
            right("r-functional", DecisionType.FUND_ALLOCATION, Holder.person(SAM), RapidRole.DECIDE),
            right("r-financial", FINANCE, financial, RapidRole.DECIDE)), List.empty()));
    return ExceptionReview.of(snapshot(parts), ReviewPolicy.defaults());
  }

  static final org.partnergov.model.party.OrgUnitId FINANCE_UNIT = ReviewFixture.FINANCE;

  static ExceptionReview review() {
    return review(List.of(FUNCTIONAL, FINANCIAL), true, Holder.person(KIM));
  }

  static ReviewCase routed(ExceptionReview review, String amount) {
    return review.route(ReviewCase.submit(fund("r-1", ACME, amount)), ROUTED).get();
  }

  static DecisionAttempt approval(String id, PersonId who, int hour) {
    return attempt(id, who, Verdict.APPROVE, ROUTED.plus(Duration.ofHours(hour)));
  }

  @Test
  void a_request_below_the_financial_threshold_goes_through_the_functional_level_alone() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, "10000");
    ReviewPlan plan = c.plan().get();
    assertThat(plan.levels().map(PlannedLevel::name)).containsExactly("functional");
    assertThat(plan.explanation()).contains("; the approval levels are functional (Sam Ortiz decides, right "
        + "r-functional), in that order.");

    AcceptedDecision sam = review.decide(c, approval("d-1", SAM, 1)).get();
    assertThat(sam.reviewCase().state().isClosed()).isTrue();
    assertThat(sam.record().approvalLevel()).contains("functional");
    assertThat(sam.explanation()).startsWith("Approved by Sam Ortiz under right r-functional at the functional level:");
    assertThat(CanonicalEncoding.encode(sam.record())[0]).isEqualTo((byte) CanonicalEncoding.VERSION_WITH_LEVEL);
  }

  @Test
  void levels_approve_in_order_each_by_its_own_decider() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, "30000");
    assertThat(c.plan().get().levels().map(PlannedLevel::name))
        .containsExactly("functional", "financial");
    assertThat(c.plan().get().requiredApprovals()).isEqualTo(2);

    Rejection early = review.decide(c, approval("d-0", KIM, 1)).getLeft();
    assertThat(early.explanation()).isEqualTo("Rejected: Kim Park approves at the financial level, which approves "
        + "only after the functional level (REV-07).");

    AcceptedDecision sam = review.decide(c, approval("d-1", SAM, 1)).get();
    assertThat(sam.reviewCase().state()).isInstanceOf(CaseState.InReview.class);
    assertThat(sam.explanation()).contains("1 of 2 approvals; the financial level approves next.");
    assertThat(review.decide(sam.reviewCase(), approval("d-2", SAM, 2)).getLeft().codes())
        .containsExactly(ReviewCode.FOUR_EYES);
    assertThat(review.decide(sam.reviewCase(), approval("d-2", DANA, 2)).getLeft().codes())
        .containsExactly(ReviewCode.NO_DECIDE_RIGHT, ReviewCode.RELATIONSHIP_APPROVAL);

    AcceptedDecision kim = review.decide(sam.reviewCase(), approval("d-3", KIM, 3)).get();
    assertThat(kim.reviewCase().state().isClosed()).isTrue();
    assertThat(kim.record().approvalLevel()).contains("financial");
    assertThat(kim.record().right()).contains(new DecisionRightId("r-financial"));
  }

  @Test
  void without_lower_levels_only_the_highest_level_that_applies_approves() {
    ExceptionReview review = review(List.of(FUNCTIONAL, FINANCIAL), false, Holder.person(KIM));
    ReviewCase c = routed(review, "30000");
    assertThat(c.plan().get().levels().map(PlannedLevel::name)).containsExactly("financial");
    assertThat(review.decide(c, approval("d-1", KIM, 1)).get().reviewCase().state().isClosed()).isTrue();
  }

  @Test
  void at_a_unanimous_level_every_approver_approves_once() {
    ExceptionReview review = review(List.of(FUNCTIONAL, FINANCIAL.withMode(ApprovalMode.UNANIMOUS)), true,
        Holder.role(CONTROLLER));
    ReviewCase c = routed(review, "30000");
    ReviewPlan plan = c.plan().get();
    assertThat(plan.levels().last().approvers()).containsExactly(KIM, MIA);
    assertThat(plan.requiredApprovals()).isEqualTo(3);

    ReviewCase afterSam = review.decide(c, approval("d-1", SAM, 1)).get().reviewCase();
    ReviewCase afterKim = review.decide(afterSam, approval("d-2", KIM, 2)).get().reviewCase();
    assertThat(afterKim.state()).isInstanceOf(CaseState.InReview.class);
    assertThat(review.decide(afterKim, approval("d-3", KIM, 3)).getLeft().codes()).containsExactly(ReviewCode.FOUR_EYES);
    AcceptedDecision mia = review.decide(afterKim, approval("d-4", MIA, 4)).get();
    assertThat(mia.reviewCase().state().isClosed()).isTrue();
    assertThat(mia.reviewCase().decisions().map(DecisionRecord::approvalLevel).map(Option::get))
        .containsExactly("functional", "financial", "financial");
  }

  @Test
  void a_level_the_matrix_cannot_staff_is_refused_at_routing() {
    // a unanimous level of team Finance: Lee Chan declared a conflict with Acme Systems
    Rejection conflicted = review(List.of(FUNCTIONAL, FINANCIAL.withMode(ApprovalMode.UNANIMOUS)), true,
        Holder.team(FINANCE_UNIT)).route(fund("r-1", ACME, "30000"), ROUTED).getLeft();
    assertThat(conflicted.explanation()).isEqualTo("Rejected: Lee Chan declared a conflict of interest with Acme "
        + "Systems, but every approver of the financial level of the fund request r-1 of Acme Systems for 30000.00 EUR "
        + "must approve it (REV-06).");
    // one person at both levels: two distinct approvers are needed
    Rejection same = review(List.of(FUNCTIONAL, FINANCIAL), true, Holder.person(SAM))
        .route(fund("r-1", ACME, "30000"), ROUTED).getLeft();
    assertThat(same.explanation()).isEqualTo("Rejected: the fund request r-1 of Acme Systems for 30000.00 EUR needs 2 "
        + "distinct approvers for its approval levels functional, financial, but the people who may approve it cannot "
        + "fill them all (REV-06).");
    // a level of a decision type nobody decides
    Rejection nobody = review(List.of(FUNCTIONAL, ApprovalLevel.of("board", DecisionType.of("BOARD"))), true,
        Holder.person(KIM)).route(fund("r-1", ACME, "30000"), ROUTED).getLeft();
    assertThat(nobody.explanation()).isEqualTo("Rejected: nobody can decide the board level of the fund request r-1 of "
        + "Acme Systems for 30000.00 EUR: no decision right in force gives anyone Decide over this decision (REV-06).");
  }

  @Test
  void on_the_four_eyes_lane_a_single_level_gets_a_second_approver() {
    ExceptionReview review = review(List.of(FUNCTIONAL, FINANCIAL), false, Holder.person(KIM));
    ReviewCase c = routed(review, "60000");
    ReviewPlan plan = c.plan().get();
    assertThat(plan.levels().map(PlannedLevel::name)).containsExactly("financial", PlannedLevel.SECOND_APPROVER);
    ReviewCase afterKim = review.decide(c, approval("d-1", KIM, 1)).get().reviewCase();
    AcceptedDecision sam = review.decide(afterKim, approval("d-2", SAM, 2)).get();
    assertThat(sam.reviewCase().state().isClosed()).isTrue();
    assertThat(sam.record().approvalLevel()).isEmpty();
    assertThat(sam.record().right()).contains(new DecisionRightId("r-functional"));
  }

  /** Recorded decisions are replayed in the order of their instants, not of their text. */
  @Test
  void recorded_decisions_are_replayed_in_the_order_of_their_instants() {
    ExceptionReview review = review();
    Instant at = ROUTED.plus(Duration.ofHours(1));
    DecisionRecord first = review.decide(routed(review, "10000"), attempt("d-z", SAM, Verdict.APPROVE, at)).get().record();
    DecisionRecord second = DecisionRecord.builder().from(first).id(new org.partnergov.model.review.DecisionRecordId("d-a"))
        .decidedAt(at.plusMillis(500)).build();
    Audit audit = review.audit(fund("r-1", ACME, "10000"), List.of(second, first));
    assertThat(audit.decisions().map(a -> a.record().id().value())).containsExactly("d-z", "d-a");
    assertThat(audit.decisions().head().violations()).isEmpty();
    assertThat(audit.decisions().last().violations().map(Violation::code)).contains(ReviewCode.CASE_NOT_OPEN);
  }

  @Test
  void recorded_approvals_are_audited_level_by_level() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, "30000");
    AcceptedDecision sam = review.decide(c, approval("d-1", SAM, 1)).get();
    AcceptedDecision kim = review.decide(sam.reviewCase(), approval("d-2", KIM, 2)).get();
    Audit clean = review.audit(fund("r-1", ACME, "30000"), List.of(kim.record(), sam.record()));
    assertThat(clean.isClean()).isTrue();

    DecisionRecord kimFirst = DecisionRecord.builder().from(kim.record()).decidedAt(T0.plusSeconds(1)).build();
    Audit outOfOrder = review.audit(fund("r-1", ACME, "30000"), List.of(kimFirst, sam.record()));
    assertThat(outOfOrder.decisions().head().violations().map(Violation::code)).contains(ReviewCode.LEVEL_OUT_OF_ORDER);
  }

}
