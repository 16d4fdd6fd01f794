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
}
