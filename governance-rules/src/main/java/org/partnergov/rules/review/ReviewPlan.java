package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.Money;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.rules.decision.Accountability;

/**
 * How one exception request is reviewed: the lane, the ordered steps with their reviewers,
 * criteria results and due times, how many distinct approvers it needs, who holds Decide over it,
 * the rules that shaped the plan, and the exchange rates it counted amounts at.
 *
 * @param request the request planned for
 * @param path the review path the plan follows
 * @param lane fast path, standard or four-eyes
 * @param steps the steps in order: one on the fast path, every step of the path otherwise
 * @param fastPathCriteria the result of each fast-path criterion; empty when the path has no fast path
 * @param total the amount the thresholds were applied to (SOD-08), if money is at stake
 * @param related the related requests included in {@code total}
 * @param requiredApprovals how many distinct principals must approve: the sum of what its levels take
 * @param accountability who decides, agrees, recommends, gives input and performs, at routing time
 * @param routedAt when the request was routed
 * @param codes the rules that shaped the plan: {@code SOD-04} on the four-eyes lane, {@code SOD-08}
 *     when related requests put the total over a threshold the request alone is under
 * @param explanation the plan in sentences a partner manager can read
 * @param levels the approval levels, at least one: filled in order when the path defines them,
 *     in any order otherwise (the decider and, on the four-eyes lane, a second approver)
 * @param rates every exchange rate the plan counted an amount at (a related request's, the total
 *     against the path's thresholds or the matrix's amount bands), each once, in the order first
 *     used; empty when every amount was in one currency
 */
public record ReviewPlan(RequestId request, ReviewPathId path, Lane lane, Seq<PlannedStep> steps,
    Seq<CriterionResult> fastPathCriteria, Option<Money> total, Seq<RequestId> related,
    int requiredApprovals, Accountability accountability, Instant routedAt, Seq<ReviewCode> codes,
    String explanation, Seq<PlannedLevel> levels, Seq<ExchangeRate> rates) {

  /**
   * Throws on a missing part, no steps, no level, a number of approvals other than its levels
   * take, or fewer than two on the four-eyes lane.
   *
   * @param request the request planned for
   * @param path the review path the plan follows
   * @param lane fast path, standard or four-eyes
   * @param steps the steps in order: one on the fast path, every step of the path otherwise
   * @param fastPathCriteria the result of each fast-path criterion; empty when the path has no fast path
   * @param total the amount the thresholds were applied to (SOD-08), if money is at stake
   * @param related the related requests included in {@code total}
   * @param requiredApprovals how many distinct principals must approve: the sum of what its levels take
   * @param accountability who decides, agrees, recommends, gives input and performs, at routing time
   * @param routedAt when the request was routed
   * @param codes the rules that shaped the plan: {@code SOD-04} on the four-eyes lane, {@code SOD-08} when
   *     related requests put the total over a threshold the request alone is under
   * @param explanation the plan in sentences a partner manager can read
   * @param levels the approval levels, at least one: filled in order when the path defines them, in any
   *     order otherwise (the decider and, on the four-eyes lane, a second approver)
   * @param rates every exchange rate the plan counted an amount at, each once, in the order first used
   */
  public ReviewPlan {
    requireNonNull(request, "request");
    requireNonNull(path, "path");
    requireNonNull(lane, "lane");
    requireNonNull(steps, "steps");
    requireNonNull(fastPathCriteria, "fastPathCriteria");
    requireNonNull(total, "total");
    requireNonNull(related, "related");
    requireNonNull(accountability, "accountability");
    requireNonNull(routedAt, "routedAt");
    requireNonNull(codes, "codes");
    requireNonNull(explanation, "explanation");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a review plan has at least one step");
    }
    requireNonNull(levels, "levels");
    rates = requireNonNull(rates, "rates").distinct();
    int taken = levels.map(PlannedLevel::required).sum().intValue();
    if (levels.isEmpty() || requiredApprovals != taken || lane == Lane.FOUR_EYES && taken < 2) {
      throw new IllegalArgumentException("the " + lane + " lane with levels " + levels.map(PlannedLevel::name)
          + " needs " + taken + " approvals (two at least on the four-eyes lane), not " + requiredApprovals);
    }
  }

  /**
   * A plan that counted no amount in another currency.
   *
   * @param request the request planned for
   * @param path the review path the plan follows
   * @param lane fast path, standard or four-eyes
   * @param steps the steps in order: one on the fast path, every step of the path otherwise
   * @param fastPathCriteria the result of each fast-path criterion; empty when the path has no fast path
   * @param total the amount the thresholds were applied to (SOD-08), if money is at stake
   * @param related the related requests included in {@code total}
   * @param requiredApprovals how many distinct principals must approve: the sum of what its levels take
   * @param accountability who decides, agrees, recommends, gives input and performs, at routing time
   * @param routedAt when the request was routed
   * @param codes the rules that shaped the plan: {@code SOD-04} on the four-eyes lane, {@code SOD-08} when
   *     related requests put the total over a threshold the request alone is under
   * @param explanation the plan in sentences a partner manager can read
   * @param levels the approval levels, at least one: filled in order when the path defines them, in any
   *     order otherwise (the decider and, on the four-eyes lane, a second approver)
   */
  public ReviewPlan(RequestId request, ReviewPathId path, Lane lane, Seq<PlannedStep> steps,
      Seq<CriterionResult> fastPathCriteria, Option<Money> total, Seq<RequestId> related, int requiredApprovals,
      Accountability accountability, Instant routedAt, Seq<ReviewCode> codes, String explanation,
      Seq<PlannedLevel> levels) {
    this(request, path, lane, steps, fastPathCriteria, total, related, requiredApprovals, accountability, routedAt,
        codes, explanation, levels, List.empty());
  }

  /**
   * A plan of a path without approval levels: the decider, and on the four-eyes lane a second
   * approver ({@link PlannedLevel#implicit}).
   *
   * @param request the request planned for
   * @param path the review path the plan follows
   * @param lane fast path, standard or four-eyes
   * @param steps the steps in order: one on the fast path, every step of the path otherwise
   * @param fastPathCriteria the result of each fast-path criterion; empty when the path has no fast path
   * @param total the amount the thresholds were applied to (SOD-08), if money is at stake
   * @param related the related requests included in {@code total}
   * @param requiredApprovals how many distinct principals must approve: 1, or 2 on the four-eyes lane
   * @param accountability who decides, agrees, recommends, gives input and performs, at routing time
   * @param routedAt when the request was routed
   * @param codes the rules that shaped the plan: {@code SOD-04} on the four-eyes lane, {@code SOD-08} when
   *     related requests put the total over a threshold the request alone is under
   * @param explanation the plan in sentences a partner manager can read
   */
  public ReviewPlan(RequestId request, ReviewPathId path, Lane lane, Seq<PlannedStep> steps,
      Seq<CriterionResult> fastPathCriteria, Option<Money> total, Seq<RequestId> related, int requiredApprovals,
      Accountability accountability, Instant routedAt, Seq<ReviewCode> codes, String explanation) {
    this(request, path, lane, steps, fastPathCriteria, total, related, requiredApprovals, accountability, routedAt,
        codes, explanation, PlannedLevel.implicit(lane, accountability), List.empty());
  }

  /** {@return whether the levels are filled in order: when the path defines them} */
  public boolean sequential() {
    return levels.exists(PlannedLevel::onPath);
  }

  /**
   * {@return this plan with another explanation}
   *
   * @param text the plan in sentences a partner manager can read
   */
  public ReviewPlan withExplanation(String text) {
    return new ReviewPlan(request, path, lane, steps, fastPathCriteria, total, related, requiredApprovals,
        accountability, routedAt, codes, text, levels, rates);
  }

  /** {@return every criterion result of the plan: the fast-path criteria, then each step's} */
  public Seq<CriterionResult> criteriaResults() {
    return fastPathCriteria.appendAll(steps.flatMap(PlannedStep::criteria));
  }

  /** {@return when the last step is due} */
  public Instant due() {
    return steps.last().due();
  }
}
