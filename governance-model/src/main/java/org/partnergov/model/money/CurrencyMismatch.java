package org.partnergov.model.money;

import static java.util.Objects.requireNonNull;

import java.util.Currency;

/**
 * Two amounts of different currencies were combined or compared. The library converts an amount
 * only through the host's own {@link ExchangeRates}, never by a rate of its own.
 *
 * @param expected the currency of the value acted on
 * @param actual the currency of the other value
 */
public record CurrencyMismatch(Currency expected, Currency actual) {

  /** The stable code, shared with the input problem of the same meaning. */
  public static final String CODE = "VAL-04";

  /**
   * Checks that both currencies are present.
   *
   * @param expected the currency of the value acted on
   * @param actual the currency of the other value
   */
  public CurrencyMismatch {
    requireNonNull(expected, "expected");
    requireNonNull(actual, "actual");
  }

  /** {@return a plain explanation} */
  public String message() {
    return "cannot combine " + actual.getCurrencyCode() + " with " + expected.getCurrencyCode();
  }
}
