package org.partnergov.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.examples.demo.GovernanceDemo.Options;
import org.partnergov.examples.demo.SampleEcosystem.Story;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.diagnosis.Diagnosis;

/** The demo, run in-process: every failure mode shows, beside healthy contrast, and the output is reproducible. */
class GovernanceDemoTest {

  static final String REPORT = GovernanceDemo.report(Options.defaults());

  /** The report with its line wrapping undone, to look for whole sentences. */
  static final String FLAT = flat(REPORT);

  static String flat(String report) {
    return report.replaceAll("\\s+", " ");
  }

  @Test
  void every_failure_mode_appears_with_its_explanation() {
    for (FailureMode mode : FailureMode.values()) {
      assertThat(FLAT).contains(mode.code() + " " + mode.title() + ": ");
      assertThat(FLAT).doesNotContain(mode.code() + " " + mode.title() + ": none found");
    }
    assertThat(FLAT)
        .contains("Claim brightline-q2-revenue of brightline about revenue motion rests on activity only")
        .contains("gives the decision to the whole team product-development")
        .contains("decision dec-helix-q2-comarketing by Marco Bellini: Marco Bellini holds no Decide right in force")
        .contains("Marco Bellini owns the relationship with Helix Devices (SOD-05)")
        .contains("Kestrel Networks has 8 readiness activities for Aurora launch evidence program but no launch-ready evidence")
        .contains("14 days before the launch deadline")
        .contains("reached Grace Kim (grace.kim) off the path");
  }

  @Test
  void the_three_part_verdict_is_printed() {
    assertThat(REPORT)
        .contains("  FAIL  " + DecisionTest.ENABLEMENT)
        .contains("  PASS  " + DecisionTest.PERFORMANCE)
        .contains("  FAIL  " + DecisionTest.EXCEPTIONS)
        .contains("Overall: FAIL");
  }

  @Test
  void the_queue_shows_attempts_the_rules_reject_and_why_beside_accepted_ones() {
    assertThat(FLAT)
        .contains("Marco Bellini owns the relationship with Helix Devices (SOD-05)")
        .contains("Lena Fischer requested this fund request and cannot approve it (SOD-01)")
        .contains("Jonas Weber gave no rationale; every verdict needs one (REV-01)")
        .contains("Jonas Weber already approved; a second, distinct approver is required (SOD-04)")
        .contains("two distinct persons must approve, the decider and a second approver such as Daniel Costa, who must agree")
        .contains("Approved by Daniel Costa under right funds-agree")
        .contains("(SOD-13)")
        .contains("ACCEPTED Jonas Weber tries approve with conditions")
        .contains("ACCEPTED Sofia Lind tries approve");
  }

  @Test
  void a_tier_change_goes_through_review_and_is_logged() {
    assertThat(FLAT)
        .contains("helix-platinum: TIER_CHANGE for Helix Devices, requested by Marco Bellini")
        .contains("Full review of the tier change helix-platinum of Helix Devices from gold to platinum")
        .contains("Marco Bellini requested this tier change and cannot approve it (SOD-01)")
        .contains("ACCEPTED Daniel Costa tries approve at 2026-06-15T08:45:00Z: Approved by Daniel Costa under right"
            + " tier-decide")
        .contains("The tier change is approved.")
        .contains("Decision log of this review: 7 records");
  }

  @Test
  void scorecards_escalations_and_the_operating_layer_are_reported() {
    assertThat(FLAT)
        .contains("Activity: 10 enablement records. Activity of brightline")
        .contains("Evidence: 0 performance and customer-impact records. No performance evidence or customer impact for brightline")
        .contains("Consequence: revenue, high: Delivery slip cobalt-cutover-slip")
        .contains("Open at level 2 of 3 (program office) of path launch-readiness")
        .contains("review cobalt-field-kit, owner Jonas Weber, 9 days late")
        .contains("to Priya Raman (perform)")
        .contains("chain intact");
  }

  @Test
  void the_report_is_reproducible() {
    assertThat(GovernanceDemo.report(Options.defaults())).isEqualTo(REPORT);
  }

  @Test
  void one_story_at_a_time() {
    String launch = GovernanceDemo.report(new Options(SampleEcosystem.AS_OF, Story.LAUNCH));
    assertThat(flat(launch)).contains("Kestrel Networks").contains("FM-4 Fragmented handoffs: 1 found")
        .doesNotContain("Brightline").doesNotContain("Helix");
    String platform = GovernanceDemo.report(new Options(SampleEcosystem.AS_OF, Story.PLATFORM));
    assertThat(flat(platform)).contains("FM-5 Escalation by relationship: 1 found").doesNotContain("Kestrel");
  }

  @Test
  void the_sample_plants_each_failure_mode_in_the_ecosystem_itself() {
    Diagnosis diagnosis = DecisionTest.builtIn().run(SampleEcosystem.snapshot(Story.ALL), SampleEcosystem.AS_OF);
    for (FailureMode mode : FailureMode.values()) {
      assertThat(diagnosis.findings(mode)).as(mode.code()).isNotEmpty();
    }
  }

  @Test
  void after_the_launch_date_the_readiness_gap_is_critical() {
    String later = GovernanceDemo.report(new Options(Instant.parse("2026-06-30T09:00:00Z"), Story.LAUNCH));
    assertThat(flat(later)).contains("[FM-4, critical] Kestrel Networks");
  }

  @Test
  void options_are_parsed_and_wrong_ones_are_explained() {
    assertThat(Options.parse().get()).isEqualTo(Options.defaults());
    assertThat(Options.parse("--as-of=2026-06-20", "--story=launch").get())
        .isEqualTo(new Options(Instant.parse("2026-06-20T09:00:00Z"), Story.LAUNCH));
    assertThat(Options.parse("--as-of=2026-06-20T12:00:00Z").get().asOf()).isEqualTo(Instant.parse("2026-06-20T12:00:00Z"));
    assertThat(Options.parse("--story=mars").getLeft()).contains("platform, launch or all");
    assertThat(Options.parse("--as-of=June").getLeft()).contains("--as-of needs a date");
    assertThat(Options.parse("--verbose").getLeft()).contains("unknown option");
  }
}
