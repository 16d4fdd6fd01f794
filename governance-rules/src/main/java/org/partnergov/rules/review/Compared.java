package org.partnergov.rules.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Currency;
import org.partnergov.model.money.Money;
import org.partnergov.model.review.ReviewPath;

/**
 * A request's total (with its related requests, SOD-08) and own amount as its review path's
 * thresholds see them: in the request's currency when the path gives its thresholds in it (or sets
 * none), else counted in the path's base currency through the host's exchange rates.
 *
 * @param total the total compared with the thresholds; none when no money is at stake or no rate counts it
 * @param own the request's own amount compared with the thresholds; none likewise
 * @param conversions the conversions of the total and the own amount, when the path needed them
 */
record Compared(Option<Money> total, Option<Money> own, Seq<Conversion> conversions) {

  static Compared of(ReviewPath path, RequestFacts facts, Exchange exchange) {
    Option<Money> total = facts.total();
    Seq<Currency> currencies = path.currencies();
    if (total.isEmpty() || currencies.isEmpty() || currencies.contains(total.get().currency())) {
      return new Compared(total, facts.request().amount(), List.empty());
    }
    Conversion ofTotal = exchange.convert(total.get(), currencies.head());
    Conversion ofOwn = exchange.convert(facts.request().amount().get(), currencies.head());
    return new Compared(ofTotal.counted(), ofOwn.counted(), List.of(ofTotal, ofOwn).distinct());
  }

  /** The conversion of the total, when the path needed one. */
  Option<Conversion> ofTotal() {
    return conversions.headOption();
  }
}
