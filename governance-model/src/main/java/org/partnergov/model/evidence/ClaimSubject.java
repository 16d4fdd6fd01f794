package org.partnergov.model.evidence;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.partnergov.model.internal.Text;

/**
 * What a value claim says partner work changed: performance in one dimension, or an outcome for
 * customers, described in the claimant's words.
 */
public sealed interface ClaimSubject {

  /**
   * A change of performance in one dimension.
   *
   * @param dimension the performance dimension that changed
   */
  record Dimension(PerformanceDimension dimension) implements ClaimSubject {
    /**
     * Throws on a missing dimension.
     *
     * @param dimension the performance dimension that changed
     */
    public Dimension {
      requireNonNull(dimension, "dimension");
    }
  }

  /**
   * An outcome for customers, for example "cut onboarding time for new customers in half".
   *
   * @param description the outcome, in the claimant's words; trimmed, never blank
   */
  record CustomerOutcome(String description) implements ClaimSubject {
    /**
     * Trims; throws on a blank description.
     *
     * @param description the outcome, in the claimant's words; trimmed, never blank
     */
    public CustomerOutcome {
      description = Text.nonBlank(description, "description");
    }
  }

  /**
   * {@return a claim about performance in the dimension}
   *
   * @param dimension the performance dimension that changed
   */
  static ClaimSubject dimension(PerformanceDimension dimension) {
    return new Dimension(dimension);
  }

  /**
   * {@return a claim about the described customer outcome}
   *
   * @param description the outcome, in the claimant's words; trimmed, never blank
   */
  static ClaimSubject customerOutcome(String description) {
    return new CustomerOutcome(description);
  }

  /**
   * Handles each case; the compiler makes sure both are handled.
   *
   * @param <R> the type of the answer
   * @param ifDimension the function that answers for a change of performance
   * @param ifCustomerOutcome the function that answers for a customer outcome
   * @return what the function for this subject's case answers
   */
  default <R> R fold(Function<? super Dimension, ? extends R> ifDimension,
      Function<? super CustomerOutcome, ? extends R> ifCustomerOutcome) {
    return this instanceof Dimension dimension
        ? ifDimension.apply(dimension)
        : ifCustomerOutcome.apply((CustomerOutcome) this);
  }
}
