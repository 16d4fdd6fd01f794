package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.review.CriterionResult;

/**
 * One step of a review plan: who reviews, what each of the step's criteria gave for the request,
 * and when the step is due.
 *
 * @param reviewer the accountable reviewer of the step, as the review path names it
 * @param criteria the result of each of the step's criteria, in the path's order
 * @param due when the step is due: the routing time plus the time limits of this and every
 *     earlier step
 */
public record PlannedStep(Holder reviewer, Seq<CriterionResult> criteria, Instant due) {

  /**
   * Throws on a missing part.
   *
   * @param reviewer the accountable reviewer of the step, as the review path names it
   * @param criteria the result of each of the step's criteria, in the path's order
   * @param due when the step is due: the routing time plus the time limits of this and every earlier step
   */
  public PlannedStep {
    requireNonNull(reviewer, "reviewer");
    requireNonNull(criteria, "criteria");
    requireNonNull(due, "due");
  }
}
