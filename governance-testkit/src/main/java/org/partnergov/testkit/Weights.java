package org.partnergov.testkit;

import io.vavr.control.Option;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** How the generators weigh their choices. */
final class Weights {

  private Weights() {}

  /** A generator with its weight, for {@link Generate#frequency}. */
  static <T> Pair<Integer, Gen<T>> pair(int weight, Gen<T> gen) {
    return Pair.of(weight, gen);
  }

  /** Some value of the generator {@code percentSome} times in a hundred, else none. */
  static <T> Gen<Option<T>> maybe(Gen<T> values, int percentSome) {
    return Generate.frequency(pair(100 - percentSome, Generate.constant(Option.<T>none())),
        pair(percentSome, values.map(Option::some)));
  }
}
