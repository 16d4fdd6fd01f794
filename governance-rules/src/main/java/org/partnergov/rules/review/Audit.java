package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ExceptionRequest;

/**
 * The decisions recorded on one request, judged by the same approval rules as a live attempt
 * ({@link ExceptionReview#audit}).
 *
 * @param request the request
 * @param routing why the request could not be routed at its submission, if it could not
 * @param decisions each recorded decision, in the order made, with the rules it broke
 */
public record Audit(ExceptionRequest request, Option<Rejection> routing, Seq<Audited> decisions) {

  /**
   * Throws on a missing part.
   *
   * @param request the request
   * @param routing why the request could not be routed at its submission, if it could not
   * @param decisions each recorded decision, in the order made, with the rules it broke
   */
  public Audit {
    requireNonNull(request, "request");
    requireNonNull(routing, "routing");
    requireNonNull(decisions, "decisions");
  }

  /**
   * One recorded decision and the rules it broke.
   *
   * @param record the decision record
   * @param violations the rules it broke, empty when it kept them all
   */
  public record Audited(DecisionRecord record, Seq<Violation> violations) {
    /**
     * Throws on a missing part.
     *
     * @param record the decision record
     * @param violations the rules it broke, empty when it kept them all
     */
    public Audited {
      requireNonNull(record, "record");
      requireNonNull(violations, "violations");
    }
  }

  /** {@return whether the request could be routed and every recorded decision kept every rule} */
  public boolean isClean() {
    return routing.isEmpty() && decisions.forAll(d -> d.violations().isEmpty());
  }
}
