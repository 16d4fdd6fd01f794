package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A review step as the host's data has it. Give exactly one of {@link #person()},
 * {@link #role()} and {@link #team()} as the reviewer. {@link #validate()} turns it into a
 * {@link ReviewStep} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class ReviewStepDraft {

  /** For the implementation Immutables generates, in this package only. */
  ReviewStepDraft() {}

  /** {@return the id of the person who reviews, for a named reviewer} */
  public abstract @Nullable String person();

  /** {@return the name of the role that reviews, for whoever holds it} */
  public abstract @Nullable String role();

  /** {@return the id of the org unit that reviews, for a whole team} */
  public abstract @Nullable String team();

  /** {@return the criteria checked at this step} */
  @Value.Default
  public Seq<CriterionDraft> criteria() {
    return List.empty();
  }

  /** {@return how long the reviewer has} */
  public abstract @Nullable Duration timeLimit();

  /** {@return the review step, or every problem with this draft} */
  public Validation<Seq<Problem>, ReviewStep> validate() {
    return ReviewStep.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link ReviewStepDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableReviewStepDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
