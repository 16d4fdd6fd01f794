package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.function.Function;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.Verdict;

/**
 * Something that happened to an exception case. A {@link ReviewCase}'s state is the fold of its
 * events; {@link ReviewCase#apply} refuses an event its state does not allow.
 */
public sealed interface CaseEvent {

  /** {@return when it happened} */
  Instant at();

  /**
   * The request was submitted; always the first event of a case.
   *
   * @param request the request as submitted
   */
  record Submitted(ExceptionRequest request) implements CaseEvent {
    /**
     * Throws on a missing request.
     *
     * @param request the request as submitted
     */
    public Submitted {
      requireNonNull(request, "request");
    }

    @Override
    public Instant at() {
      return request.submittedAt();
    }
  }

  /**
   * Someone changed the request after submission; earlier approvals are void and it is routed anew.
   * The amended request keeps the id, requester, partner, decision type and submission time.
   *
   * @param by who amended the request
   * @param request the request as amended
   * @param at when it was amended
   */
  record Amended(PersonId by, ExceptionRequest request, Instant at) implements CaseEvent {
    /**
     * Throws on a missing part.
     *
     * @param by who amended the request
     * @param request the request as amended
     * @param at when it was amended
     */
    public Amended {
      requireNonNull(by, "by");
      requireNonNull(request, "request");
      requireNonNull(at, "at");
    }
  }

  /**
   * The request was given its review plan.
   *
   * @param plan the review plan the request was given
   */
  record Routed(ReviewPlan plan) implements CaseEvent {
    /**
     * Throws on a missing plan.
     *
     * @param plan the review plan the request was given
     */
    public Routed {
      requireNonNull(plan, "plan");
    }

    @Override
    public Instant at() {
      return plan.routedAt();
    }
  }

  /**
   * One person approved; the case is approved once enough distinct principals have.
   *
   * @param record the approval
   * @param principal whom the approval counts for: the delegator when the approver acted by
   *     delegation, the approver otherwise, so a delegate and the delegator count once
   */
  record Approved(DecisionRecord record, PersonId principal) implements CaseEvent {
    /**
     * Throws on a missing part or a record that is not an approval.
     *
     * @param record the approval
     * @param principal whom the approval counts for: the delegator when the approver acted by delegation,
     *     the approver otherwise, so a delegate and the delegator count once
     */
    public Approved {
      requireNonNull(record, "record");
      requireNonNull(principal, "principal");
      if (!record.verdict().isApproval()) {
        throw new IllegalArgumentException("an approval needs an approving verdict, not " + record.verdict());
      }
    }

    @Override
    public Instant at() {
      return record.decidedAt();
    }
  }

  /**
   * The request was rejected; the case is closed.
   *
   * @param record the rejection
   */
  record Rejected(DecisionRecord record) implements CaseEvent {
    /**
     * Throws on a missing record or one that is not a rejection.
     *
     * @param record the rejection, with the verdict {@code REJECT}
     */
    public Rejected {
      requireNonNull(record, "record");
      if (record.verdict() != Verdict.REJECT) {
        throw new IllegalArgumentException("a rejection needs the verdict REJECT, not " + record.verdict());
      }
    }

    @Override
    public Instant at() {
      return record.decidedAt();
    }
  }

  /**
   * A reviewer asked the requester for more information; an amendment reopens the case.
   *
   * @param record the decision record that asks for more information
   */
  record InformationRequested(DecisionRecord record) implements CaseEvent {
    /**
     * Throws on a missing record or one that does not request information.
     *
     * @param record the decision record that asks for more information, with the verdict
     *     {@code REQUEST_INFORMATION}
     */
    public InformationRequested {
      requireNonNull(record, "record");
      if (record.verdict() != Verdict.REQUEST_INFORMATION) {
        throw new IllegalArgumentException(
            "a request for information needs the verdict REQUEST_INFORMATION, not " + record.verdict());
      }
    }

    @Override
    public Instant at() {
      return record.decidedAt();
    }
  }

  /**
   * The requester withdrew the request; the case is closed.
   *
   * @param by who withdrew the request
   * @param at when it was withdrawn
   */
  record Withdrawn(PersonId by, Instant at) implements CaseEvent {
    /**
     * Throws on a missing part.
     *
     * @param by who withdrew the request
     * @param at when it was withdrawn
     */
    public Withdrawn {
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * The request was not decided in time; the case is closed.
   *
   * @param at when the case expired
   */
  record Expired(Instant at) implements CaseEvent {
    /**
     * Throws on a missing time.
     *
     * @param at when the case expired
     */
    public Expired {
      requireNonNull(at, "at");
    }
  }

  /**
   * The case was escalated to a person; it stays open.
   *
   * @param to the person the case was escalated to
   * @param reason why, in plain words
   * @param at when it was escalated
   */
  record Escalated(PersonId to, String reason, Instant at) implements CaseEvent {
    /**
     * Throws on a missing part or a blank reason.
     *
     * @param to the person the case was escalated to
     * @param reason why, in plain words; not blank
     * @param at when it was escalated
     */
    public Escalated {
      requireNonNull(to, "to");
      requireNonNull(reason, "reason");
      requireNonNull(at, "at");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an escalation needs a reason");
      }
    }
  }

  /** {@return a short name of the event, such as {@code approved}, for explanations} */
  default String name() {
    return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Handles each kind of event; the compiler makes sure all nine are handled.
   *
   * @param <R> what each handler gives back
   * @param ifSubmitted what to do with a submission
   * @param ifAmended what to do with an amendment
   * @param ifRouted what to do with a routing
   * @param ifApproved what to do with an approval
   * @param ifRejected what to do with a rejection
   * @param ifInformationRequested what to do with a request for more information
   * @param ifWithdrawn what to do with a withdrawal
   * @param ifExpired what to do with an expiry
   * @param ifEscalated what to do with an escalation
   * @return what the handler of this kind of event gave back
   */
  default <R> R fold(Function<? super Submitted, ? extends R> ifSubmitted,
      Function<? super Amended, ? extends R> ifAmended, Function<? super Routed, ? extends R> ifRouted,
      Function<? super Approved, ? extends R> ifApproved, Function<? super Rejected, ? extends R> ifRejected,
      Function<? super InformationRequested, ? extends R> ifInformationRequested,
      Function<? super Withdrawn, ? extends R> ifWithdrawn, Function<? super Expired, ? extends R> ifExpired,
      Function<? super Escalated, ? extends R> ifEscalated) {
    if (this instanceof Submitted e) {
      return ifSubmitted.apply(e);
    } else if (this instanceof Amended e) {
      return ifAmended.apply(e);
    } else if (this instanceof Routed e) {
      return ifRouted.apply(e);
    } else if (this instanceof Approved e) {
      return ifApproved.apply(e);
    } else if (this instanceof Rejected e) {
      return ifRejected.apply(e);
    } else if (this instanceof InformationRequested e) {
      return ifInformationRequested.apply(e);
    } else if (this instanceof Withdrawn e) {
      return ifWithdrawn.apply(e);
    } else if (this instanceof Expired e) {
      return ifExpired.apply(e);
    }
    return ifEscalated.apply((Escalated) this);
  }
}
