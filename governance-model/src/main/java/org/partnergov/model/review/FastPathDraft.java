package org.partnergov.model.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.problem.Problem;

/**
 * A fast path as the host's data has it, possibly incomplete.
 *
 * @param threshold the amount below which the fast path may apply
 * @param currency the ISO 4217 code of the threshold's currency
 * @param criteria the criteria that must all hold
 */
public record FastPathDraft(@Nullable BigDecimal threshold, @Nullable String currency,
    Seq<CriterionDraft> criteria) {

  /**
   * Throws on a missing sequence of criteria (an empty one is reported when validated).
   *
   * @param threshold the amount below which the fast path may apply
   * @param currency the ISO 4217 code of the threshold's currency
   * @param criteria the criteria that must all hold
   */
  public FastPathDraft {
    requireNonNull(criteria, "criteria");
  }

  /** {@return the fast path, or every problem with this draft} */
  public Validation<Seq<Problem>, FastPath> validate() {
    return FastPath.parse(this);
  }
}
