package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.function.Function;
import org.partnergov.model.review.DecisionRecord;

/**
 * Where an exception case stands. Each state allows different events: only a case in review can
 * be decided, only a case awaiting routing can be routed, and a closed case allows nothing.
 */
public sealed interface CaseState {

  /** Submitted or amended, not yet routed. */
  record AwaitingRouting() implements CaseState {}

  /**
   * Routed and open for decisions.
   *
   * @param plan the review plan
   * @param approvals the approvals given since the last routing, at most one per principal
   */
  record InReview(ReviewPlan plan, Seq<CaseEvent.Approved> approvals) implements CaseState {
    /**
     * Throws on a missing part.
     *
     * @param plan the review plan
     * @param approvals the approvals given since the last routing, at most one per principal
     */
    public InReview {
      requireNonNull(plan, "plan");
      requireNonNull(approvals, "approvals");
    }

    /** {@return how many more distinct approvals the case needs} */
    public int approvalsMissing() {
      return Math.max(0, plan.requiredApprovals() - approvals.size());
    }
  }

  /**
   * A reviewer asked for more information; the requester answers by amending the request.
   *
   * @param request the decision record that asked
   */
  record AwaitingInformation(DecisionRecord request) implements CaseState {
    /**
     * Throws on a missing record.
     *
     * @param request the decision record that asked
     */
    public AwaitingInformation {
      requireNonNull(request, "request");
    }
  }

  /**
   * Closed for good.
   *
   * @param outcome how it closed
   * @param at when
   * @param decisions the decision records that closed it: the approvals of an approved case, the
   *     rejection of a rejected one, none for a withdrawn or expired case
   */
  record Closed(Outcome outcome, Instant at, Seq<DecisionRecord> decisions) implements CaseState {
    /**
     * Throws on a missing part.
     *
     * @param outcome how it closed
     * @param at when it closed
     * @param decisions the decision records that closed it: the approvals of an approved case, the
     *     rejection of a rejected one, none for a withdrawn or expired case
     */
    public Closed {
      requireNonNull(outcome, "outcome");
      requireNonNull(at, "at");
      requireNonNull(decisions, "decisions");
    }
  }

  /** How a case closed. */
  enum Outcome {
    /** Enough distinct approvers approved. */
    APPROVED,
    /** A reviewer rejected the request. */
    REJECTED,
    /** The requester withdrew it. */
    WITHDRAWN,
    /** It was not decided in time. */
    EXPIRED
  }

  /** {@return whether no event can change the case any more} */
  default boolean isClosed() {
    return this instanceof Closed;
  }

  /** {@return a short description, such as {@code in review} or {@code closed (rejected)}} */
  default String describe() {
    return fold(a -> "awaiting routing", r -> "in review", i -> "awaiting information",
        c -> "closed (" + c.outcome().name().toLowerCase(java.util.Locale.ROOT) + ")");
  }

  /**
   * Handles each state; the compiler makes sure all four are handled.
   *
   * @param <R> what each handler gives back
   * @param ifAwaitingRouting what to do with a case awaiting routing
   * @param ifInReview what to do with a case in review
   * @param ifAwaitingInformation what to do with a case awaiting more information
   * @param ifClosed what to do with a closed case
   * @return what the handler of this state gave back
   */
  default <R> R fold(Function<? super AwaitingRouting, ? extends R> ifAwaitingRouting,
      Function<? super InReview, ? extends R> ifInReview,
      Function<? super AwaitingInformation, ? extends R> ifAwaitingInformation,
      Function<? super Closed, ? extends R> ifClosed) {
    if (this instanceof AwaitingRouting s) {
      return ifAwaitingRouting.apply(s);
    } else if (this instanceof InReview s) {
      return ifInReview.apply(s);
    }
    return this instanceof AwaitingInformation s ? ifAwaitingInformation.apply(s) : ifClosed.apply((Closed) this);
  }
}
