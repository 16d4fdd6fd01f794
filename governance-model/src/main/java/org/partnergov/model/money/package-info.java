/**
 * Money as {@code BigDecimal} and {@code Currency}, never {@code double}, and bands of amounts.
 * Combining two currencies is a typed {@link org.partnergov.model.money.CurrencyMismatch}.
 */
@NullMarked
package org.partnergov.model.money;

import org.jspecify.annotations.NullMarked;
