package org.partnergov.model.evidence;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.partnergov.model.internal.Text;

/**
 * What a value claim says partner work changed: performance in one dimension, or an outcome for
 * customers, described in the claimant's words.
 */
public sealed interface ClaimSubject {

  /** A change of performance in one dimension. */
  record Dimension(PerformanceDimension dimension) implements ClaimSubject {
    /** Throws on a missing dimension. */
    public Dimension {
      requireNonNull(dimension, "dimension");
    }
  }

  /** An outcome for customers, for example "cut onboarding time for new customers in half". */
  record CustomerOutcome(String description) implements ClaimSubject {
    /** Trims; throws on a blank description. */
    public CustomerOutcome {
      description = Text.nonBlank(description, "description");
    }
  }

  /** A claim about performance in the dimension. */
  static ClaimSubject dimension(PerformanceDimension dimension) {
    return new Dimension(dimension);
  }

  /** A claim about the described customer outcome. */
  static ClaimSubject customerOutcome(String description) {
    return new CustomerOutcome(description);
  }

  /** Handles each case; the compiler makes sure both are handled. */
  default <R> R fold(Function<? super Dimension, ? extends R> ifDimension,
      Function<? super CustomerOutcome, ? extends R> ifCustomerOutcome) {
    return this instanceof Dimension dimension
        ? ifDimension.apply(dimension)
        : ifCustomerOutcome.apply((CustomerOutcome) this);
  }
}
