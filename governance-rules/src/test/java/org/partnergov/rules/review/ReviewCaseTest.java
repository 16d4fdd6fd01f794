package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.review.CaseState.AwaitingInformation;
import org.partnergov.rules.review.CaseState.AwaitingRouting;
import org.partnergov.rules.review.CaseState.Closed;
import org.partnergov.rules.review.CaseState.InReview;
import org.partnergov.rules.review.CaseState.Outcome;

/**
 * Every transition of the table in {@link ReviewCase}'s Javadoc, and every illegal one with the
 * sentence it is refused with (CASE-01).
 */
class ReviewCaseTest {

  static final FundRequest REQUEST = fund("r-1", ACME, "20000");
  static final FundRequest LARGE = fund("r-2", ACME, "60000");

  static Instant hour(int h) {
    return T0.plus(Duration.ofHours(h));
  }

  static CaseEvent routed(FundRequest request, int h) {
    return new CaseEvent.Routed(review().route(request, hour(h)).get());
  }

  static DecisionRecord record(String id, FundRequest request, PersonId decider, Verdict verdict, int h) {
    return DecisionRecord.builder().id(new DecisionRecordId(id)).request(request.id())
        .decisionType(request.decisionType()).decider(decider).verdict(verdict).decidedAt(hour(h))
        .rationale(Option.some("fits the pilot plan"))
        .conditions(verdict == Verdict.APPROVE_WITH_CONDITIONS ? List.of("report results") : List.empty())
        .build();
  }

  static CaseEvent approved(String id, PersonId who, int h) {
    return new CaseEvent.Approved(record(id, REQUEST, who, Verdict.APPROVE, h), who);
  }

  static CaseEvent rejected(String id, PersonId who, int h) {
    return new CaseEvent.Rejected(record(id, REQUEST, who, Verdict.REJECT, h));
  }

  static CaseEvent asked(String id, PersonId who, int h) {
    return new CaseEvent.InformationRequested(record(id, REQUEST, who, Verdict.REQUEST_INFORMATION, h));
  }

  static CaseEvent amended(PersonId by, int h) {
    return new CaseEvent.Amended(by, FundRequest.builder().from(REQUEST).rationale("co-marketing, revised budget")
        .build(), hour(h));
  }

  static CaseEvent withdrawn(int h) {
    return new CaseEvent.Withdrawn(ALEX, hour(h));
  }

  static CaseEvent expired(int h) {
    return new CaseEvent.Expired(hour(h));
  }

  static CaseEvent escalated(int h) {
    return new CaseEvent.Escalated(KIM, "no decision after two days", hour(h));
  }

  static ReviewCase after(ReviewCase start, CaseEvent... events) {
    ReviewCase c = start;
    for (CaseEvent e : events) {
      Either<IllegalTransition, ReviewCase> next = c.apply(e);
      assertThat(next.isRight()).as("%s refused %s", c, e).isTrue();
      c = next.get();
    }
    return c;
  }

  static ReviewCase submitted() {
    return ReviewCase.submit(REQUEST);
  }

  static ReviewCase inReview() {
    return after(submitted(), routed(REQUEST, 1));
  }

  static ReviewCase awaitingInformation() {
    return after(inReview(), asked("d-ask", SAM, 2));
  }

  /** The refusal of the event, checked to leave the case as it was. */
  static IllegalTransition refused(ReviewCase c, CaseEvent event) {
    Either<IllegalTransition, ReviewCase> result = c.apply(event);
    assertThat(result.isLeft()).as("%s accepted %s", c, event).isTrue();
    IllegalTransition refusal = result.getLeft();
    assertThat(refusal.code()).isEqualTo(ReviewCode.ILLEGAL_TRANSITION);
    assertThat(refusal.event()).isEqualTo(event);
    assertThat(refusal.state()).isEqualTo(c.state().describe());
    return refusal;
  }

  // ---------------------------------------------------------------- Submission

  @Test
  void a_submitted_case_awaits_routing_with_its_submission_as_only_event() {
    ReviewCase c = submitted();
    assertThat(c.state()).isEqualTo(new AwaitingRouting());
    assertThat(c.events()).containsExactly(new CaseEvent.Submitted(REQUEST));
    assertThat(c.lastEventAt()).isEqualTo(T0);
    assertThat(c.request()).isEqualTo(REQUEST);
    assertThat(c.amenders()).isEmpty();
    assertThat(c.decisions()).isEmpty();
    assertThat(c.toString()).isEqualTo("ReviewCase[r-1, awaiting routing, 1 events]");
  }

  @Test
  void a_second_submission_is_refused() {
    assertThat(refused(inReview(), new CaseEvent.Submitted(FundRequest.builder().from(REQUEST).submittedAt(hour(2)).build())).explanation())
        .isEqualTo("A case in review cannot be submitted: the case was already submitted (CASE-01).");
  }

  // ---------------------------------------------------------------- AwaitingRoutingState

  @Test
  void routed_puts_the_case_in_review_under_the_plan() {
    CaseEvent.Routed event = (CaseEvent.Routed) routed(REQUEST, 1);
    ReviewCase c = after(submitted(), event);
    assertThat(c.state()).isEqualTo(new InReview(event.plan(), List.empty()));
    assertThat(((InReview) c.state()).approvalsMissing()).isEqualTo(1);
  }

  @Test
  void amended_keeps_it_awaiting_routing_with_the_new_request_and_the_amender() {
    CaseEvent.Amended event = (CaseEvent.Amended) amended(ALEX, 1);
    ReviewCase c = after(submitted(), event);
    assertThat(c.state()).isEqualTo(new AwaitingRouting());
    assertThat(c.request()).isEqualTo(event.request());
    assertThat(c.amenders()).containsExactly(ALEX);
  }

  @Test
  void escalated_leaves_it_awaiting_routing() {
    ReviewCase c = after(submitted(), escalated(1));
    assertThat(c.state()).isEqualTo(new AwaitingRouting());
    assertThat(c.events()).hasSize(2);
  }

  @Test
  void withdrawn_and_expired_close_a_case_awaiting_routing_without_decisions() {
    assertThat(after(submitted(), withdrawn(1)).state()).isEqualTo(new Closed(Outcome.WITHDRAWN, hour(1), List.empty()));
    assertThat(after(submitted(), expired(1)).state()).isEqualTo(new Closed(Outcome.EXPIRED, hour(1), List.empty()));
  }

  @Test
  void decisions_are_refused_before_routing() {
    ReviewCase c = submitted();
    assertThat(refused(c, approved("d-1", SAM, 1)).explanation())
        .isEqualTo("A case awaiting routing cannot be approved: only a case in review is decided (CASE-01).");
    assertThat(refused(c, rejected("d-1", SAM, 1)).explanation())
        .isEqualTo("A case awaiting routing cannot be rejected: only a case in review is decided (CASE-01).");
    assertThat(refused(c, asked("d-1", SAM, 1)).explanation()).isEqualTo(
        "A case awaiting routing cannot be sent back for more information: only a case in review is decided (CASE-01).");
  }

  @Test
  void a_plan_for_another_request_is_refused() {
    assertThat(refused(submitted(), routed(LARGE, 1)).explanation()).isEqualTo(
        "A case awaiting routing cannot be routed: the plan is for request r-2, not r-1 (CASE-01).");
  }

  @Test
  void an_amended_request_with_another_id_is_refused() {
    CaseEvent other = new CaseEvent.Amended(ALEX, LARGE, hour(1));
    assertThat(refused(submitted(), other).explanation()).isEqualTo(
        "A case awaiting routing cannot be amended: the amended request r-2 is not r-1 (CASE-01).");
  }

  @Test
  void an_amendment_that_changes_the_requester_is_refused_so_the_requester_cannot_hand_on_their_request() {
    FundRequest bySam = FundRequest.builder().from(REQUEST).requester(SAM).build();
    CaseEvent handedOn = new CaseEvent.Amended(ALEX, FundRequest.builder().from(bySam).requester(ALEX).build(), hour(1));
    assertThat(refused(ReviewCase.submit(bySam), handedOn).explanation()).isEqualTo(
        "A case awaiting routing cannot be amended: an amendment keeps the requester sam, not alex (CASE-01).");
  }

  @Test
  void an_amendment_that_changes_the_partner_the_kind_or_the_submission_time_is_refused() {
    ReviewCase c = submitted();
    CaseEvent otherPartner = new CaseEvent.Amended(ALEX, FundRequest.builder().from(REQUEST).partner(NORDWIND).build(),
        hour(1));
    assertThat(refused(c, otherPartner).explanation()).isEqualTo(
        "A case awaiting routing cannot be amended: an amendment keeps the partner acme, not nordwind (CASE-01).");
    CaseEvent otherKind = new CaseEvent.Amended(ALEX, org.partnergov.model.review.Commitment.builder()
        .from((org.partnergov.model.review.ExceptionRequest) REQUEST).customer(new org.partnergov.model.evidence.CustomerId("c-1"))
        .promise("go-live support").dueBy(hour(100)).build(), hour(1));
    assertThat(refused(c, otherKind).explanation()).isEqualTo("A case awaiting routing cannot be amended: an amendment "
        + "keeps the decision type FUND_ALLOCATION, not CUSTOMER_COMMITMENT (CASE-01).");
    CaseEvent later = new CaseEvent.Amended(ALEX, FundRequest.builder().from(REQUEST).submittedAt(hour(1)).build(),
        hour(1));
    assertThat(refused(c, later).explanation()).isEqualTo("A case awaiting routing cannot be amended: an amendment "
        + "keeps the submission time 2026-06-01T09:00:00Z, not 2026-06-01T10:00:00Z (CASE-01).");
  }

  // ---------------------------------------------------------------- InReviewState

  @Test
  void one_approval_closes_a_standard_case_as_approved() {
    ReviewCase c = after(inReview(), approved("d-1", SAM, 2));
    assertThat(c.state()).isEqualTo(new Closed(Outcome.APPROVED, hour(2),
        List.of(record("d-1", REQUEST, SAM, Verdict.APPROVE, 2))));
    assertThat(c.decisions()).extracting(d -> d.id().value()).containsExactly("d-1");
  }

  @Test
  void a_four_eyes_case_stays_in_review_until_a_second_distinct_principal_approves() {
    ReviewCase c = after(ReviewCase.submit(LARGE), routed(LARGE, 1));
    CaseEvent first = new CaseEvent.Approved(record("d-1", LARGE, SAM, Verdict.APPROVE, 2), SAM);
    ReviewCase once = after(c, first);
    assertThat(once.state()).isInstanceOfSatisfying(InReview.class, r -> {
      assertThat(r.approvals()).containsExactly((CaseEvent.Approved) first);
      assertThat(r.approvalsMissing()).isEqualTo(1);
    });
    CaseEvent second = new CaseEvent.Approved(record("d-2", LARGE, KIM, Verdict.APPROVE_WITH_CONDITIONS, 3), KIM);
    assertThat(after(once, second).state()).isInstanceOfSatisfying(Closed.class, closed -> {
      assertThat(closed.outcome()).isEqualTo(Outcome.APPROVED);
      assertThat(closed.at()).isEqualTo(hour(3));
      assertThat(closed.decisions()).extracting(d -> d.id().value()).containsExactly("d-1", "d-2");
    });
  }

  @Test
  void an_approval_counts_once_per_principal_and_once_per_decider() {
    ReviewCase once = after(ReviewCase.submit(LARGE), routed(LARGE, 1),
        new CaseEvent.Approved(record("d-1", LARGE, SAM, Verdict.APPROVE, 2), SAM));
    CaseEvent samAgain = new CaseEvent.Approved(record("d-2", LARGE, SAM, Verdict.APPROVE, 3), SAM);
    assertThat(refused(once, samAgain).explanation()).isEqualTo(
        "A case in review cannot be approved: sam already approved; each person's approval counts once (CASE-01).");
    CaseEvent delegateOfSam = new CaseEvent.Approved(record("d-3", LARGE, KIM, Verdict.APPROVE, 3), SAM);
    assertThat(refused(once, delegateOfSam).explanation()).isEqualTo(
        "A case in review cannot be approved: an approval for sam was already given by sam; a delegate and the delegator "
            + "count once (CASE-01).");
    CaseEvent samForKim = new CaseEvent.Approved(record("d-4", LARGE, SAM, Verdict.APPROVE, 3), KIM);
    assertThat(refused(once, samForKim).reason()).isEqualTo(
        "sam already approved; each person's approval counts once");
  }

  @Test
  void rejected_closes_it_with_the_rejection() {
    ReviewCase c = after(inReview(), rejected("d-1", SAM, 2));
    assertThat(c.state()).isEqualTo(new Closed(Outcome.REJECTED, hour(2),
        List.of(record("d-1", REQUEST, SAM, Verdict.REJECT, 2))));
  }

  @Test
  void information_requested_makes_it_await_information() {
    ReviewCase c = after(inReview(), asked("d-1", SAM, 2));
    assertThat(c.state()).isEqualTo(new AwaitingInformation(record("d-1", REQUEST, SAM, Verdict.REQUEST_INFORMATION, 2)));
  }

  @Test
  void amended_sends_it_back_to_routing_and_voids_the_approvals() {
    ReviewCase once = after(ReviewCase.submit(LARGE), routed(LARGE, 1),
        new CaseEvent.Approved(record("d-1", LARGE, SAM, Verdict.APPROVE, 2), SAM));
    CaseEvent amendment = new CaseEvent.Amended(ALEX, FundRequest.builder().from(LARGE).rationale("revised").build(), hour(3));
    ReviewCase c = after(once, amendment);
    assertThat(c.state()).isEqualTo(new AwaitingRouting());
    assertThat(c.amenders()).isEqualTo(HashSet.of(ALEX));
    assertThat(c.decisions()).extracting(d -> d.id().value()).containsExactly("d-1");
    ReviewCase again = after(c, routed(LARGE, 4));
    assertThat(((InReview) again.state()).approvalsMissing()).isEqualTo(2);
    assertThat(after(again, new CaseEvent.Approved(record("d-2", LARGE, SAM, Verdict.APPROVE, 5), SAM)).state())
        .isInstanceOf(InReview.class);
  }

  @Test
  void escalated_leaves_it_in_review_with_its_approvals() {
    ReviewCase once = after(ReviewCase.submit(LARGE), routed(LARGE, 1),
        new CaseEvent.Approved(record("d-1", LARGE, SAM, Verdict.APPROVE, 2), SAM));
    assertThat(after(once, escalated(3)).state()).isEqualTo(once.state());
  }

  @Test
  void withdrawn_and_expired_close_a_case_in_review() {
    assertThat(after(inReview(), withdrawn(2)).state()).isEqualTo(new Closed(Outcome.WITHDRAWN, hour(2), List.empty()));
    assertThat(after(inReview(), expired(2)).state()).isEqualTo(new Closed(Outcome.EXPIRED, hour(2), List.empty()));
  }

  @Test
  void routing_again_is_refused() {
    assertThat(refused(inReview(), routed(REQUEST, 2)).explanation()).isEqualTo(
        "A case in review cannot be routed: only a case awaiting routing is routed (CASE-01).");
  }

  @Test
  void a_decision_about_another_request_is_refused() {
    CaseEvent other = new CaseEvent.Rejected(record("d-1", LARGE, SAM, Verdict.REJECT, 2));
    assertThat(refused(inReview(), other).explanation()).isEqualTo(
        "A case in review cannot be rejected: the decision is about request r-2, not r-1 (CASE-01).");
  }

  // ---------------------------------------------------------------- AwaitingInformationState

  @Test
  void amended_sends_it_back_to_routing() {
    ReviewCase c = after(awaitingInformation(), amended(ALEX, 3));
    assertThat(c.state()).isEqualTo(new AwaitingRouting());
    assertThat(c.amenders()).containsExactly(ALEX);
  }

  @Test
  void escalated_leaves_it_awaiting_information() {
    ReviewCase c = awaitingInformation();
    assertThat(after(c, escalated(3)).state()).isEqualTo(c.state());
  }

  @Test
  void withdrawn_and_expired_close_a_case_awaiting_information() {
    assertThat(after(awaitingInformation(), withdrawn(3)).state())
        .isEqualTo(new Closed(Outcome.WITHDRAWN, hour(3), List.empty()));
    assertThat(after(awaitingInformation(), expired(3)).state())
        .isEqualTo(new Closed(Outcome.EXPIRED, hour(3), List.empty()));
  }

  @Test
  void routing_and_decisions_are_refused_until_the_request_is_amended() {
    ReviewCase c = awaitingInformation();
    assertThat(refused(c, routed(REQUEST, 3)).explanation()).isEqualTo(
        "A case awaiting information cannot be routed: only a case awaiting routing is routed (CASE-01).");
    assertThat(refused(c, approved("d-1", SAM, 3)).explanation()).isEqualTo(
        "A case awaiting information cannot be approved: only a case in review is decided (CASE-01).");
    assertThat(refused(c, rejected("d-1", SAM, 3)).explanation()).isEqualTo(
        "A case awaiting information cannot be rejected: only a case in review is decided (CASE-01).");
    assertThat(refused(c, asked("d-1", SAM, 3)).explanation()).isEqualTo(
        "A case awaiting information cannot be sent back for more information: only a case in review is decided (CASE-01).");
  }

  // ---------------------------------------------------------------- ClosedState

  @Test
  void a_closed_case_accepts_nothing() {
    ReviewCase c = after(inReview(), rejected("d-1", SAM, 2));
    String closed = "A case closed (rejected) cannot be ";
    assertThat(refused(c, amended(ALEX, 3)).explanation()).isEqualTo(closed + "amended: the case is closed (CASE-01).");
    assertThat(refused(c, routed(REQUEST, 3)).explanation())
        .isEqualTo(closed + "routed: only a case awaiting routing is routed (CASE-01).");
    assertThat(refused(c, approved("d-2", KIM, 3)).explanation())
        .isEqualTo(closed + "approved: only a case in review is decided (CASE-01).");
    assertThat(refused(c, rejected("d-2", KIM, 3)).explanation())
        .isEqualTo(closed + "rejected: only a case in review is decided (CASE-01).");
    assertThat(refused(c, asked("d-2", KIM, 3)).explanation())
        .isEqualTo(closed + "sent back for more information: only a case in review is decided (CASE-01).");
    assertThat(refused(c, withdrawn(3)).explanation()).isEqualTo(closed + "withdrawn: the case is closed (CASE-01).");
    assertThat(refused(c, expired(3)).explanation()).isEqualTo(closed + "expired: the case is closed (CASE-01).");
    assertThat(refused(c, escalated(3)).explanation()).isEqualTo(closed + "escalated: the case is closed (CASE-01).");
    assertThat(refused(c, new CaseEvent.Submitted(FundRequest.builder().from(REQUEST).submittedAt(hour(3)).build())).explanation())
        .isEqualTo(closed + "submitted: the case was already submitted (CASE-01).");
  }

  @Test
  void each_outcome_is_described() {
    assertThat(after(inReview(), approved("d-1", SAM, 2)).state().describe()).isEqualTo("closed (approved)");
    assertThat(after(inReview(), withdrawn(2)).state().describe()).isEqualTo("closed (withdrawn)");
    assertThat(after(inReview(), expired(2)).state().describe()).isEqualTo("closed (expired)");
  }

  // ---------------------------------------------------------------- TimeAndReplay

  @Test
  void an_event_dated_before_the_last_one_is_refused_and_one_at_the_same_instant_is_not() {
    ReviewCase c = after(submitted(), escalated(2));
    assertThat(refused(c, withdrawn(1)).explanation()).isEqualTo("A case awaiting routing cannot be withdrawn: it is "
        + "dated 2026-06-01T10:00:00Z, before the case's last event at 2026-06-01T11:00:00Z (CASE-01).");
    assertThat(c.apply(withdrawn(2)).isRight()).isTrue();
  }

  @Test
  void replaying_the_events_gives_back_the_case() {
    ReviewCase c = after(ReviewCase.submit(LARGE), routed(LARGE, 1),
        new CaseEvent.Approved(record("d-1", LARGE, SAM, Verdict.APPROVE, 2), SAM), escalated(3));
    assertThat(ReviewCase.replay(c.events())).isEqualTo(Either.right(c));
    assertThat(ReviewCase.replay(c.events()).get().state()).isEqualTo(c.state());
  }

  @Test
  void replay_stops_at_the_first_refused_event() {
    Either<IllegalTransition, ReviewCase> replayed = ReviewCase.replay(List.of(new CaseEvent.Submitted(REQUEST),
        approved("d-1", SAM, 1), withdrawn(2)));
    assertThat(replayed.getLeft().explanation())
        .isEqualTo("A case awaiting routing cannot be approved: only a case in review is decided (CASE-01).");
  }

  @Test
  void replay_needs_the_submission_first() {
    assertThat(ReviewCase.replay(List.of(routed(REQUEST, 1))).getLeft().explanation())
        .isEqualTo("A case not yet submitted cannot be routed: a case starts with its submission (CASE-01).");
    assertThatThrownBy(() -> ReviewCase.replay(List.empty())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cases_are_equal_when_their_events_are() {
    assertThat(inReview()).isEqualTo(inReview()).hasSameHashCodeAs(inReview());
    assertThat(inReview()).isNotEqualTo(submitted());
    assertThat(ReviewCase.submit(REQUEST)).isNotEqualTo(ReviewCase.submit(fund("r-1", ACME, "20001")));
    assertThat(new RequestId("r-1")).isEqualTo(REQUEST.id());
  }
}
