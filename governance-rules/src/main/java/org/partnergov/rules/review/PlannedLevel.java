package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.party.PersonId;
import java.util.function.Function;
import org.partnergov.model.review.ApprovalLevel;
import org.partnergov.model.review.ApprovalMode;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.decision.Decider;

/**
 * One approval level of a review plan: whose approval fills it and how many approvals it takes. A
 * path without approval levels gives a plan the level {@value #DECIDER} (the request type's
 * decider) and, on the four-eyes lane, {@value #SECOND_APPROVER} (a second principal who holds
 * Decide or Agree over the request); a path with approval levels gives the levels that apply to
 * the request's total, in order.
 *
 * @param name the level's name: the path's, or {@value #DECIDER} and {@value #SECOND_APPROVER}
 * @param onPath whether the path defines the level, so that decision records name it
 * @param decisionType the decision type whose rights give standing at the level
 * @param mode whether the first approval fills the level or each of its approvers must approve
 * @param agreeCounts whether an Agree right over the decision gives standing too (the second approver)
 * @param decider who decides the level's decision type at routing time, or why nobody does
 * @param approvers for a unanimous level, every principal who must approve, in id order; empty otherwise
 */
public record PlannedLevel(String name, boolean onPath, DecisionType decisionType, ApprovalMode mode,
    boolean agreeCounts, Decider decider, Seq<PersonId> approvers) {

  /** The name of the level of the request type's decider on a path without approval levels. */
  public static final String DECIDER = "decider";
  /** The name of the second approver's level on the four-eyes lane of a path without approval levels. */
  public static final String SECOND_APPROVER = "second approver";

  /**
   * Throws on a missing part, a blank name, or a unanimous level without approvers.
   *
   * @param name the level's name: the path's, or {@value #DECIDER} and {@value #SECOND_APPROVER}
   * @param onPath whether the path defines the level, so that decision records name it
   * @param decisionType the decision type whose rights give standing at the level
   * @param mode whether the first approval fills the level or each of its approvers must approve
   * @param agreeCounts whether an Agree right over the decision gives standing too (the second approver)
   * @param decider who decides the level's decision type at routing time, or why nobody does
   * @param approvers for a unanimous level, every principal who must approve, in id order; empty otherwise
   */
  public PlannedLevel {
    requireNonNull(name, "name");
    requireNonNull(decisionType, "decisionType");
    requireNonNull(mode, "mode");
    requireNonNull(decider, "decider");
    requireNonNull(approvers, "approvers");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a planned level needs a name");
    }
    if (mode == ApprovalMode.UNANIMOUS && approvers.isEmpty()) {
      throw new IllegalArgumentException("a unanimous level needs its approvers");
    }
  }

  /** The levels of a path without approval levels: the decider, and on the four-eyes lane a second approver. */
  static Seq<PlannedLevel> implicit(Lane lane, Accountability accountability) {
    DecisionType type = accountability.decision().type();
    PlannedLevel decider = new PlannedLevel(DECIDER, false, type, ApprovalMode.FIRST_RESPONSE, false,
        accountability.decider(), List.empty());
    return lane == Lane.FOUR_EYES ? List.of(decider, new PlannedLevel(SECOND_APPROVER, false, type,
        ApprovalMode.FIRST_RESPONSE, true, accountability.decider(), List.empty())) : List.of(decider);
  }

  /**
   * The levels of a plan: the path's levels that apply, each with its decider now and, when
   * unanimous, every principal the decider stands for (a level nobody decides is kept as first
   * response, for routing to refuse); with a second approver added on the four-eyes lane when the
   * levels take fewer than two approvals; or, without levels, {@link #implicit}.
   */
  static Seq<PlannedLevel> of(Seq<ApprovalLevel> applying, Lane lane, Accountability accountability,
      Function<DecisionType, Decider> decider, Function<Decider, Seq<PersonId>> principals) {
    Seq<PlannedLevel> levels = applying.map(l -> {
      Decider who = decider.apply(l.decisionType());
      Seq<PersonId> approvers = l.mode() == ApprovalMode.UNANIMOUS ? principals.apply(who) : List.empty();
      return new PlannedLevel(l.name(), true, l.decisionType(), approvers.isEmpty() ? ApprovalMode.FIRST_RESPONSE
          : l.mode(), false, who, approvers);
    });
    return levels.isEmpty() ? implicit(lane, accountability)
        : lane == Lane.FOUR_EYES && levels.map(PlannedLevel::required).sum().intValue() < 2
            ? levels.append(implicit(lane, accountability).last()) : levels;
  }

  /** {@return how many approvals fill the level: one on first response, one per approver when unanimous} */
  public int required() {
    return mode == ApprovalMode.UNANIMOUS ? approvers.size() : 1;
  }
}
