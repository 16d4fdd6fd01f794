package org.partnergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnergov.examples.demo.SampleEcosystem;
import org.partnergov.examples.demo.SampleEcosystem.Story;
import org.partnergov.examples.portal.PortalService;
import org.partnergov.examples.portal.PortalService.Reply;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.log.Verification;
import org.partnergov.rules.review.CaseState;
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
}
