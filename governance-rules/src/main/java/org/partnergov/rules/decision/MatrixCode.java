package org.partnergov.rules.decision;

import org.partnergov.model.problem.StableCode;

/**
 * The stable codes of problems found in a decision-rights matrix. Codes are public API: hosts
 * store them, show them and filter on them, so a code never changes its meaning.
 */
public enum MatrixCode implements StableCode {
  /** A decision type and scope with rights in force but nobody who decides. */
  NO_DECIDER("MTX-01", "a decision type and scope has rights in force but no Decide holder"),
  /** Two holders decide the same amounts of one decision type in overlapping scopes. */
  SEVERAL_DECIDERS("MTX-02", "more than one holder decides the same decisions in overlapping scopes"),
  /** Amounts between zero and the highest band limit that nobody may decide. */
  AMOUNT_BAND_GAP("MTX-03", "the Decide bands of a decision type leave an amount uncovered"),
  /** Two distinct Decide bands of one decision type that partly overlap. */
  OVERLAPPING_BANDS("MTX-04", "two distinct Decide bands of a decision type partly overlap"),
  /** A cross-boundary decision type decided by a role or team instead of a named person. */
  UNNAMED_CROSS_BOUNDARY_DECIDER("MTX-05",
      "a decision type spanning several org units or a partner is decided by a role or team, not a named person"),
  /** Partner staff holding a Decide right, possibly over their own partner's exceptions. */
  PARTNER_STAFF_DECIDES("MTX-06", "a partner's own people hold a Decide right that could cover that partner"),
  /** A delegation beyond what the delegator may decide. */
  DELEGATION_EXCEEDS_DELEGATOR("MTX-07", "a delegation hands over more than the delegator may decide"),
  /** A delegation without end. */
  OPEN_ENDED_DELEGATION("MTX-08", "a delegation has no end"),
  /** Delegations that lead back to where they started. */
  DELEGATION_CYCLE("MTX-09", "delegations of one decision type form a cycle"),
  /** A delegate who hands the delegated right on. */
  RE_DELEGATION("MTX-10", "a delegate delegates the same decision type onward"),
  /** One holder who both recommends and decides the same decisions. */
  RECOMMENDS_AND_DECIDES("MTX-11", "the same person or role both recommends and decides overlapping decisions");

  private final String code;
  private final String description;

  MatrixCode(String code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  /** The stable code, for example {@code MTX-03}. */
  public String code() {
    return code;
  }

  @Override
  /** One sentence saying what the code means. */
  public String description() {
    return description;
  }
}
