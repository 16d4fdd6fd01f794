package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.problem.Problem;

/**
 * A criterion as the host's data has it: a code and a description, possibly missing.
 *
 * @param code the criterion's code, in any case
 * @param description what the criterion asks
 */
public record CriterionDraft(@Nullable String code, @Nullable String description) {

  /** {@return the criterion, or every problem with this draft} */
  public Validation<Seq<Problem>, Criterion> validate() {
    return Criterion.parse(this);
  }
}
