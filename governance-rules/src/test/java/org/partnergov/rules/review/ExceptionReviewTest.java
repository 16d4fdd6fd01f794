package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ReviewFixture.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.Verdict;

/** Examples of routing and deciding exception requests, with the sentences they explain themselves by. */
class ExceptionReviewTest {

  static final Instant ROUTED = T0.plus(Duration.ofHours(1));
  static final Instant LATER = T0.plus(Duration.ofHours(5));

  static ReviewCase routed(ExceptionReview review, FundRequest request) {
    return review.route(ReviewCase.submit(request), ROUTED).get();
  }

  @Test
  void a_small_request_with_evidence_from_an_active_partner_takes_the_fast_path() {
    ReviewPlan plan = review().route(fund("r-1", ACME, "2500"), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.FAST_PATH);
    assertThat(plan.steps()).hasSize(1);
    assertThat(plan.steps().head().due()).isEqualTo(ROUTED.plus(Duration.ofDays(2)));
    assertThat(plan.explanation()).startsWith("Fast path for the fund request r-1 of Acme Systems for 2500.00 EUR:")
        .contains("Decider: team Finance, under right r-finance.");
  }

  @Test
  void a_request_above_four_eyes_needs_two_distinct_approvers() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, fund("r-2", ACME, "60000"));
    assertThat(c.plan().get().lane()).isEqualTo(Lane.FOUR_EYES);
    AcceptedDecision first = review.decide(c, attempt("d-1", SAM, Verdict.APPROVE, LATER)).get();
    assertThat(first.explanation()).contains("1 of 2 approvals");
    Rejection again = review.decide(first.reviewCase(), attempt("d-2", SAM, Verdict.APPROVE, LATER)).getLeft();
    assertThat(again.codes()).containsExactly(ReviewCode.FOUR_EYES);
    AcceptedDecision second = review.decide(first.reviewCase(), attempt("d-3", KIM, Verdict.APPROVE, LATER)).get();
    assertThat(second.reviewCase().state()).isInstanceOf(CaseState.Closed.class);
    assertThat(second.explanation()).endsWith("The fund request is approved. Evidence cited: a-delivery.");
  }

  @Test
  void the_relationship_owner_is_rejected_with_a_readable_sentence() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, fund("r-3", ACME, "20000"));
    Rejection rejection = review.decide(c, attempt("d-1", DANA, Verdict.APPROVE, LATER)).getLeft();
    assertThat(rejection.explanation()).isEqualTo("Rejected: Dana Lee holds no Decide right in force over the fund "
        + "request r-3 of Acme Systems for 20000.00 EUR at 2026-06-01T14:00:00Z; team Finance decides it under right "
        + "r-finance (SOD-03); Dana Lee owns the relationship with Acme Systems (SOD-05).");
  }
}
