package org.partnergov.model.party;

import static java.util.Objects.requireNonNull;

import org.partnergov.model.internal.Text;

/**
 * A declared conflict of interest: the person must not approve the partner's exceptions, just as
 * the partner's relationship owner must not.
 *
 * @param person the person who declared the conflict
 * @param partner the partner concerned
 * @param reason why, in the person's words
 */
public record ConflictOfInterest(PersonId person, PartnerId partner, String reason) {

  /**
   * Trims the reason; throws on a missing part or a blank reason.
   *
   * @param person the person who declared the conflict
   * @param partner the partner concerned
   * @param reason why, in the person's words
   */
  public ConflictOfInterest {
    requireNonNull(person, "person");
    requireNonNull(partner, "partner");
    reason = Text.nonBlank(reason, "reason");
  }
}
