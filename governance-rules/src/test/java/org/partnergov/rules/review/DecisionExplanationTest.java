package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ReviewFixture.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.Verdict;

/** The sentence {@link ExceptionReview#decide} explains each verdict with, asserted in full. */
class DecisionExplanationTest {

  static final Instant ROUTED = T0.plus(Duration.ofHours(1));
  static final Instant LATER = T0.plus(Duration.ofHours(5));

  static ReviewCase routed(ExceptionReview review, String amount) {
    return review.route(ReviewCase.submit(fund("r-1", ACME, amount)), ROUTED).get();
  }

  static AcceptedDecision decide(Verdict verdict, String rationale, String... conditions) {
    ExceptionReview review = review();
    DecisionAttempt attempt = DecisionAttempt.of(new DecisionRecordId("d-1"), SAM, verdict, rationale, LATER);
    return review.decide(routed(review, "20000"), conditions.length == 0 ? attempt : attempt.withConditions(conditions))
        .get();
  }

  @Test
  void an_approval() {
    AcceptedDecision d = decide(Verdict.APPROVE, "fits the pilot plan");
    assertThat(d.event()).isInstanceOf(CaseEvent.Approved.class);
    assertThat(d.explanation()).isEqualTo("Approved by Sam Ortiz under right r-finance: fits the pilot plan. "
        + "The fund request is approved. Evidence cited: a-delivery.");
  }

  @Test
  void an_approval_with_conditions() {
    AcceptedDecision d = decide(Verdict.APPROVE_WITH_CONDITIONS, "fits the pilot plan", "report results by July",
        "no spend before the launch");
    assertThat(d.record().conditions()).containsExactly("report results by July", "no spend before the launch");
    assertThat(d.explanation()).isEqualTo("Approved with conditions (report results by July; no spend before the "
        + "launch) by Sam Ortiz under right r-finance: fits the pilot plan. The fund request is approved. "
        + "Evidence cited: a-delivery.");
  }

  @Test
  void a_rejection() {
    AcceptedDecision d = decide(Verdict.REJECT, "the launch moved to next year");
    assertThat(d.reviewCase().state().describe()).isEqualTo("closed (rejected)");
    assertThat(d.explanation()).isEqualTo("Rejected by Sam Ortiz under right r-finance: the launch moved to next "
        + "year. The fund request is rejected. Evidence cited: a-delivery.");
  }

  @Test
  void a_request_for_information() {
    AcceptedDecision d = decide(Verdict.REQUEST_INFORMATION, "which events does the budget cover");
    assertThat(d.reviewCase().state()).isInstanceOf(CaseState.AwaitingInformation.class);
    assertThat(d.explanation()).isEqualTo("Sam Ortiz asked for more information under right r-finance: which events "
        + "does the budget cover. The requester answers by amending the request. Evidence cited: a-delivery.");
  }

  @Test
  void the_first_of_two_approvals_on_the_four_eyes_lane() {
    ExceptionReview review = review();
    AcceptedDecision d = review.decide(routed(review, "60000"),
        DecisionAttempt.of(new DecisionRecordId("d-1"), SAM, Verdict.APPROVE, "fits the pilot plan", LATER)).get();
    assertThat(d.explanation()).isEqualTo("Approved by Sam Ortiz under right r-finance: fits the pilot plan. "
        + "1 of 2 approvals; a second, distinct approver is required (SOD-04). Evidence cited: a-delivery.");
  }
}
