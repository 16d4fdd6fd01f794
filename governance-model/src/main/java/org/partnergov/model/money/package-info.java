/**
 * Money as {@code BigDecimal} and {@code Currency}, never {@code double}, bands of amounts, and
 * thresholds given in one currency or several. Combining two currencies is a typed
 * {@link org.partnergov.model.money.CurrencyMismatch}; an amount is counted in another currency
 * only through an {@link org.partnergov.model.money.ExchangeRate} of the host's own
 * {@link org.partnergov.model.money.ExchangeRates}, never a rate the library makes up.
 */
@NullMarked
package org.partnergov.model.money;

import org.jspecify.annotations.NullMarked;
