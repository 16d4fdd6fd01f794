package org.partnergov.rules.review;

import org.partnergov.model.problem.StableCode;

/**
 * The stable codes of the rules that route and decide exception requests. Codes are public API:
 * hosts store them, show them and filter on them, so a code never changes its meaning. The
 * {@code SOD-..} codes are separation-of-duties rules; {@code REV-..} codes are about the review
 * itself; {@code CASE-01} is an illegal transition of a case's lifecycle.
 */
public enum ReviewCode implements StableCode {
  /** The requester never approves their own request. */
  SELF_APPROVAL("SOD-01", "the requester or submitter never approves their own request"),
  /** Whoever amended a request after submission does not approve it. */
  AMENDER_APPROVES("SOD-02", "anyone who amended a request after submission cannot approve it; an amendment voids earlier approvals"),
  /** The approver holds no Decide right in force for the decision. */
  NO_DECIDE_RIGHT("SOD-03", "the approver holds a Decide right for this type, scope and amount at decision time"),
  /** Above the four-eyes threshold, two distinct persons approve. */
  FOUR_EYES("SOD-04", "above the four-eyes threshold two distinct persons approve, the decider and a second approver who holds Decide or Agree over the request; a delegate and the delegator count once"),
  /** The relationship owner or a person with a declared conflict does not approve. */
  RELATIONSHIP_APPROVAL("SOD-05", "the partner's relationship owner, or anyone with a declared conflict with the partner, cannot approve"),
  /** The approver acts by a delegation that is not bounded. */
  UNBOUNDED_DELEGATION("SOD-07", "an approval by delegation needs a delegation with an end, within the delegator's own limit, handed on only once"),
  /** Thresholds apply to the total of related requests, so splitting one does not dodge them. */
  SPLIT_REQUEST("SOD-08", "thresholds apply to the total over the same partner, program and window, so splitting a request does not dodge a threshold"),
  /** Approved totals stay within the fund cap. */
  FUND_CAP_EXCEEDED("SOD-09", "approved totals stay within the program's or the partner's fund cap"),
  /** A suspended partner or a frozen program is never approved. */
  PROHIBITED("SOD-10", "prohibitions win: a suspended or terminated partner or a frozen program is not approved, whatever the rights"),
  /** No decision on a case that is not open for one. */
  CASE_NOT_OPEN("SOD-11", "no decision on a withdrawn, expired, rejected or final case, nor before submission or routing"),
  /** A readiness claim needs qualifying, independently recorded evidence. */
  READINESS_WITHOUT_EVIDENCE("SOD-13", "a readiness claim is approved only on performance or customer-impact evidence recorded by someone other than its submitter"),
  /** Every verdict gives a rationale. */
  RATIONALE_MISSING("REV-01", "every verdict gives a rationale"),
  /** Conditions come with an approval with conditions, and only with it. */
  CONDITIONS_MISMATCH("REV-02", "an approval with conditions names its conditions, and no other verdict has any"),
  /** The request's decision type has no single review path. */
  NO_REVIEW_PATH("REV-03", "every decision type under review has exactly one review path"),
  /** An amount in another currency than the thresholds, totals or caps it meets, and no exchange rates to count it. */
  CURRENCY_MISMATCH("REV-04", "without exchange rates in the review policy, an amount is compared with thresholds, added to totals and counted against fund caps in its own currency only"),
  /** The reviewer is not a person known to the ecosystem. */
  UNKNOWN_REVIEWER("REV-05", "the reviewer is a person known to the ecosystem"),
  /** The decision-rights matrix as it stands cannot staff the plan, so it could never close. */
  UNSTAFFED("REV-06", "a request is routed only when the matrix can staff its plan: someone who may decide and approve it and, on the four-eyes lane, a second eligible approver"),
  /** An approval at a level of the path before the levels ahead of it approved. */
  LEVEL_OUT_OF_ORDER("REV-07", "approval levels approve in order: a level approves only after every level before it has"),
  /** An amount the review must count in another currency, and the host's exchange rates have no rate for the pair on the day. */
  NO_EXCHANGE_RATE("REV-08", "an amount in another currency is counted at the host's exchange rate for the pair on the request's submission day; without that rate the routing or approval is refused, the amount never left out"),
  /** An event that the case's current state does not allow. */
  ILLEGAL_TRANSITION("CASE-01", "an event the case's current state does not allow, or one dated before the case's last event");

  private final String code;
  private final String description;

  ReviewCode(String code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  /** The stable code, for example {@code SOD-05}. */
  public String code() {
    return code;
  }

  @Override
  /** One sentence saying what the code means. */
  public String description() {
    return description;
  }
}
