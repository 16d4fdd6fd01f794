package org.partnergov.rules.operating;

import static java.util.Objects.requireNonNull;

import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;

/**
 * Someone the host must inform of a decision, because the decision rights give them Input or
 * Perform over it. The library only says who and what; the host delivers it.
 *
 * @param recipient the person, role or team to inform
 * @param role why: {@link RapidRole#INPUT} or {@link RapidRole#PERFORM}
 * @param subject the id of the decision record
 * @param message what to tell them, for a business reader
 */
public record Notification(Holder recipient, RapidRole role, String subject, String message) {

  /**
   * Throws on a missing part.
   *
   * @param recipient the person, role or team to inform
   * @param role why: {@link RapidRole#INPUT} or {@link RapidRole#PERFORM}
   * @param subject the id of the decision record
   * @param message what to tell them, for a business reader
   */
  public Notification {
    requireNonNull(recipient, "recipient");
    requireNonNull(role, "role");
    requireNonNull(subject, "subject");
    requireNonNull(message, "message");
  }
}
