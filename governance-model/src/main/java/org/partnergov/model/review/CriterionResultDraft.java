package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.problem.Problem;

/**
 * A criterion result as the host's data has it, possibly incomplete.
 *
 * @param criterion the criterion's code, in any case
 * @param met whether the criterion held
 * @param explanation why it held or not
 */
public record CriterionResultDraft(@Nullable String criterion, @Nullable Boolean met,
    @Nullable String explanation) {

  /** {@return the criterion result, or every problem with this draft} */
  public Validation<Seq<Problem>, CriterionResult> validate() {
    return CriterionResult.parse(this);
  }
}
