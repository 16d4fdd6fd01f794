package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ApprovalFixture.*;
import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.StableCode;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.IncentiveException;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.evidence.RulePack;

/**
 * Examples of {@link ExceptionReview#audit}: decisions a snapshot records, judged by the same
 * approval rules as a live attempt, and the {@code FM-3} finding the decision test makes of them.
 */
class AuditTest {

  static final FundRequest REQUEST = fund("r-1", ACME, "20000");
  static final DecisionRight FINANCE_DECIDES = decide("r-finance", Holder.team(FINANCE));
  /** A right Kim Park holds, over incentive exceptions, not fund allocations. */
  static final DecisionRight KIM_DECIDES_INCENTIVES = right("r-incentives", DecisionType.INCENTIVE_EXCEPTION,
      Holder.person(KIM), RapidRole.DECIDE, Scope.any(A_YEAR_AGO_ON));

  static DecisionRecord approval(String id, PersonId decider, Instant at, String right) {
    return record(id, REQUEST, decider, Verdict.APPROVE, at, Option.some(right));
  }

  // ---------------------------------------------------------------- clean

  @Test
  void an_approval_along_the_path_by_a_holder_of_the_right_is_clean() {
    Audit audit = review().audit(REQUEST, List.of(approval("d-1", KIM, LATER, "r-finance")));
    assertThat(audit.isClean()).isTrue();
    assertThat(audit.routing()).isEmpty();
    assertThat(audit.request()).isEqualTo(REQUEST);
    assertThat(audit.decisions()).hasSize(1);
    assertThat(audit.decisions().head().record().id().value()).isEqualTo("d-1");
    assertThat(audit.decisions().head().violations()).isEmpty();
  }

  @Test
  void two_distinct_approvals_of_a_four_eyes_request_are_clean() {
    FundRequest large = fund("r-2", ACME, "60000");
    Audit audit = review().audit(large, List.of(
        record("d-1", large, SAM, Verdict.APPROVE, LATER, Option.some("r-finance")),
        record("d-2", large, KIM, Verdict.APPROVE, LATER.plusSeconds(60), Option.some("r-finance"))));
    assertThat(audit.isClean()).isTrue();
  }

  // ---------------------------------------------------------------- broken rules

  @Test
  void an_approval_by_the_relationship_owner_breaks_sod_05() {
    ExceptionReview review = reviewWith(List.of(decide("r-partners", Holder.team(PARTNERS))));
    Audit audit = review.audit(REQUEST, List.of(approval("d-1", DANA, LATER, "r-partners")));
    assertThat(audit.isClean()).isFalse();
    assertThat(audit.routing()).isEmpty();
    assertThat(audit.decisions().head().violations()).containsExactly(
        new Violation(ReviewCode.RELATIONSHIP_APPROVAL, "Dana Lee owns the relationship with Acme Systems"));
  }

  @Test
  void an_approval_by_the_relationship_owner_without_the_right_breaks_sod_03_and_sod_05() {
    Audit audit = review().audit(REQUEST, List.of(approval("d-1", DANA, LATER, "r-finance")));
    assertThat(audit.decisions().head().violations().map(Violation::code))
        .containsExactly(ReviewCode.NO_DECIDE_RIGHT, ReviewCode.RELATIONSHIP_APPROVAL);
  }

  @Test
  void a_record_citing_a_right_its_decider_does_not_act_under_breaks_sod_03() {
    ExceptionReview review = reviewWith(List.of(FINANCE_DECIDES, KIM_DECIDES_INCENTIVES));
    Audit audit = review.audit(REQUEST, List.of(approval("d-1", KIM, LATER, "r-incentives")));
    assertThat(audit.decisions().head().violations()).containsExactly(new Violation(ReviewCode.NO_DECIDE_RIGHT,
        "Kim Park cites right r-incentives, which does not give them this decision; team Finance decides it under "
            + "right r-finance"));
  }

  @Test
  void a_second_approval_after_the_case_closed_breaks_sod_11() {
    DecisionRecord first = approval("d-1", KIM, LATER, "r-finance");
    DecisionRecord second = approval("d-2", SAM, LATER.plus(Duration.ofHours(1)), "r-finance");
    Audit audit = review().audit(REQUEST, List.of(second, first));
    assertThat(audit.decisions().map(d -> d.record().id().value())).containsExactly("d-1", "d-2");
    assertThat(audit.decisions().get(0).violations()).isEmpty();
    assertThat(audit.decisions().get(1).violations()).containsExactly(
        new Violation(ReviewCode.CASE_NOT_OPEN, "the case is closed (approved), not in review"));
  }

  @Test
  void a_record_dated_before_the_submission_breaks_sod_11() {
    Audit audit = review().audit(REQUEST, List.of(approval("d-1", KIM, T0.minusSeconds(60), "r-finance")));
    assertThat(audit.decisions().head().violations().filter(v -> v.code() == ReviewCode.CASE_NOT_OPEN)
        .map(Violation::reason)).containsExactly("the decision is dated 2026-06-01T08:59:00Z, before the request "
            + "was submitted at 2026-06-01T09:00:00Z");
  }

  // ---------------------------------------------------------------- not routable

  static final IncentiveException INCENTIVE = IncentiveException.builder().id(new RequestId("i-1")).requester(ALEX)
      .partner(ACME).rationale("a competitor matched our price").submittedAt(T0).incentive("Q2 accelerator")
      .requestedAmount(eur("1000")).deviation("double rebate").build();

  @Test
  void a_request_without_a_review_path_is_reported_once_and_its_records_are_still_judged() {
    DecisionRecord byOwner = record("d-1", INCENTIVE, DANA, Verdict.APPROVE, LATER, Option.none());
    Audit audit = review().audit(INCENTIVE, List.of(byOwner));
    assertThat(audit.isClean()).isFalse();
    assertThat(audit.routing().get().codes()).containsExactly(ReviewCode.NO_REVIEW_PATH);
    assertThat(audit.routing().get().explanation())
        .isEqualTo("Rejected: no review path is defined for INCENTIVE_EXCEPTION decisions (REV-03).");
    assertThat(audit.decisions().head().violations()).containsExactly(
        new Violation(ReviewCode.NO_DECIDE_RIGHT, "Dana Lee holds no Decide right in force over the incentive "
            + "exception i-1 of Acme Systems for 1000.00 EUR at 2026-06-01T14:00:00Z; nobody may decide it: no "
            + "decision right in force gives anyone Decide over this decision (default deny)"),
        new Violation(ReviewCode.RELATIONSHIP_APPROVAL, "Dana Lee owns the relationship with Acme Systems"));
  }

  @Test
  void a_request_without_a_review_path_is_judged_by_every_rule_but_sod_11() {
    ExceptionReview review = reviewWith(List.of(FINANCE_DECIDES, KIM_DECIDES_INCENTIVES));
    DecisionRecord byKim = record("d-1", INCENTIVE, KIM, Verdict.APPROVE, LATER, Option.some("r-incentives"));
    DecisionRecord unexplained = DecisionRecord.builder().from(record("d-2", INCENTIVE, KIM, Verdict.APPROVE,
        LATER.plusSeconds(60), Option.some("r-incentives"))).rationale(Option.none()).build();
    Audit audit = review.audit(INCENTIVE, List.of(byKim, unexplained));
    assertThat(audit.routing().get().codes()).containsExactly(ReviewCode.NO_REVIEW_PATH);
    assertThat(audit.decisions().get(0).violations()).as("the case never is in review, yet no SOD-11").isEmpty();
    assertThat(audit.decisions().get(1).violations()).containsExactly(
        new Violation(ReviewCode.RATIONALE_MISSING, "Kim Park gave no rationale; every verdict needs one"));
  }

  // ---------------------------------------------------------------- the decision test

  static EcosystemSnapshot recorded(DecisionRecord... records) {
    return snapshot(partsWith(List.of(FINANCE_DECIDES, KIM_DECIDES_INCENTIVES), List.empty())
        .requests(List.of(REQUEST)).decisionRecords(List.of(records)));
  }

  static Seq<Finding> fm3(DecisionTest test, EcosystemSnapshot snapshot) {
    return test.run(snapshot, T0.plus(Duration.ofDays(10))).findings(FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP);
  }

  @Test
  void the_decision_test_finds_fm_3_for_an_approval_citing_a_right_its_approver_does_not_hold() {
    Seq<Finding> findings = fm3(DecisionTest.builtIn(), recorded(approval("d-1", KIM, LATER, "r-incentives")));
    assertThat(findings).hasSize(1);
    Finding finding = findings.head();
    assertThat(finding.explanation()).isEqualTo("The FUND_ALLOCATION request r-1 of Acme Systems was not handled "
        + "through its review: decision d-1 by Kim Park: Kim Park cites right r-incentives, which does not give "
        + "them this decision; team Finance decides it under right r-finance (SOD-03).");
    assertThat(finding.explanation()).contains("(SOD-03)");
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.subjects()).containsExactly("r-1", "d-1");
  }

  @Test
  void the_decision_test_finds_no_fm_3_for_an_approval_citing_the_right_its_approver_holds() {
    assertThat(fm3(DecisionTest.builtIn(), recorded(approval("d-1", KIM, LATER, "r-finance")))).isEmpty();
  }

  @Test
  void the_decision_test_judges_recorded_decisions_by_the_host_rules_of_its_review_policy() {
    StableCode acme01 = StableCode.of("ACME-01", "spend above 10,000 EUR needs a signed co-marketing plan");
    ReviewPolicy policy = ReviewPolicy.defaults().withRules(List.of(ApprovalRule.of(acme01,
        f -> f.isApproval() && f.exceptionRequest().amount().exists(a -> a.amount().compareTo(new BigDecimal("10000")) > 0)
            ? List.of("the spend has no signed co-marketing plan") : List.<String>empty())));
    DecisionTest test = DecisionTest.builtIn(RulePack.defaults(), Duration.ofDays(365), policy);
    Seq<Finding> findings = fm3(test, recorded(approval("d-1", KIM, LATER, "r-finance")));
    assertThat(findings.map(Finding::explanation)).containsExactly("The FUND_ALLOCATION request r-1 of Acme Systems "
        + "was not handled through its review: decision d-1 by Kim Park: the spend has no signed co-marketing "
        + "plan (ACME-01).");
  }
}
