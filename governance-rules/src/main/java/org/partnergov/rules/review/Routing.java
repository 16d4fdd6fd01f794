package org.partnergov.rules.review;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Instant;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.ApprovalMode;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.rules.decision.Decider;

/**
 * Whether a request can be routed: it has one review path, its amounts can be counted in the
 * currencies of the path's thresholds and of the matrix's amount bands, and it is not routed
 * before its submission; and whether the matrix as it stands can staff its plan (REV-06): for
 * every approval level someone who may decide it and may approve this request (not its
 * requester, the partner's relationship owner or anyone with a declared conflict), every approver
 * of a unanimous level free to approve, and a distinct principal for each approval the levels take
 * (on the four-eyes lane, a second principal who holds Decide or Agree over the request).
 */
final class Routing {

  private final Ledger ledger;
  private final RequestFacts facts;
  private final ReviewPlan plan;
  private final Explaining say;

  Routing(Ledger ledger, RequestFacts facts, ReviewPlan plan) {
    this.ledger = ledger;
    this.facts = facts;
    this.plan = plan;
    this.say = new Explaining(ledger.snapshot);
  }

  /** REV-03 and SOD-11: the problems of the request's review paths and routing time. */
  static Seq<Violation> pathProblems(ExceptionRequest request, Seq<ReviewPath> candidates, Instant at) {
    List<Violation> out = List.empty();
    if (candidates.size() != 1) {
      out = out.append(new Violation(ReviewCode.NO_REVIEW_PATH, candidates.isEmpty()
          ? "no review path is defined for " + request.decisionType() + " decisions"
          : "review paths " + candidates.map(p -> p.id().toString()).sorted().mkString(" and ")
              + " both review " + request.decisionType() + " decisions"));
    }
    if (at.isBefore(request.submittedAt())) {
      out = out.append(new Violation(ReviewCode.CASE_NOT_OPEN,
          "the request cannot be routed at " + at + ", before its submission at " + request.submittedAt()));
    }
    return out;
  }

  /**
   * REV-04 and REV-08: the amounts the route could not count in another currency: a related request's
   * towards the total, the total against the path's thresholds, the total in the amount bands and
   * delegation limits of a decision type's rights (the request's, or an approval level's).
   */
  static Seq<Violation> uncounted(RequestFacts facts, ReviewPath path, Compared compared, Seq<Conversion> inBands,
      boolean withRates) {
    Seq<Violation> out = related(facts, withRates);
    for (Conversion c : compared.ofTotal().filter(c -> !c.hasRate())) {
      out = out.append(withRates
          ? Explaining.uncounted(c, true, "the total of " + Explaining.amount(c.amount()),
              "against the thresholds of review path " + path.id() + ", which are in " + codes(path.currencies()))
          : new Violation(ReviewCode.CURRENCY_MISMATCH, "the request is in " + c.amount().currency()
              + " but review path " + path.id() + " sets its thresholds in " + codes(path.currencies())));
    }
    return out.appendAll(bands(inBands));
  }

  /** REV-04 and REV-08: the related requests whose amounts could not be counted towards the request's total. */
  static Seq<Violation> related(RequestFacts facts, boolean withRates) {
    String whose = "towards the total of " + "the " + Explaining.kind(facts.request()) + " " + facts.request().id();
    return facts.conversions().filter(c -> !c._2.hasRate()).toList().sortBy(c -> c._1.value())
        .map(c -> Explaining.uncounted(c._2, withRates,
            "the related request " + c._1 + " (" + Explaining.amount(c._2.amount()) + ")", whose));
  }

  /** REV-08: the totals that could not be placed in the amount bands and delegation limits of a decision type's rights. */
  static Seq<Violation> bands(Seq<Conversion> inBands) {
    return inBands.filter(c -> !c.hasRate()).distinct().map(c -> Explaining.uncounted(c, true,
        "the total of " + Explaining.amount(c.amount()), "in the amount bands and delegation limits of the decision "
            + "rights, which are in " + c.into().getCurrencyCode()));
  }

  /** "EUR", "EUR and USD". */
  private static String codes(Seq<java.util.Currency> currencies) {
    Seq<String> codes = currencies.map(java.util.Currency::getCurrencyCode);
    return codes.size() < 2 ? codes.mkString() : codes.init().mkString(", ") + " and " + codes.last();
  }

  /**
   * REV-06: why the plan cannot be staffed, none when it can: a level nobody decides, a level whose
   * only possible approvers may not approve this request, a unanimous level one of whose approvers
   * may not, or fewer distinct principals who may approve than the levels take.
   */
  Seq<Violation> staffing() {
    String subject = say.subject(facts);
    List<Violation> out = List.empty();
    List<Seq<Seat>> slots = List.empty();
    for (PlannedLevel level : plan.levels()) {
      String where = level.onPath() ? "the " + level.name() + " level of " + subject : subject;
      Seq<PersonId> actors = level.decider() instanceof Decider.Decided d ? actors(d) : List.empty();
      Seq<Seat> mayDecide = level.decider() instanceof Decider.Decided d
          ? actors.filter(this::mayApprove).map(p -> new Seat(p, principal(d, p))) : List.empty();
      if (level.agreeCounts()) {
        slots = slots.append(plan.accountability().agree().flatMap(this::members).map(Person::id)
            .filter(this::mayApprove).map(p -> new Seat(p, p)).appendAll(mayDecide).distinct());
      } else if (!(level.decider() instanceof Decider.Decided)) {
        out = out.append(unstaffedOne("nobody can decide " + where + ": " + (level.decider() instanceof Decider.Unheld u
            ? "right " + u.right() + " gives the decision to " + u.holder().fold(p -> say.holder(p),
                r -> "the role " + r.role() + ", which nobody holds", t -> say.holder(t) + ", which has no members")
            : level.decider().fold(d -> "", Decider.NoDecider::reason))));
      } else if (level.mode() == ApprovalMode.UNANIMOUS) {
        for (PersonId approver : level.approvers()) {
          if (!mayApprove(approver)) {
            out = out.append(unstaffedOne(barred(approver) + ", but every approver of " + where + " must approve it"));
          }
          slots = slots.append(List.of(new Seat(approver, approver)));
        }
      } else if (mayDecide.isEmpty()) {
        out = out.append(unstaffedOne(actors.map(this::barred).mkString("; ") + ", and nobody else may decide " + where));
      } else {
        slots = slots.append(mayDecide);
      }
    }
    if (!out.isEmpty() || distinct(slots, 0, HashSet.empty(), HashSet.empty())) {
      return out;
    }
    return plan.sequential()
        ? unstaffed(subject + " needs " + slots.size() + " distinct approvers for its approval levels "
            + plan.levels().map(PlannedLevel::name).mkString(", ") + ", but the people who may approve it cannot fill them all")
        : unstaffed(subject + " needs a second approver besides " + slots.head().map(seat -> say.person(seat.principal())).distinct().mkString(" and ")
            + ", but nobody else who may approve it holds Decide or Agree over it"
            + (plan.accountability().agree().isEmpty() ? " (no Agree right covers it)" : ""));
  }

  /** Who would approve (the actor) and whose approval it counts as (the principal: the delegator, for a delegate). */
  private record Seat(PersonId actor, PersonId principal) {}

  /**
   * Whether each slot from the index on can get its own seat, with an actor and a principal none of
   * the taken ones (a small backtracking search): one person approves once, and one principal counts
   * once.
   */
  private static boolean distinct(Seq<Seq<Seat>> slots, int from, Set<PersonId> actors, Set<PersonId> principals) {
    return from == slots.size() || slots.get(from).exists(seat -> !actors.contains(seat.actor())
        && !principals.contains(seat.principal())
        && distinct(slots, from + 1, actors.add(seat.actor()), principals.add(seat.principal())));
  }

  private static Violation unstaffedOne(String reason) {
    return new Violation(ReviewCode.UNSTAFFED, reason);
  }

  private static Seq<Violation> unstaffed(String reason) {
    return List.of(new Violation(ReviewCode.UNSTAFFED, reason));
  }

  /**
   * Who may act on the Decide right: the delegate and the delegator of a delegation that applies,
   * the named person, or the members of a role or team.
   */
  private Seq<PersonId> actors(Decider.Decided decided) {
    Holder holder = ledger.right(decided.right()).map(r -> r.holder()).getOrElse(decided.holder());
    Seq<PersonId> own = holder instanceof Holder.NamedPerson named ? List.of(named.person()) : members(holder).map(Person::id);
    return decided.holder() instanceof Holder.NamedPerson delegate && decided.via().isDefined()
        ? own.prepend(delegate.person()) : own;
  }

  /** Whose approval an actor's counts as: the delegator's for the delegate, their own otherwise. */
  private PersonId principal(Decider.Decided decided, PersonId actor) {
    return decided.via().isDefined() && decided.holder().equals(Holder.person(actor))
        ? ledger.right(decided.right()).map(r -> ((Holder.NamedPerson) r.holder()).person()).getOrElse(actor) : actor;
  }

  private Seq<Person> members(Holder holder) {
    return ledger.members(holder);
  }

  private boolean mayApprove(PersonId person) {
    ExceptionRequest request = facts.request();
    return !person.equals(request.requester()) && !ledger.conflicted(person, request.partner())
        && facts.partner().forAll(p -> !p.relationshipOwner().equals(person));
  }

  private String barred(PersonId person) {
    ExceptionRequest request = facts.request();
    String who = say.person(person);
    return person.equals(request.requester()) ? who + " requested it"
        : ledger.conflicted(person, request.partner()) ? who + " declared a conflict of interest with " + facts.partnerName()
        : who + " owns the relationship with " + facts.partnerName();
  }
}
