package org.partnergov.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** {@link ExactSum} against {@code BigDecimal.ZERO.add(...)}: the same value and the same scale. */
class ExactSumProperties {

  /**
   * Values around the fast path's edges: a few digits, 15 and 16 digits, up to a long's range and
   * beyond it; scales from -3 to 20 (the fast path takes 0 to 15).
   */
  static Gen<BigDecimal> values() {
    Gen<BigInteger> unscaled = Generate.pick(List.of(1L, 9_999L, 999_999_999_999_999L, 1_000_000_000_000_000L,
            Long.MAX_VALUE / 3)).zip(SourceDSL.longs().between(0, Long.MAX_VALUE), (bound, n) -> n % (bound + 1))
        .map(BigInteger::valueOf)
        .mix(SourceDSL.longs().all().map(n -> BigInteger.valueOf(n).multiply(BigInteger.valueOf(Long.MAX_VALUE))), 10);
    return unscaled.zip(SourceDSL.integers().between(-3, 20), BigDecimal::new);
  }

  @Test
  void theSumIsExactWithTheScaleOfBigDecimalAddition() {
    qt().withExamples(20_000).forAll(SourceDSL.lists().of(values()).ofSizeBetween(0, 40)).checkAssert(values -> {
      long[] units = new long[2];
      BigDecimal[] beyond = new BigDecimal[1];
      BigDecimal expected = BigDecimal.ZERO;
      for (BigDecimal v : values) {
        ExactSum.add(units, 0, beyond, 0, v);
        expected = expected.add(v);
      }
      assertThat(ExactSum.value(units, 0, beyond, 0)).isEqualTo(expected);
    });
  }

  @Test
  void sumsPastALongSpillOverExactly() {
    long[] units = {7, 0, 0}; // a sum at offset 1, beside another slot
    BigDecimal[] beyond = new BigDecimal[2];
    BigDecimal big = new BigDecimal("99999999999999.9");
    BigDecimal expected = BigDecimal.ZERO;
    for (int i = 0; i < 200_000; i++) {
      ExactSum.add(units, 1, beyond, 1, big);
      expected = expected.add(big);
    }
    ExactSum.add(units, 1, beyond, 1, new BigDecimal("0.000000000000001"));
    expected = expected.add(new BigDecimal("0.000000000000001"));
    assertThat(ExactSum.value(units, 1, beyond, 1)).isEqualTo(expected);
    assertThat(units[0]).isEqualTo(7);
    assertThat(beyond[0]).isNull();
  }
}
