package org.partnergov.model.decision;

/**
 * The part a holder plays in a decision, after the RAPID model. Every decision has exactly one
 * {@link #DECIDE}; the other roles shape it but do not make it.
 */
public enum RapidRole {
  /** Proposes the decision, gathers the facts and the input, and drafts the recommendation. */
  RECOMMEND,
  /** Must agree before the decision stands: holds a veto, used for compliance, legal or finance. */
  AGREE,
  /** Carries the decision out once made, and is accountable for doing so. */
  PERFORM,
  /** Is consulted for facts and advice; the advice does not bind the decider. */
  INPUT,
  /** Makes the decision and commits the organization to it; one holder per decision. */
  DECIDE;

  /** {@return whether the role makes the decision} */
  public boolean decides() {
    return this == DECIDE;
  }
}
