package org.partnergov.model.escalation;

import io.vavr.collection.List;
import org.partnergov.model.internal.Text;

/**
 * A kind of partner risk signal: one of the six the library knows, or one a host defines with
 * {@link #of(String)}. Codes are compared without regard to case and stored in upper case with
 * underscores ({@code "delivery slip"} is {@link #DELIVERY_SLIP}).
 *
 * @param code the normalized code
 */
public record RiskKind(String code) implements Comparable<RiskKind> {

  /** A partner's delivery is late or falls short of what was promised. */
  public static final RiskKind DELIVERY_SLIP = new RiskKind("DELIVERY_SLIP");
  /** A certification the partner needs has lapsed. */
  public static final RiskKind CERTIFICATION_LAPSE = new RiskKind("CERTIFICATION_LAPSE");
  /** A customer complained about the partner's work. */
  public static final RiskKind CUSTOMER_COMPLAINT = new RiskKind("CUSTOMER_COMPLAINT");
  /** The partner broke a law, a regulation or a contractual compliance rule. */
  public static final RiskKind COMPLIANCE_BREACH = new RiskKind("COMPLIANCE_BREACH");
  /** The partner is not ready ahead of a fixed date, such as a launch. */
  public static final RiskKind READINESS_GAP = new RiskKind("READINESS_GAP");
  /** Market development or co-op funds were used for something they were not granted for. */
  public static final RiskKind FUND_MISUSE = new RiskKind("FUND_MISUSE");

  private static final List<RiskKind> BUILT_IN = List.of(DELIVERY_SLIP, CERTIFICATION_LAPSE,
      CUSTOMER_COMPLAINT, COMPLIANCE_BREACH, READINESS_GAP, FUND_MISUSE);

  /**
   * Normalizes the code; throws on a blank one.
   *
   * @param code the normalized code
   */
  public RiskKind {
    code = Text.code(code, "code");
  }

  /**
   * {@return the risk kind of the code, built in or host-defined}
   *
   * @param code the code, in any case; blank is refused
   */
  public static RiskKind of(String code) {
    return new RiskKind(code);
  }

  /** {@return the six risk kinds the library knows} */
  public static List<RiskKind> builtIn() {
    return BUILT_IN;
  }

  /** {@return whether this is one of the six risk kinds the library knows} */
  public boolean isBuiltIn() {
    return BUILT_IN.contains(this);
  }

  @Override
  public int compareTo(RiskKind other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
