package org.partnergov.rules.evidence;

import io.vavr.control.Option;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.problem.StableCode;

/**
 * The stable codes of evidence outcomes: classification gaps and conflicts, the verdicts on value
 * claims and the reasons behind them, and launch readiness. Codes are public API: hosts store
 * them, show them and filter on them, so a code never changes its meaning. Two outcomes are the
 * guide's failure modes themselves and carry their codes: {@code FM-1} and {@code FM-4}.
 */
public enum EvidenceCode implements StableCode {
  /** No rule of the pack classifies the activity kind. */
  UNCLASSIFIED("EVD-01", "no rule of the rule pack classifies the activity kind, so it never counts as value"),
  /** Two composed packs disagree about one kind. */
  CONFLICTING_RULES("EVD-02", "two composed rule packs classify the same activity kind differently"),
  /** A claim cites nothing. */
  NOTHING_CITED("EVD-03", "the value claim cites no evidence at all"),
  /** A cited id names no known record. */
  UNKNOWN_EVIDENCE("EVD-04", "a cited activity record id names no record that exists"),
  /** A cited record of another partner. */
  OTHER_PARTNER("EVD-05", "a cited record belongs to another partner than the claim"),
  /** A cited record outside the claim's period. */
  OUTSIDE_PERIOD("EVD-06", "a cited record happened outside the period the claim covers"),
  /** A cited record that counts as value, but not for what is claimed. */
  OFF_SUBJECT("EVD-07", "a cited record is value evidence of another dimension or class than the claim's subject"),
  /** A cited record only the partner vouches for. */
  SELF_REPORTED("EVD-08", "a cited record is only self-reported"),
  /** A cited record outside the validity window. */
  STALE("EVD-09", "a cited record is older than the validity window, or later than the as-of instant"),
  /** A cited record linked to no customer or deal. */
  UNATTRIBUTED("EVD-10", "a cited record is linked to no customer or deal"),
  /** A cited record that supports the claim fully. */
  STRONG("EVD-11", "a cited record is recent, attributed, system-recorded or better value evidence of the claim's subject"),
  /** A cited record that is an enablement signal. */
  ENABLEMENT_CITED("EVD-12", "a cited record is an enablement signal, which is never value by itself"),
  /** Verdict: supported. */
  SUPPORTED("EVD-20", "the claim is supported by at least one strong record of value evidence"),
  /** Verdict: weakly supported. */
  WEAKLY_SUPPORTED("EVD-21", "the claim's value evidence is only self-reported, stale or unattributed"),
  /** Verdict: activity only, the guide's "activity mistaken for value". */
  ACTIVITY_ONLY("FM-1", "the claim cites enablement activity and no value evidence: activity mistaken for value"),
  /** Verdict: unsupported. */
  UNSUPPORTED("EVD-22", "the claim cites nothing, or nothing that exists and bears on it"),
  /** Readiness: qualified. */
  QUALIFIED("EVD-30", "the partner has qualifying evidence for every criterion of the evidence program"),
  /** Readiness: gaps. */
  GAPS("EVD-31", "the partner lacks qualifying evidence for some criteria and shows no readiness activity"),
  /** Readiness: at risk, the guide's "fragmented handoffs". */
  AT_RISK("FM-4", "the partner has readiness activity but lacks qualifying evidence: fragmented handoff"),
  /** Readiness: one criterion not met. */
  CRITERION_UNMET("EVD-32", "a qualification criterion has fewer qualifying records than it requires");

  private final String code;
  private final String description;

  EvidenceCode(String code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  /** The stable code, for example {@code EVD-01} or {@code FM-1}. */
  public String code() {
    return code;
  }

  @Override
  /** One sentence saying what the code means. */
  public String description() {
    return description;
  }

  /** {@return the failure mode of the guide this code reports, if it is one} */
  public Option<FailureMode> failureMode() {
    return this == ACTIVITY_ONLY ? Option.some(FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE)
        : this == AT_RISK ? Option.some(FailureMode.FRAGMENTED_HANDOFFS) : Option.none();
  }
}
