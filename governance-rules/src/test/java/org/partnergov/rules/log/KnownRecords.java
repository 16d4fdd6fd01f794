package org.partnergov.rules.log;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.Verdict;

/** Hand-built decision records that, together, set every field both ways. */
final class KnownRecords {

  static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");

  private KnownRecords() {}

  /** The smallest record: every optional field absent, every sequence empty. */
  static DecisionRecord minimal() {
    return DecisionRecord.builder().id(DecisionRecordId.of("d-1")).request(RequestId.of("r-1"))
        .decisionType(DecisionType.FUND_ALLOCATION).decider(PersonId.of("p-dana"))
        .verdict(Verdict.APPROVE).decidedAt(AT).build();
  }

  static DecisionRecord rejectedWithRationale() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-2"))
        .verdict(Verdict.REJECT).rationale(Option.some("Budget is exhausted for the quarter")).build();
  }

  static DecisionRecord underDelegatedRight() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-3"))
        .decisionType(DecisionType.INCENTIVE_EXCEPTION)
        .right(Option.some(DecisionRightId.of("right-emea-mdf")))
        .delegation(Option.some(DelegationId.of("del-7"))).build();
  }

  static DecisionRecord withConditions() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-4"))
        .verdict(Verdict.APPROVE_WITH_CONDITIONS)
        .conditions(List.of("Proof of execution within 30 days", "Co-branding reviewed by marketing"))
        .build();
  }

  /** The same conditions as {@link #withConditions()} in the other order: order is part of it. */
  static DecisionRecord withConditionsReordered() {
    return DecisionRecord.builder().from(withConditions()).conditions(withConditions().conditions().reverse())
        .build();
  }

  static DecisionRecord withCriteriaResults() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-5"))
        .criteriaResults(List.of(new CriterionResult("within budget", true, "Fits the remaining budget"),
            new CriterionResult("PERFORMANCE_EVIDENCE", false, "Only enablement activity is cited")))
        .build();
  }

  static DecisionRecord withEvidence() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-6"))
        .decisionType(DecisionType.READINESS_CLAIM)
        .evidence(List.of(ActivityRecordId.of("act-1"), ActivityRecordId.of("act-22"),
            ActivityRecordId.of("act-333")))
        .build();
  }

  static DecisionRecord onReviewPath() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-7"))
        .reviewPath(Option.some(ReviewPathId.of("path-four-eyes"))).build();
  }

  /** Text beyond ASCII: two- three- and four-byte UTF-8. */
  static DecisionRecord unicode() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-8-ü"))
        .decider(PersonId.of("p-zoë")).rationale(Option.some("Zustimmung — Ökosystem 日本 ✓ 🚀")).build();
  }

  /** A host-defined decision type and a request for more information. */
  static DecisionRecord hostTypeRequestingInformation() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-9"))
        .decisionType(DecisionType.of("co-sell exception")).verdict(Verdict.REQUEST_INFORMATION)
        .rationale(Option.some("Which customer is this for?")).build();
  }

  /** An instant before 1970 with nanoseconds: a negative second count. */
  static DecisionRecord beforeEpochWithNanos() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-10"))
        .decidedAt(Instant.parse("1969-12-31T23:59:59.999999999Z")).build();
  }

  /** Every field present. */
  static DecisionRecord everything() {
    return DecisionRecord.builder().id(DecisionRecordId.of("d-11")).request(RequestId.of("r-42"))
        .decisionType(DecisionType.CUSTOMER_COMMITMENT).decider(PersonId.of("p-lee"))
        .verdict(Verdict.APPROVE_WITH_CONDITIONS).decidedAt(Instant.parse("2026-03-02T17:05:09.123456789Z"))
        .right(Option.some(DecisionRightId.of("right-commit")))
        .delegation(Option.some(DelegationId.of("del-9")))
        .rationale(Option.some("Strategic customer, margin protected"))
        .conditions(List.of("Legal signs off the clause"))
        .criteriaResults(List.of(new CriterionResult("MARGIN_FLOOR", true, "Margin stays above 18%")))
        .evidence(List.of(ActivityRecordId.of("act-9000")))
        .reviewPath(Option.some(ReviewPathId.of("path-commitments"))).build();
  }

  /** The minimal record with only the request changed. */
  static DecisionRecord otherRequest() {
    return DecisionRecord.builder().from(minimal()).request(RequestId.of("r-2")).build();
  }
  /** A tier change: version 3, the subject's partner and tier after tag 0x10. */
  static DecisionRecord tierChange() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-20"))
        .subject(new DecisionSubject.OfTierChange(RequestId.of("r-20"), PartnerId.of("p-acme"), Tier.of("Gold")))
        .decisionType(DecisionType.TIER_CHANGE).build();
  }

  /** The resolution of an escalation that fills an approval level: version 3, tag 0x0E before 0x10. */
  static DecisionRecord escalationAtLevel() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-21"))
        .subject(new DecisionSubject.OfEscalation(RequestId.of("r-21"), EscalationId.of("esc-4")))
        .decisionType(DecisionType.ESCALATION_RESOLUTION).approvalLevel(Option.some("financial")).build();
  }

  /** A host subject whose kind is not ASCII, rejected with a rationale. */
  static DecisionRecord hostSubject() {
    return DecisionRecord.builder().from(minimal()).id(DecisionRecordId.of("d-22"))
        .subject(new DecisionSubject.OfHost(RequestId.of("r-22"), "Vertrag über Mitverkauf", "C-2026-17"))
        .decisionType(DecisionType.of("co-sell exception")).verdict(Verdict.REJECT)
        .rationale(Option.some("Competing line")).build();
  }
}
