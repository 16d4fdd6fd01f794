package org.partnergov.model.review;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;
import org.partnergov.model.party.PersonId;

/**
 * The end of a request that was never decided: its requester (or someone for them) withdrew it,
 * or it expired unanswered. A closed request is no longer reviewed: it counts in no total of
 * related requests, is never overdue, and a decision recorded after its closure decides a case
 * that was no longer open.
 *
 * @param request the request closed
 * @param reason why it ended
 * @param by who withdrew it; none for an expiry
 * @param at when it ended
 */
public record RequestClosure(RequestId request, Reason reason, Option<PersonId> by, Instant at) {

  /** Why a request ended without a decision. */
  public enum Reason {
    /** Someone withdrew it. */
    WITHDRAWN,
    /** Its time ran out before anyone decided. */
    EXPIRED
  }

  /**
   * Throws on a missing part, a withdrawal without the person who withdrew, or an expiry naming
   * one.
   *
   * @param request the request closed
   * @param reason why it ended
   * @param by who withdrew it; none for an expiry
   * @param at when it ended
   */
  public RequestClosure {
    requireNonNull(request, "request");
    requireNonNull(reason, "reason");
    requireNonNull(by, "by");
    requireNonNull(at, "at");
    if (by.isDefined() != (reason == Reason.WITHDRAWN)) {
      throw new IllegalArgumentException(reason == Reason.WITHDRAWN
          ? "a withdrawal of request " + request + " must name who withdrew it"
          : "an expiry of request " + request + " names nobody, but names " + by.get());
    }
  }

  /**
   * {@return the request withdrawn by the person at the instant}
   *
   * @param request the request
   * @param by who withdrew it
   * @param at when
   */
  public static RequestClosure withdrawn(RequestId request, PersonId by, Instant at) {
    return new RequestClosure(request, Reason.WITHDRAWN, Option.some(requireNonNull(by, "by")), at);
  }

  /**
   * {@return the request expired at the instant}
   *
   * @param request the request
   * @param at when
   */
  public static RequestClosure expired(RequestId request, Instant at) {
    return new RequestClosure(request, Reason.EXPIRED, Option.none(), at);
  }
}
