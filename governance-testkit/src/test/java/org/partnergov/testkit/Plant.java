package org.partnergov.testkit;

import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import java.util.function.UnaryOperator;
import org.partnergov.model.problem.Problem;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Plants invalid fields into valid drafts, to check that a factory reports exactly one problem
 * per planted field, at that field's path.
 */
public final class Plant {

  private Plant() {}

  /** Breaks one field of a draft; {@code path} is where the problem must be reported. */
  public record Breaker<D>(String path, UnaryOperator<D> apply) {}

  /** A draft with some fields broken, and the paths of the broken fields. */
  public record Planted<D>(D draft, Set<String> paths) {}

  /** A field broken by {@code apply}, to be reported at {@code path}. */
  public static <D> Breaker<D> at(String path, UnaryOperator<D> apply) {
    return new Breaker<>(path, apply);
  }

  /** Valid drafts with a random subset of the breakers applied (often none, sometimes all). */
  @SafeVarargs
  public static <D> Gen<Planted<D>> some(Gen<D> valid, Breaker<D>... breakers) {
    Gen<java.util.List<Boolean>> masks = lists().of(Generate.booleans()).ofSize(breakers.length);
    return valid.zip(masks, (draft, mask) -> {
      D broken = draft;
      Set<String> paths = TreeSet.empty();
      for (int i = 0; i < breakers.length; i++) {
        if (mask.get(i)) {
          broken = breakers[i].apply().apply(broken);
          paths = paths.add(breakers[i].path());
        }
      }
      return new Planted<>(broken, paths);
    });
  }

  /** The paths a validation reported, one entry per problem, or empty when valid. */
  public static Seq<String> reportedPaths(Validation<Seq<Problem>, ?> result) {
    return result.isValid() ? List.empty() : result.getError().map(Problem::path);
  }
}
