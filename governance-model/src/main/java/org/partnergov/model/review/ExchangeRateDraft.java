package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * An exchange rate as the host's data has it: one a stored decision record cites.
 *
 * @param from the ISO 4217 code of the currency converted from
 * @param to the ISO 4217 code of the currency converted into
 * @param on the day the rate holds for
 * @param rate how many units of {@code to} one unit of {@code from} is worth
 */
public record ExchangeRateDraft(@Nullable String from, @Nullable String to, @Nullable LocalDate on,
    @Nullable BigDecimal rate) {

  /**
   * {@return the rate, or every problem with this draft: an unknown or missing currency, the same
   * currency on both sides, no day, no rate or one not greater than zero}
   */
  public Validation<Seq<Problem>, ExchangeRate> validate() {
    Checks checks = Checks.start();
    Currency source = checks.currency("from", from);
    Currency target = checks.currency("to", to);
    LocalDate day = checks.present("on", on);
    BigDecimal value = checks.present("rate", rate);
    if (source != null && target != null) {
      checks.that(!source.equals(target), ProblemCode.INCONSISTENT, "to",
          "an exchange rate converts between two currencies, not " + source + " to itself");
    }
    if (value != null) {
      checks.that(value.signum() > 0, ProblemCode.NOT_POSITIVE, "rate", "must be greater than zero, not "
          + value.toPlainString());
    }
    return checks.result(() -> new ExchangeRate(source, target, day, value));
  }

  /**
   * {@return the draft of a rate, as a host would store it}
   *
   * @param rate the rate
   */
  public static ExchangeRateDraft of(ExchangeRate rate) {
    return new ExchangeRateDraft(rate.from().getCurrencyCode(), rate.to().getCurrencyCode(), rate.on(), rate.rate());
  }
}
