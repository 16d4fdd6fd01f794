package org.partnergov.model.evidence;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import org.partnergov.model.internal.Text;

/**
 * A kind of partner activity: one of the kinds the library knows, or one a host defines with
 * {@link #of(String)}. Codes are compared without regard to case and stored in upper case with
 * underscores ({@code "deal registered"} is {@link #DEAL_REGISTERED}). A kind says what happened,
 * not what it counts as: classifying kinds into evidence classes is a rule, not part of the kind.
 *
 * @param code the normalized code
 */
public record ActivityKind(String code) implements Comparable<ActivityKind> {

  /** A partner person completed a training. */
  public static final ActivityKind TRAINING_COMPLETED = new ActivityKind("TRAINING_COMPLETED");
  /** A partner person earned a certification. */
  public static final ActivityKind CERTIFICATION_EARNED = new ActivityKind("CERTIFICATION_EARNED");
  /** A certification lapsed without renewal. */
  public static final ActivityKind CERTIFICATION_LAPSED = new ActivityKind("CERTIFICATION_LAPSED");
  /** A step of the partner's onboarding was done. */
  public static final ActivityKind ONBOARDING_STEP_DONE = new ActivityKind("ONBOARDING_STEP_DONE");
  /** Partner people attended an event. */
  public static final ActivityKind EVENT_ATTENDED = new ActivityKind("EVENT_ATTENDED");
  /** The partner downloaded marketing or sales collateral. */
  public static final ActivityKind COLLATERAL_DOWNLOADED = new ActivityKind("COLLATERAL_DOWNLOADED");
  /** Partner people joined a webinar. */
  public static final ActivityKind WEBINAR_JOINED = new ActivityKind("WEBINAR_JOINED");
  /** The partner registered a deal. */
  public static final ActivityKind DEAL_REGISTERED = new ActivityKind("DEAL_REGISTERED");
  /** An opportunity the partner worked was won. */
  public static final ActivityKind OPPORTUNITY_WON = new ActivityKind("OPPORTUNITY_WON");
  /** Revenue was booked through the partner. */
  public static final ActivityKind REVENUE_BOOKED = new ActivityKind("REVENUE_BOOKED");
  /** The partner delivered an implementation on time. */
  public static final ActivityKind IMPLEMENTATION_DELIVERED_ON_TIME =
      new ActivityKind("IMPLEMENTATION_DELIVERED_ON_TIME");
  /** A measured rate of defects or escalations in the partner's delivery. */
  public static final ActivityKind DEFECT_OR_ESCALATION_RATE = new ActivityKind("DEFECT_OR_ESCALATION_RATE");
  /** A delivery quality score. */
  public static final ActivityKind DELIVERY_SCORE = new ActivityKind("DELIVERY_SCORE");
  /** The partner passed a compliance audit. */
  public static final ActivityKind COMPLIANCE_AUDIT_PASSED = new ActivityKind("COMPLIANCE_AUDIT_PASSED");
  /** The partner resolved an incident. */
  public static final ActivityKind INCIDENT_RESOLVED = new ActivityKind("INCIDENT_RESOLVED");
  /** The partner passed a qualification against defined criteria. */
  public static final ActivityKind QUALIFICATION_PASSED = new ActivityKind("QUALIFICATION_PASSED");
  /** A reference architecture of the partner was validated. */
  public static final ActivityKind REFERENCE_ARCHITECTURE_VALIDATED =
      new ActivityKind("REFERENCE_ARCHITECTURE_VALIDATED");
  /** A customer answered a satisfaction survey. */
  public static final ActivityKind CUSTOMER_SATISFACTION_SURVEY = new ActivityKind("CUSTOMER_SATISFACTION_SURVEY");
  /** A customer confirmed an outcome of the partner's work. */
  public static final ActivityKind CUSTOMER_CONFIRMED_OUTCOME = new ActivityKind("CUSTOMER_CONFIRMED_OUTCOME");
  /** A customer renewed. */
  public static final ActivityKind RENEWAL = new ActivityKind("RENEWAL");
  /** The customer's adoption of the solution was measured. */
  public static final ActivityKind ADOPTION_MEASURED = new ActivityKind("ADOPTION_MEASURED");

  private static final List<ActivityKind> BUILT_IN = List.of(TRAINING_COMPLETED, CERTIFICATION_EARNED,
      CERTIFICATION_LAPSED, ONBOARDING_STEP_DONE, EVENT_ATTENDED, COLLATERAL_DOWNLOADED, WEBINAR_JOINED,
      DEAL_REGISTERED, OPPORTUNITY_WON, REVENUE_BOOKED, IMPLEMENTATION_DELIVERED_ON_TIME,
      DEFECT_OR_ESCALATION_RATE, DELIVERY_SCORE, COMPLIANCE_AUDIT_PASSED, INCIDENT_RESOLVED,
      QUALIFICATION_PASSED, REFERENCE_ARCHITECTURE_VALIDATED, CUSTOMER_SATISFACTION_SURVEY,
      CUSTOMER_CONFIRMED_OUTCOME, RENEWAL, ADOPTION_MEASURED);
  private static final Set<ActivityKind> BUILT_IN_SET = HashSet.ofAll(BUILT_IN);

  /**
   * Normalizes the code; throws on a blank one.
   *
   * @param code the normalized code
   */
  public ActivityKind {
    code = Text.code(code, "code");
  }

  /**
   * {@return the activity kind of the code, built in or host-defined}
   *
   * @param code the code, in any case; blank is refused
   */
  public static ActivityKind of(String code) {
    return new ActivityKind(code);
  }

  /** {@return the kinds the library knows, in the order declared here} */
  public static Seq<ActivityKind> builtIn() {
    return BUILT_IN;
  }

  /** {@return whether this is one of the kinds the library knows} */
  public boolean isBuiltIn() {
    return BUILT_IN_SET.contains(this);
  }

  @Override
  public int compareTo(ActivityKind other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
