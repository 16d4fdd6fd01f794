package org.partnergov.model.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;

class DecisionRecordTest {

  private static final Instant DECIDED = Instant.parse("2026-06-30T12:00:00Z");

  private final DecisionRecordDraft valid = DecisionRecordDraft.builder().id("d-1").request("r-1")
      .decisionType("incentive exception").decider("u-2").verdict("approve with conditions")
      .decidedAt(DECIDED).right("right-7").rationale(" Deal slipped for a customer reason ")
      .conditions(List.of("Report the customer outcome by Q3"))
      .criteriaResults(List.of(new CriterionResultDraft("evidence cited", true, "Two records cited")))
      .evidence(List.of("a-1")).reviewPath("incentives").build();

  @Test
  void parses_a_valid_draft() {
    DecisionRecord record = valid.validate().get();

    assertThat(record.decisionType()).isEqualTo(DecisionType.INCENTIVE_EXCEPTION);
    assertThat(record.decider()).isEqualTo(new PersonId("u-2"));
    assertThat(record.verdict()).isEqualTo(Verdict.APPROVE_WITH_CONDITIONS);
    assertThat(record.right()).isEqualTo(Option.some(new DecisionRightId("right-7")));
    assertThat(record.delegation()).isEmpty();
    assertThat(record.rationale()).isEqualTo(Option.some("Deal slipped for a customer reason"));
    assertThat(record.criteriaResults()).containsExactly(new CriterionResult("EVIDENCE_CITED", true, "Two records cited"));
    assertThat(record.evidence()).containsExactly(new ActivityRecordId("a-1"));
    assertThat(record.reviewPath()).isEqualTo(Option.some(new ReviewPathId("incentives")));
  }

  @Test
  void keeps_a_legacy_record_without_rationale_right_or_review_path() {
    DecisionRecord record = DecisionRecordDraft.builder().from(valid).verdict("APPROVE")
        .conditions(List.empty()).right(null).rationale("  ").reviewPath("").build().validate().get();

    assertThat(record.rationale()).isEmpty();
    assertThat(record.right()).isEmpty();
    assertThat(record.reviewPath()).isEmpty();
    assertThat(record.verdict().isApproval()).isTrue();
  }

  @Test
  void reports_every_problem_at_once() {
    DecisionRecordDraft bad = DecisionRecordDraft.builder().from(valid).id(null).decider(" ")
        .verdict("reject").decidedAt(null).conditions(List.of("Report", ""))
        .criteriaResults(List.of(new CriterionResultDraft("x", null, " ")))
        .evidence(List.of("a-1", "")).build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-01 decider: is required and must not be blank",
        "VAL-01 decidedAt: is required",
        "VAL-01 conditions[1]: is required and must not be blank",
        "VAL-12 conditions: only an approval with conditions has conditions, the verdict is reject",
        "VAL-01 criteriaResults[0].met: is required",
        "VAL-01 criteriaResults[0].explanation: is required and must not be blank",
        "VAL-01 evidence[1]: is required and must not be blank");
  }

  @Test
  void reports_an_unknown_verdict_without_guessing_about_conditions() {
    assertThat(DecisionRecordDraft.builder().from(valid).verdict("maybe").build().validate().getError()
        .map(Problem::toString)).containsExactly(
        "VAL-07 verdict: 'maybe' is not one of [approve, approve_with_conditions, reject, request_information]");
  }

  @Test
  void the_typed_builder_refuses_conditions_without_conditional_approval_and_a_blank_rationale() {
    DecisionRecord record = valid.validate().get();

    assertThatThrownBy(() -> DecisionRecord.builder().from(record).verdict(Verdict.APPROVE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conditions");
    assertThatThrownBy(() -> DecisionRecord.builder().from(record).rationale(Option.some(" ")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rationale");
    assertThat(List.of(Verdict.values()).filter(Verdict::isApproval))
        .containsExactly(Verdict.APPROVE, Verdict.APPROVE_WITH_CONDITIONS);
  }
  @Test
  void a_record_without_a_subject_decides_its_request_itself() {
    DecisionRecord record = valid.validate().get();

    assertThat(record.subject()).isEqualTo(DecisionSubject.of(new RequestId("r-1")));
    assertThat(record.request()).isEqualTo(new RequestId("r-1"));
    assertThat(DecisionRecordDraft.builder().from(valid).subject(DecisionSubjectDraft.builder().kind(" ").build())
        .build().validate().get()).isEqualTo(record);
    assertThat(DecisionRecord.builder().from(record).request(new RequestId("r-2")).build().subject())
        .isEqualTo(new DecisionSubject.OfRequest(new RequestId("r-2")));
  }

  @Test
  void parses_a_typed_subject_with_the_request_of_its_case() {
    DecisionRecord tier = DecisionRecordDraft.builder().from(valid).decisionType("tier change")
        .subject(DecisionSubjectDraft.builder().kind("tier change").partner(" p-1 ").tier("Gold").build())
        .build().validate().get();
    DecisionRecord escalation = DecisionRecordDraft.builder().from(valid).decisionType("ESCALATION_RESOLUTION")
        .subject(DecisionSubjectDraft.builder().kind("escalation").escalation("esc-4").build())
        .build().validate().get();
    DecisionRecord host = DecisionRecordDraft.builder().from(valid).decisionType("co-sell exception")
        .subject(DecisionSubjectDraft.builder().kind("HOST").subjectKind("contract").subjectId("C-17").build())
        .build().validate().get();

    assertThat(tier.subject()).isEqualTo(new DecisionSubject.OfTierChange(new RequestId("r-1"),
        new org.partnergov.model.party.PartnerId("p-1"), org.partnergov.model.party.Tier.of("Gold")));
    assertThat(tier.request()).isEqualTo(new RequestId("r-1"));
    assertThat(escalation.subject()).isEqualTo(new DecisionSubject.OfEscalation(new RequestId("r-1"),
        new org.partnergov.model.escalation.EscalationId("esc-4")));
    assertThat(host.subject()).isEqualTo(new DecisionSubject.OfHost(new RequestId("r-1"), "contract", "C-17"));
    assertThat(List.of(tier, escalation, host).map(r -> r.subject().<String>fold(p -> "plain", t -> "tier",
        e -> "escalation", h -> "host"))).containsExactly("tier", "escalation", "host");
  }

  @Test
  void reports_every_problem_of_a_subject_under_its_path() {
    DecisionRecordDraft missing = DecisionRecordDraft.builder().from(valid).decisionType("tier change")
        .subject(DecisionSubjectDraft.builder().kind("tier change").tier(" ").escalation("esc-4").build()).build();
    DecisionRecordDraft misfit = DecisionRecordDraft.builder().from(valid).request(null)
        .subject(DecisionSubjectDraft.builder().kind("escalation").escalation("esc-4").build()).build();
    DecisionRecordDraft unknown = DecisionRecordDraft.builder().from(valid)
        .subject(DecisionSubjectDraft.builder().kind("contract").build()).build();
    DecisionRecordDraft plain = DecisionRecordDraft.builder().from(valid)
        .subject(DecisionSubjectDraft.builder().subjectId("C-17").build()).build();
    DecisionRecordDraft builtInHost = DecisionRecordDraft.builder().from(valid).decisionType("fund allocation")
        .subject(DecisionSubjectDraft.builder().kind("host").subjectKind("contract").subjectId("C-17").build()).build();

    assertThat(missing.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-12 subject.escalation: only an escalation subject has an escalation, this one is a tier change subject",
        "VAL-01 subject.partner: is required and must not be blank",
        "VAL-01 subject.tier: is required and must not be blank");
    assertThat(misfit.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 request: is required and must not be blank",
        "VAL-12 subject.kind: an escalation is decided as an escalation resolution, not as incentive exception");
    assertThat(unknown.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-07 subject.kind: 'contract' is not one of [exception_request, tier_change, escalation, host]");
    assertThat(plain.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-12 subject.subjectId: only a host subject has a subjectId, this one is an exception request subject");
    assertThat(builtInHost.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-12 subject.kind: a host subject is decided under a decision type the host defines, not as fund allocation");
  }

  @Test
  void the_typed_builder_refuses_a_subject_its_decision_type_cannot_decide() {
    DecisionRecord record = valid.validate().get();
    DecisionSubject tier = new DecisionSubject.OfTierChange(record.request(),
        new org.partnergov.model.party.PartnerId("p-1"), org.partnergov.model.party.Tier.of("Gold"));

    assertThatThrownBy(() -> DecisionRecord.builder().from(record).subject(tier).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a tier change is decided as a tier change");
    assertThat(DecisionRecord.builder().from(record).subject(tier).decisionType(DecisionType.TIER_CHANGE).build()
        .request()).isEqualTo(record.request());
  }
}
