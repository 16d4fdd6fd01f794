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

  /** Evidence that partner work changes performance in one dimension. */
  record Performance(PerformanceDimension dimension) implements EvidenceClass {
    /** Throws on a missing dimension. */
    public Performance {
      requireNonNull(dimension, "dimension");
    }
  }

  /** Evidence of an outcome for a customer. */
  record CustomerImpact() implements EvidenceClass {}

  /** An enablement signal. */
  static EvidenceClass enablement() {
    return new Enablement();
  }

  /** Performance evidence in the given dimension. */
  static EvidenceClass performance(PerformanceDimension dimension) {
    return new Performance(dimension);
  }

  /** Customer impact. */
  static EvidenceClass customerImpact() {
    return new CustomerImpact();
  }

  /** Handles each case; the compiler makes sure all three are handled. */
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

  /** Whether this class counts as value: performance evidence or customer impact, never enablement. */
  default boolean countsAsValue() {
    return !(this instanceof Enablement);
  }
}

