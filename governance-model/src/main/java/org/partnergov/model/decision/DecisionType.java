package org.partnergov.model.decision;

import org.partnergov.model.internal.Text;

/**
 * A kind of decision: one of the six the library knows, or one a host defines with
 * {@link #of(String)}. Codes are compared without regard to case and stored in upper case with
 * underscores ({@code "tier change"} is {@link #TIER_CHANGE}).
 *
 * @param code the normalized code
 */
public record DecisionType(String code) implements Comparable<DecisionType> {

  /** Allocating market development or co-op funds to a partner. */
  public static final DecisionType FUND_ALLOCATION = new DecisionType("FUND_ALLOCATION");
  /** Granting an exception to an incentive rule. */
  public static final DecisionType INCENTIVE_EXCEPTION = new DecisionType("INCENTIVE_EXCEPTION");
  /** Making a commitment to a customer. */
  public static final DecisionType CUSTOMER_COMMITMENT = new DecisionType("CUSTOMER_COMMITMENT");
  /** Accepting a partner's claim to be ready. */
  public static final DecisionType READINESS_CLAIM = new DecisionType("READINESS_CLAIM");
  /** Moving a partner to another tier. */
  public static final DecisionType TIER_CHANGE = new DecisionType("TIER_CHANGE");
  /** Resolving an escalated risk. */
  public static final DecisionType ESCALATION_RESOLUTION = new DecisionType("ESCALATION_RESOLUTION");

  /**
   * Normalizes the code; throws on a blank one.
   *
   * @param code the normalized code
   */
  public DecisionType {
    code = Text.code(code, "code");
  }

  /**
   * {@return the decision type of the code, built in or host-defined}
   *
   * @param code the code, in any case; blank is refused
   */
  public static DecisionType of(String code) {
    return new DecisionType(code);
  }

  /** {@return whether this is one of the six decision types the library knows} */
  public boolean isBuiltIn() {
    return io.vavr.collection.List.of(FUND_ALLOCATION, INCENTIVE_EXCEPTION, CUSTOMER_COMMITMENT,
        READINESS_CLAIM, TIER_CHANGE, ESCALATION_RESOLUTION).contains(this);
  }

  @Override
  public int compareTo(DecisionType other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
