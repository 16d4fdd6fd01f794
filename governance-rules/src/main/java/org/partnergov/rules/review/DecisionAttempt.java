package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.Verdict;

/**
 * One reviewer's attempt to decide a case: the verdict, the rationale and, for an approval with
 * conditions, the conditions. {@link ExceptionReview#decide} accepts or rejects it.
 *
 * @param id the id the decision record gets if the attempt is accepted
 * @param reviewer who decides
 * @param verdict what they decide
 * @param rationale why; a blank rationale counts as none, which is rejected ({@code REV-01})
 * @param conditions the conditions of an approval with conditions, trimmed, blank ones dropped
 * @param at when they decide
 */
public record DecisionAttempt(DecisionRecordId id, PersonId reviewer, Verdict verdict,
    Option<String> rationale, Seq<String> conditions, Instant at) {

  /**
   * Trims the rationale and conditions; throws on a missing part.
   *
   * @param id the id the decision record gets if the attempt is accepted
   * @param reviewer who decides
   * @param verdict what they decide
   * @param rationale why; a blank rationale counts as none, which is rejected ({@code REV-01})
   * @param conditions the conditions of an approval with conditions, trimmed, blank ones dropped
   * @param at when they decide
   */
  public DecisionAttempt {
    requireNonNull(id, "id");
    requireNonNull(reviewer, "reviewer");
    requireNonNull(verdict, "verdict");
    rationale = requireNonNull(rationale, "rationale").map(String::strip).filter(r -> !r.isEmpty());
    conditions = requireNonNull(conditions, "conditions").map(String::strip).filter(c -> !c.isEmpty());
    requireNonNull(at, "at");
  }

  /**
   * {@return an attempt without conditions}
   *
   * @param id the id the decision record gets if the attempt is accepted
   * @param reviewer who decides
   * @param verdict what they decide
   * @param rationale why; a blank rationale counts as none, which is rejected ({@code REV-01})
   * @param at when they decide
   */
  public static DecisionAttempt of(DecisionRecordId id, PersonId reviewer, Verdict verdict, String rationale,
      Instant at) {
    return new DecisionAttempt(id, reviewer, verdict, Option.of(rationale), List.empty(), at);
  }

  /**
   * {@return this attempt with the conditions}
   *
   * @param added the conditions to add, after any it has; blank ones are dropped
   */
  public DecisionAttempt withConditions(String... added) {
    return new DecisionAttempt(id, reviewer, verdict, rationale, conditions.appendAll(List.of(added)), at);
  }
}
