package org.partnergov.rules.evidence;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An exact running sum of {@code BigDecimal}s that allocates nothing per addition in the common
 * case, kept in slots of its owner's arrays (so that a {@link Counter}'s whole state is one
 * {@code long[]} read at once): two {@code long} slots for a number of units and the scale they
 * are counted at, and one {@code BigDecimal} slot for what did not fit. A value of at most 15
 * significant digits and a scale from 0 to 15 is added as units of the largest scale seen so
 * far; any other value, and any sum that would overflow a {@code long}, goes to the
 * {@code BigDecimal} slot instead. The sum is exact either way, and its scale is the largest of
 * zero and the scales of the values added, as with {@code BigDecimal.ZERO.add(...)}.
 *
 * <p>The units of a value are read without allocating through {@link BigDecimal#doubleValue}:
 * for fewer than 2^50 units, the double is within a relative 2^-52 of the true quotient, so
 * multiplying it back by the power of ten and rounding gives the units exactly.
 */
final class ExactSum {

  private static final int MAX_DIGITS = 15;
  private static final long[] TEN_TO = new long[MAX_DIGITS + 1];
  private static final double[] TEN_TO_DOUBLE = new double[MAX_DIGITS + 1];

  static {
    long power = 1;
    for (int i = 0; i <= MAX_DIGITS; i++) {
      TEN_TO[i] = power;
      TEN_TO_DOUBLE[i] = power;
      power *= 10;
    }
  }

  private ExactSum() {}

  /**
   * Adds the value to the sum kept in {@code units[at]} (units), {@code units[at + 1]} (their
   * scale, zero at first) and {@code beyond[slot]} (what did not fit, null at first).
   */
  static void add(long[] units, int at, @Nullable BigDecimal[] beyond, int slot, BigDecimal value) {
    int scale = value.scale();
    if (scale < 0 || scale > MAX_DIGITS || value.precision() > MAX_DIGITS) {
      spill(beyond, slot, value);
      return;
    }
    long added = Math.round(value.doubleValue() * TEN_TO_DOUBLE[scale]);
    int sumScale = (int) units[at + 1];
    try {
      if (scale > sumScale) {
        units[at] = Math.multiplyExact(units[at], TEN_TO[scale - sumScale]);
        units[at + 1] = scale;
      } else if (scale < sumScale) {
        added = Math.multiplyExact(added, TEN_TO[sumScale - scale]);
      }
      units[at] = Math.addExact(units[at], added);
    } catch (ArithmeticException overflow) {
      spill(beyond, slot, value); // the units keep their value (perhaps counted at a larger scale)
    }
  }

  private static void spill(@Nullable BigDecimal[] beyond, int slot, BigDecimal value) {
    BigDecimal before = beyond[slot];
    beyond[slot] = before == null ? value : before.add(value);
  }

  /** The sum kept in these slots; zero when nothing was added. */
  static BigDecimal value(long[] units, int at, @Nullable BigDecimal[] beyond, int slot) {
    BigDecimal counted = BigDecimal.valueOf(units[at], (int) units[at + 1]);
    BigDecimal rest = beyond[slot];
    return rest == null ? counted : counted.add(rest);
  }
}
