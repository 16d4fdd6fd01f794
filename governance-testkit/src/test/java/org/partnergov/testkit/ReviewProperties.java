package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnergov.testkit.Plant.at;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.review.Commitment;
import org.partnergov.model.review.CommitmentDraft;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.CriterionDraft;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.CriterionResultDraft;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordDraft;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.DecisionSubjectDraft;
import org.partnergov.model.review.EscalationResolution;
import org.partnergov.model.review.EscalationResolutionDraft;
import org.partnergov.model.review.FastPath;
import org.partnergov.model.review.FastPathDraft;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.FundRequestDraft;
import org.partnergov.model.review.HostDecision;
import org.partnergov.model.review.HostDecisionDraft;
import org.partnergov.model.review.IncentiveException;
import org.partnergov.model.review.IncentiveExceptionDraft;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.ReadinessClaimDraft;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathDraft;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.ReviewStepDraft;
import org.partnergov.model.review.TierChange;
import org.partnergov.model.review.TierChangeDraft;
import org.partnergov.model.review.Verdict;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of exception requests, review paths and decision records, and of their drafts. */
class ReviewProperties {

  private static final java.time.Instant REFERENCE = MoneyGenerators.REFERENCE;

  @Test
  void REV_01_generated_requests_hold_their_invariants() {
    qt().forAll(ReviewGenerators.exceptionRequests()).checkAssert(r -> {
      assertThat(r.rationale()).isNotBlank();
      assertThat(r.decisionType()).isEqualTo(r.fold(f -> DecisionType.FUND_ALLOCATION,
          i -> DecisionType.INCENTIVE_EXCEPTION, c -> DecisionType.CUSTOMER_COMMITMENT,
          c -> DecisionType.READINESS_CLAIM, t -> DecisionType.TIER_CHANGE, e -> DecisionType.ESCALATION_RESOLUTION,
          HostDecision::hostType));
      assertThat(r.amount()).isEqualTo(r.<Option<Money>>fold(f -> Option.some(f.requestedAmount()),
          i -> Option.some(i.requestedAmount()), Commitment::value, c -> Option.none(), t -> Option.none(),
          e -> Option.none(), HostDecision::value));
      assertThat(r.<Boolean>fold(f -> f.requestedAmount().isPositive(), i -> i.requestedAmount().isPositive(),
          c -> true, c -> !c.claimedCriteria().isEmpty(), t -> true, e -> !e.resolution().isBlank(),
          h -> !h.hostType().isBuiltIn())).isTrue();
      assertThat(DecisionSubject.of(r).request()).isEqualTo(r.id());
    });
  }

  @Test
  void REV_02_every_generated_draft_is_valid() {
    qt().forAll(ReviewGenerators.fundRequestDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.incentiveExceptionDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.commitmentDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.readinessClaimDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.tierChangeDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.escalationResolutionDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.hostDecisionDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.criterionDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.criterionResultDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.reviewStepDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.fastPathDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.reviewPathDrafts()).check(d -> d.validate().isValid());
    qt().forAll(ReviewGenerators.decisionRecordDrafts()).check(d -> d.validate().isValid());
  }

  @Test
  void REV_03_drafts_of_generated_values_parse_back_to_the_same_value() {
    qt().forAll(ReviewGenerators.fundRequests(), Generate.booleans())
        .check((r, lower) -> ReviewGenerators.draftOf(r, lower).validate().get().equals(r));
    qt().forAll(ReviewGenerators.incentiveExceptions())
        .check(r -> ReviewGenerators.draftOf(r).validate().get().equals(r));
    qt().forAll(ReviewGenerators.commitments())
        .check(r -> ReviewGenerators.draftOf(r).validate().get().equals(r));
    qt().forAll(ReviewGenerators.readinessClaims())
        .check(r -> ReviewGenerators.draftOf(r).validate().get().equals(r));
    qt().forAll(ReviewGenerators.tierChanges())
        .check(r -> ReviewGenerators.draftOf(r).validate().get().equals(r));
    qt().forAll(ReviewGenerators.escalationResolutions())
        .check(r -> ReviewGenerators.draftOf(r).validate().get().equals(r));
    qt().forAll(ReviewGenerators.hostDecisions(), Generate.booleans())
        .check((r, lower) -> ReviewGenerators.draftOf(r, lower).validate().get().equals(r));
    qt().forAll(ReviewGenerators.reviewPaths())
        .check(p -> ReviewGenerators.draftOf(p).validate().get().equals(p));
    qt().forAll(ReviewGenerators.decisionRecords(), Generate.booleans())
        .check((r, lower) -> ReviewGenerators.draftOf(r, lower).validate().get().equals(r));
  }

  @Test
  void REV_04_fund_request_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(ReviewGenerators.fundRequestDrafts(),
            at("id", d -> fund(d).id("  ").build()),
            at("requester", d -> fund(d).requester(null).build()),
            at("partner", d -> fund(d).partner(" ").build()),
            at("rationale", d -> fund(d).rationale("").build()),
            at("cited[0]", d -> fund(d).cited(List.of(" ").appendAll(d.cited())).build()),
            at("submittedAt", d -> fund(d).submittedAt(null).build()),
            at("kind", d -> fund(d).kind("grant").build()),
            at("amount", d -> fund(d).amount(new BigDecimal("-1")).build()),
            at("currency", d -> fund(d).currency("XYZ").build()),
            at("purpose", d -> fund(d).purpose(null).build()),
            at("activityEnd", d -> fund(d).activityStart(REFERENCE)
                .activityEnd(REFERENCE.minusSeconds(1)).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void REV_05_incentive_exception_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(ReviewGenerators.incentiveExceptionDrafts(),
            at("id", d -> incentive(d).id(null).build()),
            at("requester", d -> incentive(d).requester("\t").build()),
            at("incentive", d -> incentive(d).incentive(" ").build()),
            at("amount", d -> incentive(d).amount(new BigDecimal("-0.01")).build()),
            at("currency", d -> incentive(d).currency(" ").build()),
            at("deviation", d -> incentive(d).deviation(null).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void REV_06_commitment_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(ReviewGenerators.commitmentDrafts(),
            at("partner", d -> commitment(d).partner(null).build()),
            at("customer", d -> commitment(d).customer(" ").build()),
            at("promise", d -> commitment(d).promise(null).build()),
            at("dueBy", d -> commitment(d).dueBy(null).build()),
            at("value", d -> commitment(d).value(new BigDecimal("-3"))
                .currency(d.currency() == null ? "EUR" : d.currency()).build()),
            at("currency", d -> commitment(d).currency("XYZ")
                .value(d.value() == null ? BigDecimal.TEN : d.value()).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void REV_07_readiness_claim_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(ReviewGenerators.readinessClaimDrafts(),
            at("rationale", d -> readiness(d).rationale(" ").build()),
            at("launch", d -> readiness(d).launch(null).build()),
            at("launchDate", d -> readiness(d).launchDate(null).build()),
            at("claimedCriteria[0]", d -> readiness(d)
                .claimedCriteria(List.of("").appendAll(d.claimedCriteria())).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void REV_08_review_path_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(ReviewGenerators.reviewPathDrafts(),
            at("id", d -> path(d).id(" ").build()),
            at("decisionType", d -> path(d).decisionType(null).build()),
            at("steps[0].reviewer", d -> path(d).steps(d.steps().update(0, s ->
                ReviewStepDraft.builder().from(s).person("person-1").team("unit-1").build())).build()),
            at("steps[0].timeLimit", d -> path(d).steps(d.steps().update(0, s ->
                ReviewStepDraft.builder().from(s).timeLimit(Duration.ofSeconds(-1)).build())).build()),
            at("fastPath.criteria", d -> path(d).fastPath(new FastPathDraft(BigDecimal.ONE,
                d.fourEyesCurrency() == null ? "EUR" : d.fourEyesCurrency(), List.empty())).build()),
            at("fourEyesThreshold", d -> path(d).fourEyesThreshold(new BigDecimal("-1"))
                .fourEyesCurrency(d.fourEyesCurrency() == null ? "EUR" : d.fourEyesCurrency()).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void REV_09_decision_record_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(ReviewGenerators.decisionRecordDrafts(),
            at("id", d -> record(d).id(null).build()),
            at("request", d -> record(d).request(" ").build()),
            at("decisionType", d -> record(d).decisionType("").build()),
            at("decider", d -> record(d).decider(null).build()),
            at("verdict", d -> record(d).verdict("maybe").build()),
            at("decidedAt", d -> record(d).decidedAt(null).build()),
            at("criteriaResults[0].met", d -> record(d).criteriaResults(List.of(
                new CriterionResultDraft("EVIDENCE_CITED", null, "no answer")).appendAll(d.criteriaResults())).build()),
            at("evidence[0]", d -> record(d).evidence(List.of(" ").appendAll(d.evidence())).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void REV_10_every_threshold_of_a_review_path_is_given_in_the_same_currencies() {
    qt().forAll(ReviewGenerators.reviewPaths()).checkAssert(p -> {
      for (Threshold t : p.thresholds()) {
        assertThat(t.currencies()).containsExactlyInAnyOrderElementsOf(p.currencies());
      }
      assertThat(ReviewGenerators.draftOf(p).validate().get()).isEqualTo(p);
      ReviewPathDraft mixed = ReviewPathDraft.builder().from(ReviewGenerators.draftOf(p))
          .fastPath(new FastPathDraft(BigDecimal.TEN, "CHF", List.of(new CriterionDraft("c", "d"))))
          .fourEyesThreshold(BigDecimal.TEN).fourEyesCurrency("USD")
          .fourEyesThresholdInOtherCurrencies(List.empty()).build();
      assertThat(mixed.validate().getError().map(Problem::code)).containsExactly(ProblemCode.CURRENCY_MISMATCH);
      assertThatThrownBy(() -> ReviewPath.builder().from(p)
          .fastPath(Option.some(FastPath.of(Money.of("10", "CHF"), List.of(Criterion.of("c", "d")))))
          .fourEyesThreshold(Option.some(Money.of("10", "USD"))).build())
          .isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void REV_11_conditions_come_only_with_an_approval_with_conditions() {
    qt().forAll(ReviewGenerators.decisionRecords()).checkAssert(r -> {
      assertThat(r.conditions().isEmpty()).isEqualTo(r.verdict() != Verdict.APPROVE_WITH_CONDITIONS);
      r.rationale().forEach(text -> assertThat(text).isNotBlank());
      if (r.verdict() != Verdict.APPROVE_WITH_CONDITIONS) {
        assertThatThrownBy(() -> DecisionRecord.builder().from(r).conditions(List.of("Report back")).build())
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(DecisionRecordDraft.builder().from(ReviewGenerators.draftOf(r, false))
            .conditions(List.of("Report back")).build().validate().getError().map(Problem::toString))
            .containsExactly("VAL-12 conditions: only an approval with conditions has conditions, the verdict is "
                + r.verdict().name().toLowerCase(Locale.ROOT));
      }
    });
  }

  @Test
  void REV_12_code_and_id_normalization_is_idempotent() {
    qt().forAll(ReviewGenerators.criteria()).checkAssert(c -> {
      assertThat(new Criterion(c.code(), c.description())).isEqualTo(c);
      assertThat(new Criterion(" " + c.code().toLowerCase(Locale.ROOT).replace('_', ' ') + " ", c.description() + "\t"))
          .isEqualTo(c);
    });
    qt().forAll(ReviewGenerators.criterionResults()).check(r ->
        new CriterionResult(r.criterion().toLowerCase(Locale.ROOT), r.met(), r.explanation()).equals(r));
    qt().forAll(PartyGenerators.names()).check(raw ->
        new ReviewPathId(new ReviewPathId(" " + raw + " ").value()).equals(new ReviewPathId(raw))
            && new RequestId(new RequestId("\t" + raw).value()).equals(new RequestId(raw)));
  }

  @Test
  void REV_13_equal_values_have_equal_hash_codes() {
    qt().forAll(ReviewGenerators.fundRequests()).check(r -> sameValue(FundRequest.builder().from(r).build(), r));
    qt().forAll(ReviewGenerators.incentiveExceptions())
        .check(r -> sameValue(IncentiveException.builder().from(r).build(), r));
    qt().forAll(ReviewGenerators.commitments()).check(r -> sameValue(Commitment.builder().from(r).build(), r));
    qt().forAll(ReviewGenerators.readinessClaims())
        .check(r -> sameValue(ReadinessClaim.builder().from(r).build(), r));
    qt().forAll(ReviewGenerators.tierChanges()).check(r -> sameValue(TierChange.builder().from(r).build(), r));
    qt().forAll(ReviewGenerators.escalationResolutions())
        .check(r -> sameValue(EscalationResolution.builder().from(r).build(), r));
    qt().forAll(ReviewGenerators.hostDecisions()).check(r -> sameValue(HostDecision.builder().from(r).build(), r));
    qt().forAll(ReviewGenerators.reviewSteps())
        .check(s -> sameValue(new ReviewStep(s.reviewer(), s.criteria(), s.timeLimit()), s));
    qt().forAll(ReviewGenerators.reviewPaths()).check(p -> sameValue(ReviewPath.builder().from(p).build(), p));
    qt().forAll(ReviewGenerators.decisionRecords())
        .check(r -> sameValue(DecisionRecord.builder().from(r).build(), r));
    qt().forAll(ReviewGenerators.exceptionRequests(), ReviewGenerators.exceptionRequests())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
  }

  @Test
  void REV_14_thresholds_are_strict_at_the_boundary_in_each_currency() {
    qt().forAll(ReviewGenerators.reviewPaths(), ReviewGenerators.requestAmounts()).checkAssert((p, amount) -> {
      Either<?, Boolean> fourEyes = p.needsFourEyes(amount);
      if (!p.fourEyesThreshold().isEmpty()) {
        Option<Money> t = p.fourEyesThreshold().in(amount.currency());
        if (t.isDefined()) {
          assertThat(fourEyes).isEqualTo(Either.right(amount.amount().compareTo(t.get().amount()) > 0));
        } else {
          assertThat(fourEyes.isLeft()).isTrue();
        }
      }
      p.fastPath().forEach(f -> {
        Option<Money> t = f.threshold().in(amount.currency());
        if (t.isDefined()) {
          assertThat(f.admits(amount)).isEqualTo(Either.right(amount.amount().compareTo(t.get().amount()) < 0));
        } else {
          assertThat(f.admits(amount).isLeft()).isTrue();
        }
      });
      if (p.fourEyesThreshold().isEmpty()) {
        assertThat(fourEyes).isEqualTo(Either.right(false));
      }
    });
  }

  @Test
  void REV_15_generators_hit_the_boundaries_that_matter() {
    AtomicInteger atFourEyes = new AtomicInteger();
    AtomicInteger atFastPath = new AtomicInteger();
    AtomicInteger ownerAsks = new AtomicInteger();
    AtomicInteger noRationale = new AtomicInteger();
    AtomicInteger atReference = new AtomicInteger();
    qt().forAll(ReviewGenerators.exceptionRequests(), PartyGenerators.partners(), ReviewGenerators.decisionRecords())
        .check((r, partner, d) -> {
          r.amount().filter(ReviewGenerators.FOUR_EYES_THRESHOLD::equals).forEach(a -> atFourEyes.incrementAndGet());
          r.amount().filter(ReviewGenerators.FAST_PATH_THRESHOLD::equals).forEach(a -> atFastPath.incrementAndGet());
          if (r.requester().equals(partner.relationshipOwner())) {
            ownerAsks.incrementAndGet();
          }
          if (d.rationale().isEmpty() && d.verdict().isApproval()) {
            noRationale.incrementAndGet();
          }
          if (r.submittedAt().equals(REFERENCE)) {
            atReference.incrementAndGet();
          }
          return true;
        });
    assertThat(List.of(atFourEyes, atFastPath, ownerAsks, noRationale, atReference).map(AtomicInteger::get))
        .allSatisfy(count -> assertThat(count).isGreaterThan(5));
  }

  @Test
  void REV_16_every_kind_of_request_and_reviewer_turns_up() {
    java.util.Set<String> kinds = new java.util.HashSet<>();
    java.util.Set<String> reviewers = new java.util.HashSet<>();
    qt().forAll(ReviewGenerators.exceptionRequests(), ReviewGenerators.reviewSteps()).check((r, s) -> {
      kinds.add(r.decisionType().code());
      reviewers.add(s.reviewer().fold(p -> "person", role -> "role", team -> "team"));
      return true;
    });
    assertThat(kinds).containsAll(List.of(DecisionType.FUND_ALLOCATION, DecisionType.INCENTIVE_EXCEPTION,
        DecisionType.CUSTOMER_COMMITMENT, DecisionType.READINESS_CLAIM, DecisionType.TIER_CHANGE,
        DecisionType.ESCALATION_RESOLUTION).map(DecisionType::code));
    assertThat(kinds).anyMatch(code -> !DecisionType.of(code).isBuiltIn());
    assertThat(reviewers).containsExactlyInAnyOrder("person", "role", "team");
  }

  @Test
  void REV_17_tier_change_escalation_resolution_and_host_decision_parse_report_one_problem_per_planted_field() {
    qt().forAll(Plant.some(ReviewGenerators.tierChangeDrafts(),
            at("requester", d -> TierChangeDraft.builder().from(d).requester(" ").build()),
            at("tier", d -> TierChangeDraft.builder().from(d).tier(null).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
    qt().forAll(Plant.some(ReviewGenerators.escalationResolutionDrafts(),
            at("partner", d -> EscalationResolutionDraft.builder().from(d).partner(null).build()),
            at("escalation", d -> EscalationResolutionDraft.builder().from(d).escalation(" ").build()),
            at("resolution", d -> EscalationResolutionDraft.builder().from(d).resolution("").build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
    qt().forAll(Plant.some(ReviewGenerators.hostDecisionDrafts(),
            at("hostType", d -> HostDecisionDraft.builder().from(d).hostType("tier change").build()),
            at("subjectKind", d -> HostDecisionDraft.builder().from(d).subjectKind(null).build()),
            at("subjectId", d -> HostDecisionDraft.builder().from(d).subjectId(" ").build()),
            at("value", d -> HostDecisionDraft.builder().from(d).value(new BigDecimal("-2"))
                .currency(d.currency() == null ? "EUR" : d.currency()).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void REV_18_a_decision_record_subject_parse_reports_one_problem_per_planted_field() {
    Gen<DecisionRecordDraft> tierChanges = ReviewGenerators.decisionRecordDrafts().zip(ReviewGenerators.tierChanges(),
        (d, t) -> record(d).decisionType("tier change").subject(DecisionSubjectDraft.builder().kind("tier change")
            .partner(t.partner().value()).tier(t.tier().value()).build()).build());
    qt().forAll(Plant.some(tierChanges,
            at("subject.partner", d -> record(d).subject(subject(d).partner(" ").build()).build()),
            at("subject.tier", d -> record(d).subject(subject(d).tier(null).build()).build()),
            at("subject.escalation", d -> record(d).subject(subject(d).escalation("escalation-1").build()).build()),
            at("subject.subjectId", d -> record(d).subject(subject(d).subjectId("C-1").build()).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
    qt().forAll(ReviewGenerators.decisionRecords()).checkAssert(r -> {
      DecisionRecordDraft draft = ReviewGenerators.draftOf(r, false);
      if (r.subject().kind() != DecisionSubject.Kind.EXCEPTION_REQUEST) {
        assertThat(record(draft).decisionType("fund allocation").build().validate().getError().map(Problem::path))
            .containsExactly("subject.kind");
        assertThat(record(draft).subject(DecisionSubjectDraft.builder().from(draft.subject()).kind("contract").build())
            .build().validate().getError().map(Problem::code)).containsExactly(ProblemCode.UNKNOWN_NAME);
      }
    });
  }

  private static DecisionSubjectDraft.Builder subject(DecisionRecordDraft d) {
    return DecisionSubjectDraft.builder().from(d.subject());
  }

  private static boolean sameValue(Object a, Object b) {
    return a.equals(b) && a.hashCode() == b.hashCode();
  }

  private static FundRequestDraft.Builder fund(FundRequestDraft d) {
    return FundRequestDraft.builder().from(d);
  }

  private static IncentiveExceptionDraft.Builder incentive(IncentiveExceptionDraft d) {
    return IncentiveExceptionDraft.builder().from(d);
  }

  private static CommitmentDraft.Builder commitment(CommitmentDraft d) {
    return CommitmentDraft.builder().from(d);
  }

  private static ReadinessClaimDraft.Builder readiness(ReadinessClaimDraft d) {
    return ReadinessClaimDraft.builder().from(d);
  }

  private static ReviewPathDraft.Builder path(ReviewPathDraft d) {
    return ReviewPathDraft.builder().from(d);
  }

  private static DecisionRecordDraft.Builder record(DecisionRecordDraft d) {
    return DecisionRecordDraft.builder().from(d);
  }
}
