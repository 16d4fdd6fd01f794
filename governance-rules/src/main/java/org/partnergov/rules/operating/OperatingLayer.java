package org.partnergov.rules.operating;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.Person;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.escalation.EscalationPolicy;
import org.partnergov.rules.escalation.EscalationState;
import org.partnergov.rules.escalation.ResolvedPath;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.evidence.Scorecards;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.ReviewPlan;
import org.partnergov.rules.review.ReviewPolicy;

/**
 * Execution, communication and feedback over one ecosystem, and the governance report that
 * gathers them with the decision test. Built once by {@link #of}; every function takes the as-of
 * instant and looks only at what happened up to it.
 */
public final class OperatingLayer {

  private final EcosystemSnapshot snapshot;
  private final ExceptionReview review;
  private final EscalationPolicy escalations;
  private final Map<RequestId, Seq<DecisionRecord>> records;

  private OperatingLayer(EcosystemSnapshot snapshot, ExceptionReview review, EscalationPolicy escalations) {
    this.snapshot = snapshot;
    this.review = review;
    this.escalations = escalations;
    this.records = snapshot.parts().decisionRecords().groupBy(DecisionRecord::request).mapValues(List::ofAll);
  }

  /**
   * The operating layer of the snapshot, reviewing requests and resolving escalation owners under
   * the policies.
   *
   * @param snapshot the ecosystem
   * @param policy how requests are reviewed: criteria, caps, the aggregation window
   * @param escalations how escalation levels resolve to owners, with the fallback person
   * @return the operating layer
   */
  public static OperatingLayer of(EcosystemSnapshot snapshot, ReviewPolicy policy, EscalationPolicy escalations) {
    requireNonNull(snapshot, "snapshot");
    return new OperatingLayer(snapshot, ExceptionReview.of(snapshot, requireNonNull(policy, "policy")),
        requireNonNull(escalations, "escalations"));
  }

  /**
   * {@return the operating layer of the snapshot with the default review and escalation policies}
   *
   * @param snapshot the ecosystem
   */
  public static OperatingLayer of(EcosystemSnapshot snapshot) {
    return of(snapshot, ReviewPolicy.defaults(), EscalationPolicy.defaults());
  }

  /**
   * Execution: every open exception request (not withdrawn or expired by the as-of instant) whose
   * review, routed at its submission, was due before the as-of instant, with who decides it now (a request is open while it has no
   * rejection and fewer distinct approvers than its plan requires); and every escalation raised
   * by the as-of instant on a defined path, neither acknowledged nor resolved by someone on it, whose first level
   * did not acknowledge in time, with the owner of the level it has reached. Ordered by due time,
   * then id. An acknowledgement by someone off the path does not count.
   *
   * @param asOf the instant the work is judged at
   * @return every overdue review and escalation, each with who owns it now, by due time, then id
   */
  public Seq<OverdueItem> overdue(Instant asOf) {
    requireNonNull(asOf, "asOf");
    Seq<OverdueItem> reviews = snapshot.parts().requests().filter(r -> !r.submittedAt().isAfter(asOf)
            && !snapshot.closure(r.id()).exists(c -> !c.at().isAfter(asOf)))
        .flatMap(r -> review.route(r, r.submittedAt()).toOption().filter(p -> isOpen(r, p, asOf) && p.due().isBefore(asOf))
            .map(p -> overdue(r, p, asOf)));
    EscalationPolicy.Resolver resolver = escalations.resolver(snapshot);
    Seq<OverdueItem> unacknowledged = snapshot.parts().escalations().filter(e -> !e.raisedAt().isAfter(asOf))
        .flatMap(e -> e.path().flatMap(snapshot::escalationPath).toList().flatMap(path -> {
          ResolvedPath resolved = snapshot.risk(e.risk()).map(r -> resolver.resolve(r, path))
              .getOrElse(() -> this.escalations.resolve(path, snapshot.parts().persons(), Option.none()));
          Instant due = e.raisedAt().plus(resolved.level(1).timeToAcknowledge());
          EscalationState state = replay(e, EscalationState.start(resolved, e.raisedAt()), asOf);
          return !(state instanceof EscalationState.Open open) || due.isAfter(asOf) ? List.<OverdueItem>empty()
              : List.of(new OverdueItem(OverdueItem.Kind.ESCALATION, e.id().toString(),
                  open.advance(asOf).owner().describe(), due, Duration.between(due, asOf),
                  "Escalation " + e.id() + " was not acknowledged by " + due + ". " + open.advance(asOf).explanation()));
        }));
    return reviews.appendAll(unacknowledged)
        .sorted(Comparator.comparing(OverdueItem::due).thenComparing(OverdueItem::subject));
  }

  /**
   * The escalation's state after its acknowledgements and resolutions up to the instant, each
   * applied only when the typed state accepts it: one by someone off the path (ESC-11) or out of
   * order (ESC-10) does not count.
   */
  private static EscalationState replay(Escalation escalation, EscalationState start, Instant asOf) {
    EscalationState state = start;
    for (EscalationEvent event : escalation.events().filter(ev -> !ev.at().isAfter(asOf))) {
      EscalationState before = state;
      if (event instanceof EscalationEvent.Acknowledged a && before instanceof EscalationState.Open open) {
        state = open.acknowledge(a.person(), a.at()).<EscalationState>fold(refused -> before, ok -> ok);
      } else if (event instanceof EscalationEvent.Resolved r && before instanceof EscalationState.Open open) {
        state = open.resolve(r.person(), r.at(), r.resolution()).<EscalationState>fold(refused -> before, ok -> ok);
      } else if (event instanceof EscalationEvent.Resolved r && before instanceof EscalationState.Acknowledged ack) {
        state = ack.resolve(r.person(), r.at(), r.resolution()).<EscalationState>fold(refused -> before, ok -> ok);
      }
    }
    return state;
  }

  private boolean isOpen(ExceptionRequest request, ReviewPlan plan, Instant asOf) {
    Seq<DecisionRecord> upTo = records.get(request.id()).getOrElse(List.empty()).filter(d -> !d.decidedAt().isAfter(asOf));
    return !upTo.exists(d -> d.verdict() == Verdict.REJECT)
        && upTo.filter(d -> d.verdict().isApproval()).map(DecisionRecord::decider).distinct().size() < plan.requiredApprovals();
  }

  private OverdueItem overdue(ExceptionRequest request, ReviewPlan plan, Instant asOf) {
    Accountability now = review.accountability(request, asOf);
    String owner = now.decider().fold(d -> holder(d.holder()), n -> "nobody (" + n.reason() + ")");
    Duration late = Duration.between(plan.due(), asOf);
    return new OverdueItem(OverdueItem.Kind.REVIEW, request.id().toString(), owner, plan.due(), late,
        "The " + request.decisionType() + " request " + request.id() + " was due for decision at " + plan.due() + " and is "
            + late.toDays() + " days late; " + owner + " decides it.");
  }

  /**
   * Communication: for every decision record up to the as-of instant, the Input and Perform
   * holders of the request's decision at decision time, each with what to tell them. Ordered by
   * decision time, then record id, then role.
   *
   * @param asOf the instant up to which decision records count
   * @return whom to tell what about each decision, by decision time, then record id, then role
   */
  public Seq<Notification> notifications(Instant asOf) {
    requireNonNull(asOf, "asOf");
    return snapshot.parts().decisionRecords().filter(d -> !d.decidedAt().isAfter(asOf))
        .sorted(Comparator.comparing(DecisionRecord::decidedAt).thenComparing(d -> d.id().value()))
        .flatMap(d -> snapshot.request(d.request()).toList().flatMap(r -> {
          Accountability who = review.accountability(r, d.decidedAt());
          String what = "The " + r.decisionType() + " request " + r.id() + " was " + verdict(d.verdict()) + " by "
              + person(d) + " at " + d.decidedAt();
          return who.input().map(h -> new Notification(h, RapidRole.INPUT, d.id().toString(),
                  what + "; you give input on these decisions."))
              .appendAll(who.perform().map(h -> new Notification(h, RapidRole.PERFORM, d.id().toString(),
                  what + "; you carry it out.")));
        }));
  }

  /**
   * Feedback: for every decision record up to the as-of instant, what the partner sees: the
   * verdict, the rationale, the conditions and the criteria not met. Ordered by decision time,
   * then record id.
   *
   * @param asOf the instant up to which decision records count
   * @return what each partner sees of each decision about it, by decision time, then record id
   */
  public Seq<PartnerFeedback> feedback(Instant asOf) {
    requireNonNull(asOf, "asOf");
    return snapshot.parts().decisionRecords().filter(d -> !d.decidedAt().isAfter(asOf))
        .sorted(Comparator.comparing(DecisionRecord::decidedAt).thenComparing(d -> d.id().value()))
        .flatMap(d -> snapshot.request(d.request()).toList().map(r -> new PartnerFeedback(r.partner(), r.id(), d.id(),
            d.verdict(), List.of("Your " + r.decisionType() + " request " + r.id() + " was " + verdict(d.verdict())
                    + d.rationale().map(why -> ": " + why).getOrElse(", and no reason was recorded") + ".")
                .appendAll(d.conditions().map(c -> "Condition: " + c + "."))
                .appendAll(d.criteriaResults().filter(c -> !c.met()).map(c -> "Not met: " + c.criterion() + " ("
                    + c.explanation() + ").")))));
  }

  /**
   * Reporting: the decision test, the scorecards of every partner over the period, the overdue
   * items, the notifications due and the partner feedback, as of the instant.
   *
   * @param test the decision test to run
   * @param pack how activity is classified for the scorecards
   * @param period the period of the scorecards
   * @param asOf the instant of the report
   * @return the report
   */
  public GovernanceReport report(DecisionTest test, RulePack pack, Period period, Instant asOf) {
    requireNonNull(test, "test");
    requireNonNull(pack, "pack");
    requireNonNull(period, "period");
    requireNonNull(asOf, "asOf");
    return new GovernanceReport(asOf, test.run(snapshot, asOf),
        Scorecards.byPartner(pack, period, snapshot.parts().activities()), overdue(asOf), notifications(asOf),
        feedback(asOf));
  }

  private static String verdict(Verdict verdict) {
    return switch (verdict) {
      case APPROVE -> "approved";
      case APPROVE_WITH_CONDITIONS -> "approved with conditions";
      case REJECT -> "rejected";
      case REQUEST_INFORMATION -> "sent back for more information";
    };
  }

  private String person(DecisionRecord record) {
    return snapshot.person(record.decider()).map(Person::name).getOrElse(record.decider()::toString);
  }

  private String holder(Holder holder) {
    return holder.fold(p -> snapshot.person(p.person()).map(Person::name).getOrElse(p.person()::toString),
        r -> "whoever holds the role " + r.role(),
        t -> "team " + snapshot.orgUnit(t.orgUnit()).map(OrgUnit::name).getOrElse(t.orgUnit()::toString));
  }
}
