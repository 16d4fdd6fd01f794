package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.List;
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
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.EscalationResolution;
import org.partnergov.model.review.HostDecision;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.TierChange;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.partnergov.rules.log.CanonicalEncoding;
import org.partnergov.rules.log.DecisionLog;

/**
 * Tier changes, escalation resolutions and host decisions go through the path of exception
 * requests: routed by their decision type's review path, decided under the same approval rules and
 * the decision-rights matrix, recorded with their typed subject and logged.
 */
class OtherDecisionsReviewTest {

  static final Instant ROUTED = T0.plus(Duration.ofHours(1));
  static final Instant LATER = T0.plus(Duration.ofHours(5));
  static final PersonId MIA = new PersonId("mia");
  static final DecisionType CO_SELL = DecisionType.of("co-sell exception");
  static final EscalationId ESCALATION = new EscalationId("esc-1");

  /** The fixture, with partner managers deciding tier changes, Kim resolving escalations and Finance co-selling. */
  static ExceptionReview review() {
    EcosystemParts fixture = parts().build();
    Scope always = Scope.any(Period.from(T0.minus(Duration.ofDays(365))));
    Risk risk = Risk.builder().id(new RiskId("risk-1")).partner(ACME).kind(RiskKind.DELIVERY_SLIP).raisedAt(T0)
        .raisedBy(DANA).description("Two milestones late").impact(Rating.of(4)).likelihood(Rating.of(3)).build();
    return ExceptionReview.of(snapshot(parts()
        .persons(fixture.persons().append(person(MIA, "Mia Roth", PARTNERS, MANAGER)))
        .matrix(DecisionRightsMatrix.of(fixture.matrix().rights().appendAll(List.of(
            right("r-tiers", DecisionType.TIER_CHANGE, Holder.role(MANAGER), always),
            right("r-escalations", DecisionType.ESCALATION_RESOLUTION, Holder.person(KIM), always),
            right("r-co-sell", CO_SELL, Holder.team(FINANCE), always))), List.empty()))
        .reviewPaths(List.of(FUND_PATH, path("tier-path", DecisionType.TIER_CHANGE, Holder.role(MANAGER)),
            path("escalation-path", DecisionType.ESCALATION_RESOLUTION, Holder.person(KIM)),
            ReviewPath.builder().from(path("co-sell-path", CO_SELL, Holder.team(FINANCE)))
                .fourEyesThreshold(Option.some(eur("10000"))).build()))
        .risks(List.of(risk))
        .escalations(List.of(Escalation.builder().id(ESCALATION).risk(risk.id()).raisedAt(T0).build()))),
        ReviewPolicy.defaults());
  }

  static DecisionRight right(String id, DecisionType type, Holder holder, Scope scope) {
    return DecisionRight.builder().id(new DecisionRightId(id)).decisionType(type).holder(holder)
        .role(RapidRole.DECIDE).scope(scope).build();
  }

  static ReviewPath path(String id, DecisionType type, Holder reviewer) {
    return ReviewPath.builder().id(new ReviewPathId(id)).decisionType(type)
        .steps(List.of(ReviewStep.of(reviewer, List.of(Criterion.of("EVIDENCE_CITED", "cites evidence")),
            Duration.ofDays(3)))).build();
  }

  static TierChange toPlatinum() {
    return TierChange.builder().id(new RequestId("t-1")).requester(ALEX).partner(ACME).program(Option.some(PILOT))
        .rationale("three customer references and a certified delivery team").cited(List.of(DELIVERY))
        .submittedAt(T0).tier(Tier.of("Platinum")).build();
  }

  static ReviewCase routed(ExceptionReview review, org.partnergov.model.review.ExceptionRequest request) {
    return review.route(ReviewCase.submit(request), ROUTED).get();
  }

  @Test
  void a_tier_change_is_routed_by_its_review_path_and_decided_by_a_partner_manager() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, toPlatinum());
    assertThat(c.plan().get().path()).isEqualTo(new ReviewPathId("tier-path"));
    assertThat(c.plan().get().explanation()).startsWith(
        "Full review of the tier change t-1 of Acme Systems from gold to Platinum: review path tier-path has no fast path.");

    AcceptedDecision accepted = review.decide(c, attempt("d-1", MIA, Verdict.APPROVE, LATER)).get();
    DecisionRecord record = accepted.record();
    assertThat(record.subject()).isEqualTo(new DecisionSubject.OfTierChange(new RequestId("t-1"), ACME, Tier.of("Platinum")));
    assertThat(record.request()).isEqualTo(new RequestId("t-1"));
    assertThat(record.decisionType()).isEqualTo(DecisionType.TIER_CHANGE);
    assertThat(record.right()).isEqualTo(Option.some(new DecisionRightId("r-tiers")));
    assertThat(accepted.explanation()).startsWith("Approved by Mia Roth under right r-tiers:")
        .contains("The tier change is approved.");
    assertThat(CanonicalEncoding.encode(record)[0]).isEqualTo((byte) CanonicalEncoding.VERSION_WITH_SUBJECT);
    DecisionLog log = DecisionLog.empty().append(record);
    assertThat(log.verify().isIntact()).isTrue();
  }

  @Test
  void the_requester_cannot_approve_their_own_tier_change() {
    ExceptionReview review = review();
    Rejection rejection = review.decide(routed(review, toPlatinum()), attempt("d-1", ALEX, Verdict.APPROVE, LATER))
        .getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.SELF_APPROVAL);
    assertThat(rejection.explanation()).contains("Alex Kim requested this tier change and cannot approve it");
  }

  @Test
  void the_relationship_owner_cannot_approve_a_tier_change_of_their_own_partner() {
    ExceptionReview review = review();
    Rejection rejection = review.decide(routed(review, toPlatinum()), attempt("d-1", DANA, Verdict.APPROVE, LATER))
        .getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.RELATIONSHIP_APPROVAL);
    assertThat(rejection.explanation()).contains("Dana Lee owns the relationship with Acme Systems");
  }

  @Test
  void a_decider_without_the_tier_change_right_is_rejected() {
    ExceptionReview review = review();
    Rejection rejection = review.decide(routed(review, toPlatinum()), attempt("d-1", SAM, Verdict.APPROVE, LATER))
        .getLeft();
    assertThat(rejection.codes()).containsExactly(ReviewCode.NO_DECIDE_RIGHT);
    assertThat(rejection.explanation()).contains("Sam Ortiz holds no Decide right in force over the tier change t-1"
        + " of Acme Systems from gold to Platinum");
  }

  @Test
  void an_escalation_resolution_is_decided_by_its_named_decider_and_records_the_escalation() {
    ExceptionReview review = review();
    EscalationResolution resolution = EscalationResolution.builder().id(new RequestId("e-1")).requester(DANA)
        .partner(ACME).rationale("the delivery slip is recovered").submittedAt(T0).escalation(ESCALATION)
        .resolution("accept the recovery plan and close the escalation").build();
    ReviewCase c = routed(review, resolution);
    assertThat(c.plan().get().explanation()).startsWith(
        "Full review of the escalation resolution e-1 of Acme Systems for escalation esc-1:");

    assertThat(review.decide(c, attempt("d-1", SAM, Verdict.APPROVE, LATER)).getLeft().codes())
        .containsExactly(ReviewCode.NO_DECIDE_RIGHT);
    DecisionRecord record = review.decide(c, attempt("d-2", KIM, Verdict.APPROVE, LATER)).get().record();
    assertThat(record.subject()).isEqualTo(new DecisionSubject.OfEscalation(new RequestId("e-1"), ESCALATION));
    assertThat(record.decisionType()).isEqualTo(DecisionType.ESCALATION_RESOLUTION);
  }

  @Test
  void a_host_decision_with_money_at_stake_takes_four_eyes_under_its_host_type() {
    ExceptionReview review = review();
    HostDecision coSell = HostDecision.builder().id(new RequestId("h-1")).requester(ALEX).partner(ACME)
        .rationale("the reseller co-sells a competing line in one region").submittedAt(T0).hostType(CO_SELL)
        .subjectKind("contract").subjectId("C-17").value(Option.some(eur("15000"))).build();
    ReviewCase c = routed(review, coSell);
    assertThat(c.plan().get().lane()).isEqualTo(Lane.FOUR_EYES);
    assertThat(c.plan().get().explanation())
        .startsWith("Four-eyes review of the co sell exception h-1 of Acme Systems about contract C-17 for 15000.00 EUR");

    AcceptedDecision first = review.decide(c, attempt("d-1", SAM, Verdict.APPROVE, LATER)).get();
    assertThat(review.decide(first.reviewCase(), attempt("d-2", SAM, Verdict.APPROVE, LATER)).getLeft().codes())
        .containsExactly(ReviewCode.FOUR_EYES);
    AcceptedDecision second = review.decide(first.reviewCase(), attempt("d-3", KIM, Verdict.APPROVE, LATER)).get();
    assertThat(second.reviewCase().state()).isInstanceOf(CaseState.Closed.class);
    assertThat(second.record().subject()).isEqualTo(new DecisionSubject.OfHost(new RequestId("h-1"), "contract", "C-17"));
    assertThat(second.record().decisionType()).isEqualTo(CO_SELL);
    DecisionLog log = DecisionLog.empty().append(first.record()).append(second.record());
    assertThat(log.verify().isIntact()).isTrue();
  }

  @Test
  void a_case_refuses_a_record_whose_typed_subject_is_not_what_its_request_asks() {
    ExceptionReview review = review();
    ReviewCase c = routed(review, toPlatinum());
    DecisionRecord toGold = DecisionRecord.builder().from(review.decide(c, attempt("d-1", MIA, Verdict.APPROVE, LATER))
        .get().record()).subject(new DecisionSubject.OfTierChange(new RequestId("t-1"), ACME, Tier.of("Gold"))).build();
    assertThat(c.apply(new CaseEvent.Approved(toGold, MIA)).getLeft().reason())
        .isEqualTo("the decision is about the move of partner acme to tier Gold (request t-1), but the request asks"
            + " to decide the move of partner acme to tier Platinum (request t-1)");
  }
}
