package org.partnergov.rules.evidence;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An exact running sum of {@code BigDecimal}s that allocates nothing per addition in the common
 * case, for {@link Counter}: a value of at most 15 significant digits and a scale from 0 to 15 is
 * added as a {@code long} number of units of the largest scale seen so far; any other value, and
 * any sum that would overflow a {@code long}, goes to a {@code BigDecimal} instead. The sum is
 * exact either way, and its scale is the largest of zero and the scales of the values added, as
 * with {@code BigDecimal.ZERO.add(...)}.
 *
 * <p>The units of a value are read without allocating through {@link BigDecimal#doubleValue}:
 * for fewer than 2^50 units, the double is within a relative 2^-52 of the true quotient, so
 * multiplying it back by the power of ten and rounding gives the units exactly. The state sits in
 * final arrays (fields stay final, as everywhere in the library).
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

  /** The units counted, and the scale they are counted at. */
  private final long[] units = {0, 0};
  /** What did not fit in {@code units}, or null. */
  private final @Nullable BigDecimal[] beyond = {null};

  /** Adds the value. */
  void add(BigDecimal value) {
    int scale = value.scale();
    if (scale < 0 || scale > MAX_DIGITS || value.precision() > MAX_DIGITS) {
      spill(value);
      return;
    }
    long added = Math.round(value.doubleValue() * TEN_TO_DOUBLE[scale]);
    int sumScale = (int) units[1];
    try {
      if (scale > sumScale) {
        units[0] = Math.multiplyExact(units[0], TEN_TO[scale - sumScale]);
        units[1] = scale;
      } else if (scale < sumScale) {
        added = Math.multiplyExact(added, TEN_TO[sumScale - scale]);
      }
      units[0] = Math.addExact(units[0], added);
    } catch (ArithmeticException overflow) {
      spill(value); // units unchanged in value (perhaps counted at a larger scale)
    }
  }

  private void spill(BigDecimal value) {
    BigDecimal before = beyond[0];
    beyond[0] = before == null ? value : before.add(value);
  }

  /** The sum of the values added; zero when none was. */
  BigDecimal value() {
    BigDecimal counted = BigDecimal.valueOf(units[0], (int) units[1]);
    BigDecimal rest = beyond[0];
    return rest == null ? counted : counted.add(rest);
  }
}
