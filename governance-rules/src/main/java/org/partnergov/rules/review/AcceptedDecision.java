package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.review.DecisionRecord;

/**
 * A decision attempt the rules accepted: the case after it, the decision record to keep (in the
 * decision log, for instance), the event it added, and a sentence saying what happened.
 *
 * @param reviewCase the case after the decision
 * @param record the decision record, with the exchange rates the decision counted amounts at
 * @param event the event added to the case
 * @param explanation what was decided, by whom, under which right, and what the case needs next;
 *     it cites the exchange rates used
 */
public record AcceptedDecision(ReviewCase reviewCase, DecisionRecord record, CaseEvent event, String explanation) {

  /**
   * Throws on a missing part.
   *
   * @param reviewCase the case after the decision
   * @param record the decision record
   * @param event the event added to the case
   * @param explanation what was decided, by whom, under which right, and what the case needs next
   */
  public AcceptedDecision {
    requireNonNull(reviewCase, "reviewCase");
    requireNonNull(record, "record");
    requireNonNull(event, "event");
    requireNonNull(explanation, "explanation");
  }

  /**
   * {@return every exchange rate the decision rests on, each once: the plan's, then those its
   * approval counted the request's totals, amount bands and fund caps at; empty when every amount
   * was in one currency} They are the record's ({@link DecisionRecord#exchangeRates()}).
   */
  public Seq<ExchangeRate> rates() {
    return record.exchangeRates();
  }
}
