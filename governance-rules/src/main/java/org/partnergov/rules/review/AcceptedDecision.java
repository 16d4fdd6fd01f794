package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.review.DecisionRecord;

/**
 * A decision attempt the rules accepted: the case after it, the decision record to keep (in the
 * decision log, for instance), the event it added, a sentence saying what happened, and the
 * exchange rates the decision counted amounts at (keep them with the record: they are what its
 * thresholds, totals and caps were read through).
 *
 * @param reviewCase the case after the decision
 * @param record the decision record
 * @param event the event added to the case
 * @param explanation what was decided, by whom, under which right, and what the case needs next;
 *     it cites the exchange rates used
 * @param rates every exchange rate the decision rests on, each once: the plan's, then those its
 *     approval counted the request's totals, amount bands and fund caps at; empty when every
 *     amount was in one currency
 */
public record AcceptedDecision(ReviewCase reviewCase, DecisionRecord record, CaseEvent event, String explanation,
    Seq<ExchangeRate> rates) {

  /**
   * Throws on a missing part.
   *
   * @param reviewCase the case after the decision
   * @param record the decision record
   * @param event the event added to the case
   * @param explanation what was decided, by whom, under which right, and what the case needs next
   * @param rates every exchange rate the decision rests on, each once
   */
  public AcceptedDecision {
    requireNonNull(reviewCase, "reviewCase");
    requireNonNull(record, "record");
    requireNonNull(event, "event");
    requireNonNull(explanation, "explanation");
    rates = requireNonNull(rates, "rates").distinct();
  }

  /**
   * A decision that counted no amount in another currency.
   *
   * @param reviewCase the case after the decision
   * @param record the decision record
   * @param event the event added to the case
   * @param explanation what was decided, by whom, under which right, and what the case needs next
   */
  public AcceptedDecision(ReviewCase reviewCase, DecisionRecord record, CaseEvent event, String explanation) {
    this(reviewCase, record, event, explanation, List.empty());
  }
}
