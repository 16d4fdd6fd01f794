package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.ExchangeRates;
import org.partnergov.model.money.Money;
import org.partnergov.model.review.ExceptionRequest;

/**
 * Counting the amounts one request's review meets in other currencies: through the policy's
 * exchange rates, at the rate for the request's submission day (UTC), whichever amount it is.
 */
final class Exchange {

  private final Option<ExchangeRates> rates;
  private final LocalDate on;

  Exchange(ReviewPolicy policy, ExceptionRequest request) {
    this.rates = policy.exchangeRates();
    this.on = LocalDate.ofInstant(request.submittedAt(), ZoneOffset.UTC);
  }

  /** Whether the policy gives exchange rates at all (so a missing one is REV-08 rather than REV-04). */
  boolean withRates() {
    return rates.isDefined();
  }

  /** The amount to be counted in another currency, with the host's rate for it if it has one. */
  Conversion convert(Money amount, Currency into) {
    return new Conversion(amount, into, on, rates.flatMap(r -> answer(r, amount.currency(), into)));
  }

  /** The host's answer, checked: a rate of exactly the pair, for the day or an earlier one. */
  private Option<ExchangeRate> answer(ExchangeRates host, Currency from, Currency to) {
    Option<ExchangeRate> rate = requireNonNull(host.rate(from, to, on), "the host's exchange rates answered null");
    for (ExchangeRate r : rate) {
      if (!r.from().equals(from) || !r.to().equals(to) || r.on().isAfter(on)) {
        throw new IllegalStateException("asked for the rate from " + from + " to " + to + " on " + on
            + ", the host's exchange rates answered " + r);
      }
    }
    return rate;
  }
}
