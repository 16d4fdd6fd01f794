package org.partnergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.partnergov.examples.demo.SampleEcosystem;
import org.partnergov.examples.demo.SampleEcosystem.Story;
import org.partnergov.examples.portal.PortalService;
import org.partnergov.examples.portal.PortalService.Reply;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.log.Verification;
import org.partnergov.rules.review.CaseState;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.Lane;
import org.partnergov.rules.review.ReviewCode;
import org.partnergov.rules.review.ReviewPolicy;

/** The portal service wires review, log, clock and messages together. */
class PortalServiceTest {

  static final EcosystemSnapshot SNAPSHOT = SampleEcosystem.snapshot(Story.PLATFORM);
  static final RequestId HELIX = new RequestId("helix-q3-comarketing");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-13T10:00:00Z"), ZoneOffset.UTC);

  PortalService portal() {
    PortalService portal = new PortalService(SNAPSHOT, ReviewPolicy.defaults(), CLOCK);
    assertThat(portal.submit(SNAPSHOT.request(HELIX).get()).ok()).isTrue();
    return portal;
  }

  @Test
  void a_submitted_request_gets_its_review_plan() {
    PortalService portal = new PortalService(SNAPSHOT, ReviewPolicy.defaults(), CLOCK);
    Reply reply = portal.submit(SNAPSHOT.request(HELIX).get());
    assertThat(reply.ok()).isTrue();
    assertThat(reply.message()).startsWith("Full review of the fund request helix-q3-comarketing")
        .contains("Decider: Jonas Weber, under right funds-decide");
    assertThat(portal.caseOf(HELIX).get().state()).isInstanceOf(CaseState.InReview.class);
  }

  @Test
  void a_rejected_attempt_becomes_a_message_for_the_requester_and_changes_nothing() {
    PortalService portal = portal();
    Reply reply = portal.decide(HELIX, SampleEcosystem.MARCO, Verdict.APPROVE, "they always deliver");
    assertThat(reply.ok()).isFalse();
    assertThat(reply.message()).isEqualTo("This could not be done:\n"
        + "- Marco Bellini holds no Decide right in force over the fund request helix-q3-comarketing of Helix Devices "
        + "for 18000.00 EUR at 2026-06-13T10:00:00Z; Jonas Weber decides it under right funds-decide [SOD-03]\n"
        + "- Marco Bellini owns the relationship with Helix Devices [SOD-05]");
    assertThat(portal.log().size()).isZero();
    assertThat(portal.caseOf(HELIX).get().state()).isInstanceOf(CaseState.InReview.class);
  }

  @Test
  void an_accepted_decision_is_logged_at_the_clock_s_instant() {
    PortalService portal = portal();
    Reply reply = portal.decide(HELIX, SampleEcosystem.JONAS, Verdict.APPROVE_WITH_CONDITIONS,
        "device delivery scores back the campaign", "report leads by 30 September");
    assertThat(reply.ok()).isTrue();
    assertThat(reply.message()).startsWith("Approved with conditions (report leads by 30 September) by Jonas Weber");
    assertThat(portal.log().size()).isEqualTo(1);
    assertThat(portal.log().entries().head().record().decidedAt()).isEqualTo(CLOCK.instant());
    assertThat(portal.log().verify()).isInstanceOf(Verification.Intact.class);
    assertThat(portal.decide(HELIX, SampleEcosystem.JONAS, Verdict.APPROVE, "again").message())
        .contains("not in review [SOD-11]");
  }

  @Test
  void an_unknown_request_is_answered_too() {
    assertThat(portal().decide(new RequestId("nope"), SampleEcosystem.JONAS, Verdict.APPROVE, "ok"))
        .isEqualTo(new Reply(false, "There is no open request nope in this portal."));
  }

  static FundRequest cobaltFund(String id, String amount) {
    return FundRequest.builder().id(new RequestId(id)).requester(SampleEcosystem.LENA).partner(SampleEcosystem.COBALT)
        .program(SNAPSHOT.request(new RequestId("cobalt-field-kit")).get().program())
        .rationale("cut-over crews for the second pilot wave").submittedAt(CLOCK.instant())
        .kind(FundKind.MDF).requestedAmount(new Money(new BigDecimal(amount), Currency.getInstance("EUR")))
        .purpose("cut-over crews").build();
  }

  @Test
  void two_requests_submitted_through_the_portal_add_up_so_the_split_is_caught() {
    PortalService portal = new PortalService(SNAPSHOT, ReviewPolicy.defaults(), CLOCK);
    FundRequest first = cobaltFund("cobalt-wave-2a", "30000");
    FundRequest second = cobaltFund("cobalt-wave-2b", "30000");
    assertThat(portal.submit(first).message()).startsWith("Full review of the fund request cobalt-wave-2a");
    Reply split = portal.submit(second);
    assertThat(split.message()).startsWith("Four-eyes review of the fund request cobalt-wave-2b");
    assertThat(((CaseState.InReview) portal.caseOf(second.id()).get().state()).plan().codes())
        .contains(ReviewCode.FOUR_EYES, ReviewCode.SPLIT_REQUEST);
    // a review built once from the snapshot, as the portal did before, does not see the first request
    assertThat(ExceptionReview.of(SNAPSHOT, ReviewPolicy.defaults()).route(second, CLOCK.instant()).get().lane())
        .isEqualTo(Lane.STANDARD);
    // one approver does not close the split request: a second one must agree
    assertThat(portal.decide(second.id(), SampleEcosystem.JONAS, Verdict.APPROVE, "crews are booked").ok()).isTrue();
    assertThat(portal.caseOf(second.id()).get().state()).isInstanceOf(CaseState.InReview.class);
  }

  @Test
  void a_withdrawn_request_counts_in_no_total() {
    PortalService portal = new PortalService(SNAPSHOT, ReviewPolicy.defaults(), CLOCK);
    FundRequest first = cobaltFund("cobalt-wave-2a", "30000");
    portal.submit(first);
    Reply withdrawn = portal.withdraw(first.id(), SampleEcosystem.LENA);
    assertThat(withdrawn).isEqualTo(new Reply(true, "Request cobalt-wave-2a is withdrawn."));
    assertThat(portal.caseOf(first.id()).get().state()).isInstanceOf(CaseState.Closed.class);
    assertThat(portal.submit(cobaltFund("cobalt-wave-2b", "30000")).message()).startsWith("Full review");
    assertThat(portal.withdraw(first.id(), SampleEcosystem.LENA).ok()).isFalse();
  }

  @Test
  void a_request_naming_an_unknown_partner_is_refused_with_every_problem() {
    PortalService portal = new PortalService(SNAPSHOT, ReviewPolicy.defaults(), CLOCK);
    FundRequest unknown = FundRequest.builder().from(cobaltFund("x-1", "100")).partner(new PartnerId("nobody"))
        .requester(new PersonId("nobody.either")).build();
    Reply reply = portal.submit(unknown);
    assertThat(reply.ok()).isFalse();
    assertThat(reply.message()).contains("refers to partner 'nobody', which is not in the ecosystem",
        "refers to person 'nobody.either', which is not in the ecosystem", "[VAL-08]");
    assertThat(portal.caseOf(unknown.id())).isEmpty();
  }
}
