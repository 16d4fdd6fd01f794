package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.party.PersonId;

/**
 * Why a person may approve a request: the right they act under, the delegation that hands it to
 * them, the principal their approval counts for (the delegator, for a delegate), and the RAPID role
 * of the right: {@link RapidRole#DECIDE}, or {@link RapidRole#AGREE} for the second approver of a
 * four-eyes review.
 *
 * @param right the right acted under
 * @param via the delegation acted by, if any
 * @param principal whose approval it counts as: a delegate and the delegator count once
 * @param role Decide or Agree
 */
public record Standing(DecisionRightId right, Option<DelegationId> via, PersonId principal, RapidRole role) {

  /**
   * Throws on a missing part or a role other than Decide or Agree.
   *
   * @param right the right acted under
   * @param via the delegation acted by, if any
   * @param principal whose approval it counts as: a delegate and the delegator count once
   * @param role Decide or Agree
   */
  public Standing {
    requireNonNull(right, "right");
    requireNonNull(via, "via");
    requireNonNull(principal, "principal");
    requireNonNull(role, "role");
    if (role != RapidRole.DECIDE && role != RapidRole.AGREE) {
      throw new IllegalArgumentException("an approver stands by a Decide or an Agree right, not " + role);
    }
  }

  /** {@return whether the standing is the decision's Decide right (directly or by delegation)} */
  public boolean decides() {
    return role == RapidRole.DECIDE;
  }
}
