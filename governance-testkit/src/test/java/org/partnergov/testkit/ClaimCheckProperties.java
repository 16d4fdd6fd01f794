package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.CustomerId;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.rules.evidence.ClaimCheck;
import org.partnergov.rules.evidence.ClaimVerdict;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.testkit.EvidenceCases.ClaimCase;

/**
 * Properties of checking value claims, named by what they guard. They rely on the verdict order
 * {@code Unsupported < ActivityOnly < WeaklySupported < Supported} ({@link ClaimVerdict#rank()}).
 */
class ClaimCheckProperties {

  static ClaimVerdict check(ValueClaim claim, List<ActivityRecord> records, ClaimCase k) {
    return ClaimCheck.check(claim, records, RulePack.defaults(), k.asOf(), k.window());
  }

  /** Enablement records of the claim's partner inside its period, with fresh ids. */
  static List<ActivityRecord> enablementFor(ValueClaim claim, java.util.List<ActivityRecord> extra) {
    return List.ofAll(extra).zipWithIndex().map(e -> ActivityRecord.builder().from(e._1)
        .id(ActivityRecordId.of("extra-" + e._2)).partner(claim.partner())
        .occurredAt(EvidenceCases.inside(claim.period(), e._1.occurredAt())).build());
  }

  @Test
  void CLM_01_adding_enablement_evidence_never_turns_an_activity_only_claim_into_supported() {
    qt().withExamples(3_000).forAll(EvidenceCases.claimCases(),
        lists().of(EvidenceCases.enablementRecords()).ofSizeBetween(1, 5)).checkAssert((k, extra) -> {
          List<ActivityRecord> enablement = enablementFor(k.claim(), extra);
          ClaimVerdict before = check(k.claim(), k.records(), k);
          ClaimVerdict after = check(EvidenceCases.citing(k.claim(), enablement), k.records().appendAll(enablement), k);
          if (before instanceof ClaimVerdict.ActivityOnly) {
            assertThat(after).isInstanceOf(ClaimVerdict.ActivityOnly.class);
          }
          assertThat(after.rank()).isEqualTo(Math.max(before.rank(), 1));
        });
  }

  @Test
  void CLM_02_adding_stronger_evidence_never_lowers_a_verdict() {
    qt().withExamples(3_000).forAll(EvidenceCases.claimCases(), EvidenceGenerators.activityRecords(),
        integers().between(0, 99)).checkAssert((k, extra, pick) -> {
          ClaimVerdict before = check(k.claim(), k.records(), k);
          // one more citation, of any record at all
          ActivityRecord added = ActivityRecord.builder().from(extra).id(ActivityRecordId.of("extra")).build();
          ClaimVerdict more = check(EvidenceCases.citing(k.claim(), List.of(added)), k.records().append(added), k);
          assertThat(more.rank()).as("after citing %s: %s", added, more.explanation()).isGreaterThanOrEqualTo(before.rank());
          // one cited record made stronger: better provenance and attributed
          if (!k.records().isEmpty()) {
            ActivityRecord r = k.records().get(pick % k.records().size());
            Provenance up = Provenance.values()[Math.min(Provenance.values().length - 1,
                r.provenance().ordinal() + 1 + pick % 2)];
            ActivityRecord stronger = ActivityRecord.builder().from(r).provenance(up)
                .customer(r.customer().orElse(Option.some(CustomerId.of("customer-1")))).build();
            ClaimVerdict strengthened = check(k.claim(), k.records().replace(r, stronger), k);
            assertThat(strengthened.rank()).as("after strengthening %s: %s", r.id(), strengthened.explanation())
                .isGreaterThanOrEqualTo(before.rank());
          }
        });
  }

  @Test
  void CLM_03_every_verdict_explains_itself_and_lookups_agree() {
    qt().withExamples(2_000).forAll(EvidenceCases.claimCases()).checkAssert(k -> {
      ClaimVerdict v = check(k.claim(), k.records(), k);
      assertThat(v.explanation()).contains(v.code().code()).contains(k.claim().id().value());
      assertThat(v.findings().map(f -> f.record()).distinct())
          .containsExactlyElementsOf(k.claim().cited().distinct());
      assertThat(ClaimCheck.check(k.claim(), EvidenceCases.byId(k.records()), RulePack.defaults(), k.asOf(), k.window()))
          .isEqualTo(v);
    });
  }

  @Test
  void CLM_03_the_cases_reach_every_verdict() {
    int[] seen = new int[4];
    qt().withExamples(2_000).forAll(EvidenceCases.claimCases()).checkAssert(k -> seen[check(k.claim(), k.records(), k).rank()]++);
    System.out.println("CLM_03 verdicts (unsupported, activity only, weak, supported) of 2000 cases " + List.ofAll(seen));
    assertThat(List.ofAll(seen)).allSatisfy(n -> assertThat(n).isGreaterThan(50));
  }
}
