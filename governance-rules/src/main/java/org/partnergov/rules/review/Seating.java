package org.partnergov.rules.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Function;
import java.util.function.Predicate;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.ApprovalMode;
import org.partnergov.rules.decision.Accountability;

/**
 * Which approval level of a case's plan each of its approvals filled, and where a reviewer's
 * approval would go: the first open level (the next one, when the path's levels go in order) at
 * which the reviewer has standing. An approval whose record names a level of the path filled it;
 * one without goes to the first open level of the plan it is fit for: the decider's level takes
 * only an approval under a Decide right, the second approver's level any.
 */
final class Seating {

  /**
   * Where a verdict goes: the level an approval fills and the standing there, or a level it fits
   * but cannot fill now and who filled that level so far.
   */
  record Seat(Option<PlannedLevel> level, Option<Standing> standing, Option<PlannedLevel> blocked,
      Seq<PersonId> blockedBy) {

    /** A verdict given with the standing, at no level. */
    static Seat of(Option<Standing> standing) {
      return new Seat(Option.none(), standing, Option.none(), List.empty());
    }
  }

  private final ReviewPlan plan;
  private final Ledger ledger;
  private final Function<DecisionType, Accountability> accountability;
  private final java.util.List<Seq<PersonId>> filled = new java.util.ArrayList<>();

  /**
   * @param plan the case's plan
   * @param approvals the case's approvals since its routing
   * @param ledger the snapshot's indexes
   * @param accountability who is accountable for a decision type of the request at the attempt's instant
   */
  Seating(ReviewPlan plan, Seq<CaseEvent.Approved> approvals, Ledger ledger,
      Function<DecisionType, Accountability> accountability) {
    this.plan = plan;
    this.ledger = ledger;
    this.accountability = accountability;
    plan.levels().forEach(l -> filled.add(List.empty()));
    for (CaseEvent.Approved approval : approvals) {
      boolean decides = approval.record().right().flatMap(ledger::right).exists(r -> r.role().decides());
      Option<Integer> at = approval.record().approvalLevel().isDefined()
          ? index(l -> l.onPath() && approval.record().approvalLevel().contains(l.name()))
          : index(l -> isOpen(l) && (l.agreeCounts() || decides));
      at.forEach(i -> filled.set(i, filled.get(i).append(approval.principal())));
    }
  }

  private Option<Integer> index(Predicate<PlannedLevel> which) {
    return plan.levels().zipWithIndex().find(t -> which.test(t._1)).map(t -> t._2);
  }

  private boolean isOpen(PlannedLevel level) {
    return filled.get(plan.levels().indexOf(level)).size() < level.required();
  }

  /** The levels an approval may fill now: the first open one when in order, every open one otherwise. */
  private Seq<PlannedLevel> candidates() {
    Seq<PlannedLevel> open = plan.levels().filter(this::isOpen);
    return plan.sequential() ? open.take(1) : open;
  }

  /** Every principal who approved so far, at any level. */
  private Seq<PersonId> approved() {
    return List.ofAll(filled).flatMap(p -> p);
  }

  /** Who filled the level so far. */
  Seq<PersonId> filledBy(PlannedLevel level) {
    return filled.get(plan.levels().indexOf(level));
  }

  /** Where the person's approval goes. */
  Seat approval(PersonId person) {
    for (PlannedLevel level : candidates()) {
      Option<Standing> standing = standing(person, level, true);
      if (standing.isDefined()) {
        return new Seat(Option.some(level), standing, Option.none(), List.empty());
      }
    }
    // a level the person fits: one still open (not reached yet), unless they approved already, before one filled
    Seq<PlannedLevel> fits = plan.levels().filter(l -> standing(person, l, false).isDefined());
    Option<PlannedLevel> blocked = fits.find(l -> isOpen(l)
            && standing(person, l, true).exists(st -> !approved().contains(st.principal())))
        .orElse(fits.headOption());
    return new Seat(Option.none(), Option.none(), blocked, blocked.map(this::filledBy).getOrElse(List.empty()));
  }

  /** The person's standing at any level of the plan, open or not: what a rejection or request for information needs. */
  Option<Standing> anywhere(PersonId person) {
    return plan.levels().toStream().flatMap(l -> standing(person, l, false)).headOption();
  }

  /**
   * The person's standing at the level: the Decide right of the level's decision type (or, at the
   * second approver's level, an Agree right over the request); at a unanimous level, as one of its
   * approvers (who has not approved yet, when {@code fresh}).
   */
  private Option<Standing> standing(PersonId person, PlannedLevel level, boolean fresh) {
    Accountability who = accountability.apply(level.decisionType());
    Option<Standing> decides = ledger.decides(person, who);
    // at the second approver's level, a delegate whose delegator already approved may still agree in their own name
    Option<Standing> standing = level.agreeCounts() && decides.forAll(d -> approved().contains(d.principal()))
        ? ledger.agrees(person, who).orElse(decides) : decides;
    return level.mode() == ApprovalMode.UNANIMOUS
        ? standing.filter(s -> level.approvers().contains(s.principal()) && !(fresh && filledBy(level).contains(s.principal())))
        : standing;
  }
}
