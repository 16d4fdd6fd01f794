package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.rules.decision.Accountability;

/**
 * What an {@link ApprovalRule} sees of one verdict: the attempt (who, what, when, why), the case it
 * is given on, the request's facts, who is accountable for the request at that instant, the
 * reviewer's standing, the policy and the ecosystem. {@link ExceptionReview} makes the facts, both
 * for a live attempt ({@link ExceptionReview#decide}) and for a decision already recorded in a
 * snapshot ({@link ExceptionReview#audit}), so the same rules judge both.
 */
public final class ApprovalFacts {

  private final DecisionAttempt attempt;
  private final Option<DecisionRightId> citedRight;
  private final ReviewCase reviewCase;
  private final RequestFacts request;
  private final Accountability accountability;
  private final Option<Standing> standing;
  private final Seating.Seat seat;
  private final Option<Standing> standingAlone;
  private final ReviewPolicy policy;
  private final Ledger ledger;
  private final Seq<Conversion> conversions;
  private final Seq<Violation> uncounted;
  final Explaining say;

  ApprovalFacts(DecisionAttempt attempt, Option<DecisionRightId> citedRight, ReviewCase reviewCase,
      RequestFacts request, Accountability accountability, Seating.Seat seat,
      Option<Standing> standingAlone, ReviewPolicy policy, Ledger ledger, Seq<Conversion> conversions,
      Seq<Violation> uncounted) {
    this.attempt = requireNonNull(attempt, "attempt");
    this.citedRight = requireNonNull(citedRight, "citedRight");
    this.reviewCase = requireNonNull(reviewCase, "reviewCase");
    this.request = requireNonNull(request, "request");
    this.accountability = requireNonNull(accountability, "accountability");
    this.seat = requireNonNull(seat, "seat");
    this.standing = seat.standing();
    this.standingAlone = requireNonNull(standingAlone, "standingAlone");
    this.policy = requireNonNull(policy, "policy");
    this.ledger = requireNonNull(ledger, "ledger");
    this.conversions = requireNonNull(conversions, "conversions");
    this.uncounted = requireNonNull(uncounted, "uncounted");
    this.say = new Explaining(ledger.snapshot);
  }

  /** {@return the verdict given: who, what, when, the rationale and conditions} */
  public DecisionAttempt attempt() {
    return attempt;
  }

  /** {@return whether the verdict approves (with or without conditions)} */
  public boolean isApproval() {
    return attempt.verdict().isApproval();
  }

  /**
   * {@return the right a recorded decision cites; none for a live attempt, whose record will cite the right
   * of its {@linkplain #standing standing}}
   */
  public Option<DecisionRightId> citedRight() {
    return citedRight;
  }

  /** {@return the case as it stood before the verdict} */
  public ReviewCase reviewCase() {
    return reviewCase;
  }

  /** {@return the case's review state when it is in review; none otherwise} */
  public Option<CaseState.InReview> review() {
    return reviewCase.state() instanceof CaseState.InReview r ? Option.some(r) : Option.none();
  }

  /** {@return the request, its partner, program, cited records and total (SOD-08)} */
  public RequestFacts request() {
    return request;
  }

  /** {@return the request decided} */
  public ExceptionRequest exceptionRequest() {
    return request.request();
  }

  /** {@return the reviewer, when the ecosystem knows them} */
  public Option<Person> reviewer() {
    return ledger.snapshot.person(attempt.reviewer());
  }

  /** {@return who is accountable for the request's total at the verdict's instant} */
  public Accountability accountability() {
    return accountability;
  }

  /**
   * {@return why the reviewer may give the verdict} For an approval: the standing at the approval level it
   * fills (the Decide right over the request's total, directly or by a delegation; an Agree right
   * as the second approver of a four-eyes review; the Decide right of an approval level's decision
   * type), none when it fills no open level. For another verdict: standing at any level of the
   * plan. Outside review, the Decide right over the request's total.
   */
  public Option<Standing> standing() {
    return standing;
  }

  /** {@return the approval level the approval fills; none for another verdict or when it fills none} */
  public Option<PlannedLevel> level() {
    return seat.level();
  }

  /**
   * {@return a level of the plan at which the reviewer has standing but which the approval cannot fill now:
   * filled already, or not yet reached when the levels go in order}
   */
  public Option<PlannedLevel> blockedLevel() {
    return seat.blocked();
  }

  /** {@return who filled the {@linkplain #blockedLevel blocked level} so far} */
  public Seq<PersonId> blockedBy() {
    return seat.blockedBy();
  }

  /** {@return the reviewer's Decide standing over the request's own amount, without its related requests (SOD-08)} */
  public Option<Standing> standingAlone() {
    return standingAlone;
  }

  /**
   * {@return every amount the verdict's facts counted in another currency, with the host's rate or
   * without one: the related requests' towards the request's total, and the total in the amount bands
   * of the request's and its plan's decision types (the fund caps' are counted by {@code SOD-09} itself)}
   */
  public Seq<Conversion> conversions() {
    return conversions;
  }

  /** REV-04 and REV-08: why an amount of {@link #conversions()} could not be counted. */
  Seq<Violation> uncounted() {
    return uncounted;
  }

  /** {@return the review policy in force} */
  public ReviewPolicy policy() {
    return policy;
  }

  /** {@return the ecosystem the request is reviewed in} */
  public EcosystemSnapshot snapshot() {
    return ledger.snapshot;
  }

  /** The snapshot's indexes, for the built-in rules. */
  Ledger ledger() {
    return ledger;
  }

  /** The reviewer's name, or id when unknown. */
  String who() {
    return say.person(attempt.reviewer());
  }

  /** The event the recorded verdict adds to the case. */
  CaseEvent event(DecisionRecord record) {
    return switch (record.verdict()) {
      case APPROVE, APPROVE_WITH_CONDITIONS ->
          new CaseEvent.Approved(record, standing.map(Standing::principal).getOrElse(record.decider()));
      case REJECT -> new CaseEvent.Rejected(record);
      case REQUEST_INFORMATION -> new CaseEvent.InformationRequested(record);
    };
  }

  /** The record of the verdict, given under the plan: its subject is what the request asks to decide. */
  DecisionRecord record(ReviewPlan plan) {
    ExceptionRequest decided = request.request();
    return DecisionRecord.builder().id(attempt.id()).subject(DecisionSubject.of(decided)).decisionType(decided.decisionType())
        .decider(attempt.reviewer()).verdict(attempt.verdict()).decidedAt(attempt.at())
        .right(standing.map(Standing::right)).delegation(standing.flatMap(Standing::via))
        .rationale(attempt.rationale()).conditions(attempt.conditions())
        .criteriaResults(plan.criteriaResults()).evidence(decided.cited()).reviewPath(Option.some(plan.path()))
        .approvalLevel(seat.level().filter(PlannedLevel::onPath).map(PlannedLevel::name))
        .build();
  }
}
