package org.partnergov.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.evidence.Records.ACME;
import static org.partnergov.rules.evidence.Records.AS_OF;
import static org.partnergov.rules.evidence.Records.GLOBEX;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ClaimSubject;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.evidence.ValueClaimId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.time.Period;

/** Examples of each verdict on a value claim. */
class ClaimCheckTest {

  static final Duration WINDOW = Duration.ofDays(90);
  static final Period H1 = Period.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));

  static ValueClaim claim(ClaimSubject subject, String... cited) {
    return ValueClaim.builder().id(ValueClaimId.of("claim-1")).partner(ACME).subject(subject).period(H1)
        .cited(List.of(cited).map(ActivityRecordId::of)).claimant(PersonId.of("pat"))
        .statement("our work moved the needle").madeAt(AS_OF).build();
  }

  static ClaimVerdict check(ValueClaim claim, ActivityRecord... records) {
    return ClaimCheck.check(claim, List.of(records), RulePack.defaults(), AS_OF, WINDOW);
  }

  static final ClaimSubject REVENUE = ClaimSubject.dimension(PerformanceDimension.REVENUE_MOTION);

  @Test
  void strongValueEvidenceSupportsAClaim() {
    ClaimVerdict v = check(claim(REVENUE, "a-1", "a-2"), Records.of("a-1", ActivityKind.REVENUE_BOOKED),
        Records.of("a-2", ActivityKind.TRAINING_COMPLETED));
    assertThat(v).isInstanceOf(ClaimVerdict.Supported.class);
    assertThat(v.code().code()).isEqualTo("EVD-20");
    assertThat(((ClaimVerdict.Supported) v).strong()).containsExactly(ActivityRecordId.of("a-1"));
    assertThat(v.explanation()).isEqualTo("Claim claim-1 of acme about revenue motion is supported (EVD-20) by 1 "
        + "strong record: a-1. a-1: \"revenue booked\" is strong evidence: system recorded, recent, attributed (EVD-11). "
        + "a-2: \"training completed\" is enablement, not value by itself (rule training-completed-is-enablement of "
        + "pack defaults): it shows activity, not that anything changed (EVD-12).");
  }

  @Test
  void selfReportedStaleOrUnattributedEvidenceOnlyWeaklySupports() {
    ActivityRecord stale = Records.record("a-2", ActivityKind.OPPORTUNITY_WON)
        .occurredAt(AS_OF.minus(Duration.ofDays(91))).build();
    ClaimVerdict v = check(claim(REVENUE, "a-1", "a-2", "a-3"), Records.selfReported("a-1", ActivityKind.DEAL_REGISTERED),
        stale, Records.unattributed("a-3", ActivityKind.REVENUE_BOOKED));
    assertThat(v).isInstanceOf(ClaimVerdict.WeaklySupported.class);
    assertThat(v.code().code()).isEqualTo("EVD-21");
    assertThat(v.findings().map(f -> f.code().code())).containsExactly("EVD-08", "EVD-09", "EVD-10");
    assertThat(v.explanation()).isEqualTo("Claim claim-1 of acme about revenue motion is only weakly supported "
        + "(EVD-21): its value evidence (a-1, a-2, a-3) is self-reported, stale or unattributed. "
        + "a-1: only the partner reports it; nobody else confirmed it (EVD-08). "
        + "a-2: it happened at 2026-03-31T12:00:00Z, more than 90 days before 2026-06-30T12:00:00Z (EVD-09). "
        + "a-3: it is linked to no customer or deal (EVD-10).");
  }

  @Test
  void enablementAloneIsActivityMistakenForValue() {
    ClaimVerdict v = check(claim(REVENUE, "a-1", "a-2"), Records.of("a-1", ActivityKind.TRAINING_COMPLETED),
        Records.of("a-2", ActivityKind.WEBINAR_JOINED));
    assertThat(v).isInstanceOf(ClaimVerdict.ActivityOnly.class);
    assertThat(v.code().code()).isEqualTo("FM-1");
    assertThat(v.summary()).isEqualTo("Claim claim-1 of acme about revenue motion rests on activity only (FM-1, "
        + "activity mistaken for value): a-1, a-2 are enablement signals, which show activity, not value.");
  }

  @Test
  void aClaimCitingNothingIsUnsupported() {
    ClaimVerdict v = check(claim(ClaimSubject.customerOutcome("onboarding time cut in half")));
    assertThat(v).isInstanceOf(ClaimVerdict.Unsupported.class);
    assertThat(v.code().code()).isEqualTo("EVD-22");
    assertThat(v.explanation()).isEqualTo("Claim claim-1 of acme about the customer outcome \"onboarding time cut "
        + "in half\" is unsupported (EVD-22): it cites no evidence (EVD-03).");
  }

  @Test
  void aClaimCitingUnknownForeignOffSubjectOrLateRecordsIsUnsupported() {
    ActivityRecord foreign = Records.record("a-2", ActivityKind.REVENUE_BOOKED).partner(GLOBEX).build();
    ActivityRecord late = Records.record("a-4", ActivityKind.REVENUE_BOOKED).occurredAt(H1.end().get()).build();
    ClaimVerdict v = check(claim(REVENUE, "a-1", "a-2", "a-3", "a-4", "a-5"), foreign,
        Records.of("a-3", ActivityKind.RENEWAL), late, Records.of("a-5", ActivityKind.of("hackathon won")));
    assertThat(v).isInstanceOf(ClaimVerdict.Unsupported.class);
    assertThat(v.findings().map(f -> f.code().code())).containsExactly("EVD-04", "EVD-05", "EVD-07", "EVD-06", "EVD-01");
    assertThat(v.explanation()).isEqualTo("Claim claim-1 of acme about revenue motion is unsupported (EVD-22): none "
        + "of the records it cites exists and bears on it. "
        + "a-1: no activity record has this id, so it supports nothing (EVD-04). "
        + "a-2: this is activity of globex, not of acme (EVD-05). "
        + "a-3: it is customer impact, not evidence of revenue motion (EVD-07). "
        + "a-4: it happened at 2026-07-01T00:00:00Z, outside the claimed period "
        + "[2026-01-01T00:00:00Z, 2026-07-01T00:00:00Z) (EVD-06). "
        + "a-5: \"hackathon won\" is unclassified: no rule of pack defaults covers it, so it never counts as value (EVD-01).");
  }

  @Test
  void customerImpactSupportsACustomerOutcome() {
    ActivityRecord confirmed = Records.record("a-1", ActivityKind.CUSTOMER_CONFIRMED_OUTCOME)
        .provenance(org.partnergov.model.evidence.Provenance.CUSTOMER_CONFIRMED).build();
    assertThat(check(claim(ClaimSubject.customerOutcome("fewer outages"), "a-1"), confirmed))
        .isInstanceOf(ClaimVerdict.Supported.class);
  }

  @Test
  void theVerdictsAreOrderedWeakestFirst() {
    Seq<ClaimVerdict> verdicts = List.of(
        check(claim(REVENUE, "a-1"), Records.of("a-1", ActivityKind.REVENUE_BOOKED)),
        check(claim(REVENUE, "a-1"), Records.selfReported("a-1", ActivityKind.REVENUE_BOOKED)),
        check(claim(REVENUE, "a-1"), Records.of("a-1", ActivityKind.EVENT_ATTENDED)),
        check(claim(REVENUE)));
    assertThat(verdicts.map(ClaimVerdict::rank)).containsExactly(3, 2, 1, 0);
    assertThat(verdicts.sorted(ClaimVerdict.ORDER).map(v -> v.code().code()))
        .containsExactly("EVD-22", "FM-1", "EVD-21", "EVD-20");
    assertThat(verdicts.head().isAtLeast(verdicts.last())).isTrue();
    assertThat(verdicts.last().isAtLeast(verdicts.head())).isFalse();
  }

  @Test
  void recordsCanBeLookedUpByIdToo() {
    ActivityRecord r = Records.of("a-1", ActivityKind.REVENUE_BOOKED);
    assertThat(ClaimCheck.check(claim(REVENUE, "a-1"), io.vavr.collection.HashMap.of(r.id(), r),
        RulePack.defaults(), AS_OF, WINDOW)).isEqualTo(check(claim(REVENUE, "a-1"), r));
  }
}
