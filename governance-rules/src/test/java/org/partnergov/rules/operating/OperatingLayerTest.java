package org.partnergov.rules.operating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ReviewFixture.ACME;
import static org.partnergov.rules.review.ReviewFixture.ALEX;
import static org.partnergov.rules.review.ReviewFixture.DANA;
import static org.partnergov.rules.review.ReviewFixture.FINANCE;
import static org.partnergov.rules.review.ReviewFixture.KIM;
import static org.partnergov.rules.review.ReviewFixture.MANAGER;
import static org.partnergov.rules.review.ReviewFixture.SAM;
import static org.partnergov.rules.review.ReviewFixture.T0;
import static org.partnergov.rules.review.ReviewFixture.fund;
import static org.partnergov.rules.review.ReviewFixture.parts;
import static org.partnergov.rules.review.ReviewFixture.snapshot;

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
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.escalation.EscalationLevel;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.EscalationPathId;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;

/** Examples of the operating layer: overdue items with owners, notifications and partner feedback. */
class OperatingLayerTest {

  static final Instant AS_OF = T0.plus(Duration.ofDays(10));

  static DecisionRight right(String id, Holder holder, RapidRole role) {
    return DecisionRight.builder().id(new DecisionRightId(id)).decisionType(DecisionType.FUND_ALLOCATION)
        .holder(holder).role(role).scope(Scope.any(Period.from(T0.minus(Duration.ofDays(365))))).build();
  }

  /** Two requests: r-open never decided, r-done approved with conditions; Kim gives input, the managers perform. */
  static EcosystemParts.Builder withRequests() {
    DecisionRecord done = DecisionRecord.builder().id(new DecisionRecordId("d-1")).request(new RequestId("r-done"))
        .decisionType(DecisionType.FUND_ALLOCATION).decider(SAM).verdict(Verdict.APPROVE_WITH_CONDITIONS)
        .decidedAt(T0.plus(Duration.ofDays(1))).rationale(Option.some("fits the pilot plan"))
        .conditions(List.of("report the event's leads within 30 days"))
        .criteriaResults(List.of(new CriterionResult("PROGRAM_ENROLLED", false, "the partner is not enrolled")))
        .build();
    return parts().requests(List.of(fund("r-open", ACME, "20000"), fund("r-done", ACME, "3000")))
        .decisionRecords(List.of(done))
        .matrix(DecisionRightsMatrix.of(List.of(right("r-finance", Holder.team(FINANCE), RapidRole.DECIDE),
            right("r-input", Holder.person(KIM), RapidRole.INPUT),
            right("r-perform", Holder.role(MANAGER), RapidRole.PERFORM)), List.empty()));
  }

  @Test
  void a_review_past_its_due_time_is_overdue_with_whoever_decides_it_now() {
    OperatingLayer layer = OperatingLayer.of(snapshot(withRequests()));
    assertThat(layer.overdue(AS_OF)).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(OverdueItem.Kind.REVIEW);
      assertThat(o.subject()).isEqualTo("r-open");
      assertThat(o.owner()).isEqualTo("team Finance");
      assertThat(o.due()).isEqualTo(T0.plus(Duration.ofDays(5)));
      assertThat(o.explanation()).isEqualTo("The FUND_ALLOCATION request r-open was due for decision at "
          + "2026-06-06T09:00:00Z and is 5 days late; team Finance decides it.");
    });
    assertThat(layer.overdue(T0.plus(Duration.ofDays(4)))).isEmpty();
  }

  /**
   * Overdue items are ordered by their due instants, not by their text: a request due half a
   * second after another comes after it, though "...00.500Z" sorts before "...00Z" as text.
   */
  @Test
  void overdue_items_are_ordered_by_due_instant_not_by_its_text() {
    var early = org.partnergov.model.review.FundRequest.builder().from(fund("r-b", ACME, "20000")).build();
    var later = org.partnergov.model.review.FundRequest.builder().from(fund("r-a", ACME, "20000"))
        .submittedAt(T0.plusMillis(500)).build();
    OperatingLayer layer = OperatingLayer.of(snapshot(withRequests().requests(List.of(later, early))
        .decisionRecords(List.empty())));
    assertThat(layer.overdue(AS_OF).map(OverdueItem::subject)).containsExactly("r-b", "r-a");
  }

  @Test
  void the_input_and_perform_holders_of_a_decision_are_to_be_notified() {
    assertThat(OperatingLayer.of(snapshot(withRequests())).notifications(AS_OF))
        .extracting(n -> n.recipient() + " " + n.role() + ": " + n.message())
        .containsExactly(
            "NamedPerson[person=kim] INPUT: The FUND_ALLOCATION request r-done was approved with conditions by Sam Ortiz "
                + "at 2026-06-02T09:00:00Z; you give input on these decisions.",
            "ByRole[role=partner-manager] PERFORM: The FUND_ALLOCATION request r-done was approved with conditions by "
                + "Sam Ortiz at 2026-06-02T09:00:00Z; you carry it out.");
  }

  @Test
  void a_partner_sees_the_verdict_the_rationale_the_conditions_and_the_criteria_not_met() {
    assertThat(OperatingLayer.of(snapshot(withRequests())).feedback(AS_OF)).singleElement().satisfies(f -> {
      assertThat(f.partner()).isEqualTo(ACME);
      assertThat(f.reasons()).containsExactly(
          "Your FUND_ALLOCATION request r-done was approved with conditions: fits the pilot plan.",
          "Condition: report the event's leads within 30 days.",
          "Not met: PROGRAM_ENROLLED (the partner is not enrolled).");
    });
  }

  @Test
  void an_unacknowledged_escalation_past_its_first_level_is_overdue_with_the_owner_it_reached() {
    Risk risk = Risk.builder().id(new RiskId("risk-1")).partner(ACME).kind(RiskKind.DELIVERY_SLIP).raisedAt(T0)
        .raisedBy(ALEX).description("pilot cut-over slipped").impact(Rating.of(4)).likelihood(Rating.of(4)).build();
    EscalationPath path = EscalationPath.builder().id(new EscalationPathId("ops")).category(ConsequenceCategory.OPERATIONAL)
        .minimumSeverity(Severity.LOW).levels(List.of(new EscalationLevel("delivery lead", Holder.person(DANA),
            Duration.ofDays(1)), new EscalationLevel("finance lead", Holder.person(SAM), Duration.ofDays(2))))
        .build();
    EcosystemSnapshot snapshot = snapshot(parts().risks(List.of(risk)).escalationPaths(List.of(path))
        .escalations(List.of(Escalation.builder().id(new EscalationId("esc-1")).risk(risk.id())
            .path(Option.some(path.id())).raisedAt(T0).build())));
    assertThat(OperatingLayer.of(snapshot).overdue(T0.plus(Duration.ofHours(30)))).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(OverdueItem.Kind.ESCALATION);
      assertThat(o.owner()).isEqualTo("Sam Ortiz");
      assertThat(o.overdueBy()).isEqualTo(Duration.ofHours(6));
      assertThat(o.explanation()).startsWith("Escalation esc-1 was not acknowledged by 2026-06-02T09:00:00Z. Open at level 2");
    });
    assertThat(OperatingLayer.of(snapshot).overdue(T0.plus(Duration.ofHours(23)))).isEmpty();
    assertThat(OperatingLayer.of(acknowledged(snapshot, ALEX)).overdue(T0.plus(Duration.ofHours(30))))
        .as("an acknowledgement by someone off the path does not count").hasSize(1);
    assertThat(OperatingLayer.of(acknowledged(snapshot, DANA)).overdue(T0.plus(Duration.ofHours(30)))).isEmpty();
  }

  /** The snapshot with its escalation acknowledged by the person two hours after it was raised. */
  static EcosystemSnapshot acknowledged(EcosystemSnapshot snapshot, org.partnergov.model.party.PersonId person) {
    Escalation e = snapshot.parts().escalations().head();
    return EcosystemParts.builder().from(snapshot.parts()).escalations(List.of(Escalation.builder().from(e)
        .events(List.of(new org.partnergov.model.escalation.EscalationEvent.Acknowledged(person,
            T0.plus(Duration.ofHours(2))))).build())).build().validate().get();
  }
}
