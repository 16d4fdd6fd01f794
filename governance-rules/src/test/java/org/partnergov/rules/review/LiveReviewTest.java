package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestClosure;
import org.partnergov.model.review.RequestClosureDraft;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.operating.OperatingLayer;

/**
 * Examples of a live review: requests, decisions and closures added one at a time, and what a
 * withdrawn or expired request no longer counts in.
 */
class LiveReviewTest {

  static final FundRequest FIRST = fund("r-1", ACME, "30000");
  static final FundRequest SECOND = FundRequest.builder().from(fund("r-2", ACME, "30000"))
      .submittedAt(T0.plus(Duration.ofDays(1))).build();
  static final Instant LATER = T0.plus(Duration.ofDays(2));

  static ExceptionReview added(ExceptionReview review, FundRequest request) {
    return review.withRequest(request).get();
  }

  static DecisionRecord decided(FundRequest request, Verdict verdict, Instant at) {
    return DecisionRecord.builder().id(new DecisionRecordId("d-" + request.id())).request(request.id())
        .decisionType(request.decisionType()).decider(KIM).verdict(verdict).decidedAt(at)
        .right(Option.some(new DecisionRightId("r-finance"))).rationale(Option.some("fits the plan"))
        .reviewPath(Option.some(new ReviewPathId("fund-path"))).build();
  }

  @Test
  void a_request_added_to_a_live_review_adds_up_with_the_next_one() {
    ExceptionReview live = added(review(), FIRST);
    ReviewPlan plan = live.route(SECOND, SECOND.submittedAt()).get();
    assertThat(plan.lane()).isEqualTo(Lane.FOUR_EYES);
    assertThat(plan.related()).containsExactly(FIRST.id());
    assertThat(plan.codes()).contains(ReviewCode.SPLIT_REQUEST);
    // the review it came from is unchanged
    assertThat(review().route(SECOND, SECOND.submittedAt()).get().lane()).isEqualTo(Lane.STANDARD);
  }

  @Test
  void a_rejected_request_no_longer_adds_up() {
    ExceptionReview live = added(review(), FIRST).withDecision(decided(FIRST, Verdict.REJECT, LATER)).get();
    assertThat(live.route(SECOND, SECOND.submittedAt()).get().related()).isEmpty();
  }

  @Test
  void a_withdrawn_or_expired_request_no_longer_adds_up() {
    for (RequestClosure closure : List.of(RequestClosure.withdrawn(FIRST.id(), ALEX, LATER),
        RequestClosure.expired(FIRST.id(), LATER))) {
      ExceptionReview live = added(review(), FIRST).withClosure(closure).get();
      ReviewPlan plan = live.route(SECOND, SECOND.submittedAt()).get();
      assertThat(plan.related()).isEmpty();
      assertThat(plan.lane()).isEqualTo(Lane.STANDARD);
      assertThat(live.snapshot().closure(FIRST.id())).contains(closure);
    }
  }

  @Test
  void a_decision_recorded_after_the_withdrawal_decides_a_case_no_longer_open() {
    ExceptionReview live = added(review(), FIRST).withClosure(RequestClosure.withdrawn(FIRST.id(), ALEX, LATER)).get();
    Audit audit = live.audit(FIRST, List.of(decided(FIRST, Verdict.APPROVE, LATER.plusSeconds(1))));
    assertThat(audit.decisions().head().violations().map(Violation::code)).containsExactly(ReviewCode.CASE_NOT_OPEN);
    Audit before = live.audit(FIRST, List.of(decided(FIRST, Verdict.APPROVE, LATER)));
    assertThat(before.isClean()).isTrue();
  }

  @Test
  void a_withdrawn_or_expired_request_is_neither_fm_3_nor_overdue() {
    Instant asOf = T0.plus(Duration.ofDays(30));
    EcosystemSnapshot open = added(review(), FIRST).snapshot();
    assertThat(DecisionTest.builtIn().run(open, asOf).findings(FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP)
        .map(f -> f.explanation())).singleElement().asString().contains("no decision is recorded");
    assertThat(OperatingLayer.of(open).overdue(asOf)).hasSize(1);

    Instant withdrawnAt = T0.plus(Duration.ofDays(10)); // after its review was due
    EcosystemSnapshot withdrawn = open.withClosure(RequestClosure.withdrawn(FIRST.id(), ALEX, withdrawnAt)).get();
    assertThat(DecisionTest.builtIn().run(withdrawn, asOf).findings(FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP)).isEmpty();
    assertThat(OperatingLayer.of(withdrawn).overdue(asOf)).isEmpty();
    // before the withdrawal, the request was open and overdue
    assertThat(OperatingLayer.of(withdrawn).overdue(withdrawnAt.minusSeconds(1))).hasSize(1);
  }

  @Test
  void a_change_naming_what_the_review_does_not_hold_is_refused_with_every_problem() {
    ExceptionReview review = review();
    DecisionRecord unknown = DecisionRecord.builder().from(decided(FIRST, Verdict.APPROVE, LATER))
        .decider(new org.partnergov.model.party.PersonId("nobody")).build();
    assertThat(review.withDecision(unknown).getError().map(p -> p.path() + " " + p.code().code())).containsExactly(
        "decisionRecords[0].request VAL-08", "decisionRecords[0].decider VAL-08");
    ExceptionReview live = added(review, FIRST).withDecision(decided(FIRST, Verdict.APPROVE, LATER)).get();
    assertThat(live.withDecision(decided(FIRST, Verdict.REJECT, LATER)).getError().map(Problem::message))
        .containsExactly("'d-r-1' is used by an earlier entry of decisionRecords");
    assertThat(live.withClosure(RequestClosure.expired(FIRST.id(), LATER)).get()
        .withClosure(RequestClosure.expired(FIRST.id(), LATER)).getError().map(Problem::message))
        .containsExactly("request 'r-1' is already closed by an earlier entry of closures");
  }

  @Test
  void closures_are_read_from_host_data_with_every_problem() {
    assertThat(new RequestClosureDraft("r-1", "WITHDRAWN", " ", null).validate().getError()
        .map(p -> p.path() + " " + p.code().code())).containsExactly("at VAL-01", "by VAL-01");
    assertThat(new RequestClosureDraft("r-1", "EXPIRED", "alex", LATER).validate().getError()
        .map(p -> p.path() + " " + p.code().code())).containsExactly("by VAL-12");
    assertThat(new RequestClosureDraft(" ", "LOST", null, LATER).validate().getError()
        .map(p -> p.path() + " " + p.code().code())).containsExactly("request VAL-01", "reason VAL-07");
    assertThat(new RequestClosureDraft("r-1", "withdrawn", "alex", LATER).validate().get())
        .isEqualTo(RequestClosure.withdrawn(new RequestId("r-1"), ALEX, LATER));
  }
}
