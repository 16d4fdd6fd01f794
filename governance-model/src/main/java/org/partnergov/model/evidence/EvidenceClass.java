package org.partnergov.model.evidence;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * What an activity counts as: an enablement signal, performance evidence in one dimension, or
 * customer impact. Enablement (training, certification, onboarding, event turnout, collateral use)
 * is visible, never value by itself: reporting it as performance is how activity gets mistaken for
 * value.
 */
public sealed interface EvidenceClass {

  /** An enablement signal: visible, but never value by itself. */
  record Enablement() implements EvidenceClass {}

  /**
   * Evidence that partner work changes performance in one dimension.
   *
   * @param dimension the performance dimension the evidence is about
   */
  record Performance(PerformanceDimension dimension) implements EvidenceClass {
    /**
     * Throws on a missing dimension.
     *
     * @param dimension the performance dimension the evidence is about
     */
    public Performance {
      requireNonNull(dimension, "dimension");
    }
  }

  /** Evidence of an outcome for a customer. */
  record CustomerImpact() implements EvidenceClass {}

  /** {@return an enablement signal} */
  static EvidenceClass enablement() {
    return new Enablement();
  }

  /**
   * {@return performance evidence in the given dimension}
   *
   * @param dimension the performance dimension the evidence is about
   */
  static EvidenceClass performance(PerformanceDimension dimension) {
    return new Performance(dimension);
  }

  /** {@return customer impact} */
  static EvidenceClass customerImpact() {
    return new CustomerImpact();
  }

  /**
   * Handles each case; the compiler makes sure all three are handled.
   *
   * @param <R> the type of the answer
   * @param ifEnablement the function that answers for an enablement signal
   * @param ifPerformance the function that answers for performance evidence
   * @param ifCustomerImpact the function that answers for customer impact
   * @return what the function for this class's case answers
   */
  default <R> R fold(Function<? super Enablement, ? extends R> ifEnablement,
      Function<? super Performance, ? extends R> ifPerformance,
      Function<? super CustomerImpact, ? extends R> ifCustomerImpact) {
    if (this instanceof Enablement enablement) {
      return ifEnablement.apply(enablement);
    }
    return this instanceof Performance performance
        ? ifPerformance.apply(performance)
        : ifCustomerImpact.apply((CustomerImpact) this);
  }

  /**
   * {@return whether this class counts as value: performance evidence or customer impact, never enablement}
   */
  default boolean countsAsValue() {
    return !(this instanceof Enablement);
  }
}

