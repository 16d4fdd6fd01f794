package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

/**
 * An event a case refused: its state does not allow the event, or the event is dated before the
 * case's last one. The case is unchanged. Its code is always {@code CASE-01}.
 *
 * @param state the state that refused the event, as {@link CaseState#describe()} gives it
 * @param event the refused event
 * @param reason why, for a business reader
 */
public record IllegalTransition(String state, CaseEvent event, String reason) {

  /**
   * Throws on a missing part.
   *
   * @param state the state that refused the event, as {@link CaseState#describe()} gives it
   * @param event the refused event
   * @param reason why, for a business reader
   */
  public IllegalTransition {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    requireNonNull(reason, "reason");
  }

  /** {@return the stable code, {@link ReviewCode#ILLEGAL_TRANSITION}} */
  public ReviewCode code() {
    return ReviewCode.ILLEGAL_TRANSITION;
  }

  /** {@return a sentence such as {@code A case closed (rejected) cannot be approved: it is closed (CASE-01).}} */
  public String explanation() {
    String what = event instanceof CaseEvent.InformationRequested ? "sent back for more information" : event.name();
    return "A case " + state + " cannot be " + what + ": " + reason + " (" + code().code() + ").";
  }
}
