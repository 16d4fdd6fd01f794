package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.rules.review.CaseEvent.Approved;
import org.partnergov.rules.review.CaseState.AwaitingInformation;
import org.partnergov.rules.review.CaseState.AwaitingRouting;
import org.partnergov.rules.review.CaseState.Closed;
import org.partnergov.rules.review.CaseState.InReview;
import org.partnergov.rules.review.CaseState.Outcome;

/**
 * One exception request under review, event-sourced: the case is its events, and its state, the
 * current version of the request and who amended it are a fold of them. A case starts with
 * {@link #submit}; {@link #apply} adds an event the state allows and returns a typed
 * {@link IllegalTransition} for one it does not, leaving the case as it was.
 *
 * <p>The transitions:
 * <ul>
 *   <li>awaiting routing: routed (to in review), amended, escalated, withdrawn, expired;</li>
 *   <li>in review: approved (closed as approved once the plan's required number of distinct
 *       principals approved), rejected (closed), information requested (awaiting information),
 *       amended (back to awaiting routing, approvals void), escalated, withdrawn, expired;</li>
 *   <li>awaiting information: amended (to awaiting routing), escalated, withdrawn, expired;</li>
 *   <li>closed: nothing.</li>
 * </ul>
 * A second submission is never allowed, events carry the case's request id, an amendment keeps
 * the request's requester, partner, decision type and submission time, and no event is dated
 * before the last one.
 */
public final class ReviewCase {

  private final ExceptionRequest request;
  private final CaseState state;
  private final Set<PersonId> amenders;
  private final Seq<CaseEvent> events;

  private ReviewCase(ExceptionRequest request, CaseState state, Set<PersonId> amenders, Seq<CaseEvent> events) {
    this.request = request;
    this.state = state;
    this.amenders = amenders;
    this.events = events;
  }

  /**
   * {@return a new case for the request, awaiting routing, with its submission as the only event}
   *
   * @param request the request as submitted
   */
  public static ReviewCase submit(ExceptionRequest request) {
    requireNonNull(request, "request");
    return new ReviewCase(request, new AwaitingRouting(), HashSet.empty(),
        List.of(new CaseEvent.Submitted(request)));
  }

  /**
   * The case the events describe, or the first event that could not happen.
   *
   * @param events the events in the order they happened; the first is a submission
   * @return the case, or the refused event
   */
  public static Either<IllegalTransition, ReviewCase> replay(Iterable<? extends CaseEvent> events) {
    java.util.Iterator<? extends CaseEvent> it = events.iterator();
    if (!it.hasNext()) {
      throw new IllegalArgumentException("a case has at least one event, its submission");
    }
    CaseEvent first = it.next();
    if (!(first instanceof CaseEvent.Submitted submitted)) {
      return Either.left(new IllegalTransition("not yet submitted", first, "a case starts with its submission"));
    }
    Either<IllegalTransition, ReviewCase> result = Either.right(submit(submitted.request()));
    while (it.hasNext() && result.isRight()) {
      CaseEvent next = it.next();
      result = result.get().apply(next);
    }
    return result;
  }

  /**
   * This case with the event added, or why the event cannot happen now.
   *
   * @param event the event
   * @return the case after the event, or the refusal; this case is unchanged either way
   */
  public Either<IllegalTransition, ReviewCase> apply(CaseEvent event) {
    requireNonNull(event, "event");
    Instant last = events.last().at();
    if (event.at().isBefore(last)) {
      return refuse(event, "it is dated " + event.at() + ", before the case's last event at " + last);
    }
    return event.fold(
        submitted -> refuse(event, "the case was already submitted"),
        amended -> notTheSameRequest(amended.request()).fold(
            () -> open(event, () -> Either.right(new ReviewCase(amended.request(), new AwaitingRouting(),
                amenders.add(amended.by()), events.append(event)))),
            why -> refuse(event, why)),
        routed -> !(state instanceof AwaitingRouting)
            ? refuse(event, "only a case awaiting routing is routed")
            : !routed.plan().request().equals(request.id())
                ? refuse(event, "the plan is for request " + routed.plan().request() + ", not " + request.id())
                : next(new InReview(routed.plan(), List.empty()), event),
        this::approve,
        rejected -> inReview(event, rejected.record(),
            r -> next(new Closed(Outcome.REJECTED, event.at(), List.of(rejected.record())), event)),
        asked -> inReview(event, asked.record(), r -> next(new AwaitingInformation(asked.record()), event)),
        withdrawn -> open(event, () -> next(new Closed(Outcome.WITHDRAWN, event.at(), List.empty()), event)),
        expired -> open(event, () -> next(new Closed(Outcome.EXPIRED, event.at(), List.empty()), event)),
        escalated -> open(event, () -> next(state, event)));
  }

  /**
   * Why an amended version is not this case's request: another id, or another requester, partner,
   * kind of request or submission time. Changing those would let an amendment dodge the rules that
   * depend on them: the requester approving their own request (SOD-01), the relationship owner
   * approving (SOD-05), the review path of the decision type, the window related requests add up
   * in (SOD-08).
   */
  private Option<String> notTheSameRequest(ExceptionRequest amended) {
    if (!amended.id().equals(request.id())) {
      return Option.some("the amended request " + amended.id() + " is not " + request.id());
    }
    if (!amended.requester().equals(request.requester())) {
      return Option.some("an amendment keeps the requester " + request.requester() + ", not " + amended.requester());
    }
    if (!amended.partner().equals(request.partner())) {
      return Option.some("an amendment keeps the partner " + request.partner() + ", not " + amended.partner());
    }
    if (!amended.decisionType().equals(request.decisionType())) {
      return Option.some("an amendment keeps the decision type " + request.decisionType() + ", not "
          + amended.decisionType());
    }
    if (!amended.submittedAt().equals(request.submittedAt())) {
      return Option.some("an amendment keeps the submission time " + request.submittedAt() + ", not "
          + amended.submittedAt());
    }
    return Option.none();
  }

  private Either<IllegalTransition, ReviewCase> approve(Approved approved) {
    return inReview(approved, approved.record(), review -> {
      PersonId decider = approved.record().decider();
      PersonId principal = approved.principal();
      for (Approved earlier : review.approvals()) {
        if (earlier.record().decider().equals(decider)) {
          return refuse(approved, decider + " already approved; each person's approval counts once");
        }
        if (earlier.principal().equals(principal)) {
          return refuse(approved, "an approval for " + principal + " was already given by " + earlier.record().decider()
              + "; a delegate and the delegator count once");
        }
      }
      Seq<Approved> approvals = review.approvals().append(approved);
      return next(approvals.size() >= review.plan().requiredApprovals()
          ? new Closed(Outcome.APPROVED, approved.at(), approvals.map(Approved::record))
          : new InReview(review.plan(), approvals), approved);
    });
  }

  private Either<IllegalTransition, ReviewCase> inReview(CaseEvent event, DecisionRecord record,
      java.util.function.Function<InReview, Either<IllegalTransition, ReviewCase>> then) {
    if (!(state instanceof InReview review)) {
      return refuse(event, "only a case in review is decided");
    }
    if (!record.request().equals(request.id())) {
      return refuse(event, "the decision is about request " + record.request() + ", not " + request.id());
    }
    if (!(record.subject() instanceof DecisionSubject.OfRequest) && !record.subject().equals(DecisionSubject.of(request))) {
      return refuse(event, "the decision is about " + record.subject() + ", but the request asks to decide "
          + DecisionSubject.of(request));
    }
    return then.apply(review);
  }

  private Either<IllegalTransition, ReviewCase> open(CaseEvent event,
      java.util.function.Supplier<Either<IllegalTransition, ReviewCase>> then) {
    return state.isClosed() ? refuse(event, "the case is closed") : then.get();
  }

  private Either<IllegalTransition, ReviewCase> next(CaseState after, CaseEvent event) {
    return Either.right(new ReviewCase(request, after, amenders, events.append(event)));
  }

  private Either<IllegalTransition, ReviewCase> refuse(CaseEvent event, String reason) {
    return Either.left(new IllegalTransition(state.describe(), event, reason));
  }

  /** {@return the current version of the request: the last amended one, or the one submitted} */
  public ExceptionRequest request() {
    return request;
  }

  /** {@return where the case stands} */
  public CaseState state() {
    return state;
  }

  /** {@return the plan the case is reviewed under while it is in review; none in any other state} */
  public Option<ReviewPlan> plan() {
    return state instanceof CaseState.InReview review ? Option.some(review.plan()) : Option.none();
  }

  /** {@return everyone who amended the request after its submission (SOD-02)} */
  public Set<PersonId> amenders() {
    return amenders;
  }

  /** {@return the events in the order they happened, starting with the submission} */
  public Seq<CaseEvent> events() {
    return events;
  }

  /** {@return when the last event happened} */
  public Instant lastEventAt() {
    return events.last().at();
  }

  /** {@return every decision record of the case, in the order made, including approvals voided by an amendment} */
  public Seq<DecisionRecord> decisions() {
    return events.flatMap(e -> e.fold(s -> List.<DecisionRecord>empty(), a -> List.empty(), r -> List.empty(),
        ap -> List.of(ap.record()), rj -> List.of(rj.record()), ir -> List.of(ir.record()),
        w -> List.empty(), x -> List.empty(), es -> List.empty()));
  }

  /** Cases are equal when their events are: the rest is a fold of the events. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ReviewCase that && events.equals(that.events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "ReviewCase[" + request.id() + ", " + state.describe() + ", " + events.size() + " events]";
  }
}
