package org.partnergov.model.diagnosis;

import org.partnergov.model.problem.StableCode;

/**
 * The five ways partner governance quietly fails, as the domain guide names them. Each has a
 * stable code, {@code FM-1} to {@code FM-5}.
 */
public enum FailureMode implements StableCode {
  /** Enablement metrics reported upward as if they were performance evidence. */
  ACTIVITY_MISTAKEN_FOR_VALUE("FM-1", "Activity mistaken for value"),
  /** A decision touches several internal teams and the partner, and no one is clearly accountable. */
  NO_NAMED_OWNER_ACROSS_BOUNDARIES("FM-2", "No named owner across boundaries"),
  /** Exceptions decided informally, based on who asked, rather than through a review path. */
  EXCEPTIONS_HANDLED_BY_RELATIONSHIP("FM-3", "Exceptions handled by relationship"),
  /** Readiness programs generate activity but never business-ready proof. */
  FRAGMENTED_HANDOFFS("FM-4", "Fragmented handoffs"),
  /** Risk reaches leadership only when someone knows whom to call. */
  ESCALATION_BY_RELATIONSHIP("FM-5", "Escalation by relationship");

  private final String code;
  private final String title;

  FailureMode(String code, String title) {
    this.code = code;
    this.title = title;
  }

  @Override
  /** The stable code, {@code FM-1} to {@code FM-5}. */
  public String code() {
    return code;
  }

  /** {@return the guide's name for the failure mode} */
  public String title() {
    return title;
  }

  /** The guide's name for the failure mode, as the code's description. */
  @Override
  public String description() {
    return title;
  }
}
