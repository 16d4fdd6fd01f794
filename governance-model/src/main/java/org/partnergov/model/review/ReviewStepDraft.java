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

  /** The id of the person who reviews, for a named reviewer. */
  public abstract @Nullable String person();

  /** The name of the role that reviews, for whoever holds it. */
  public abstract @Nullable String role();

  /** The id of the org unit that reviews, for a whole team. */
  public abstract @Nullable String team();

  /** The criteria checked at this step. */
  @Value.Default
  public Seq<CriterionDraft> criteria() {
    return List.empty();
  }

  /** How long the reviewer has. */
  public abstract @Nullable Duration timeLimit();

  /** The review step, or every problem with this draft. */
  public Validation<Seq<Problem>, ReviewStep> validate() {
    return ReviewStep.parse(this);
  }

  /** An empty draft to fill in. */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link ReviewStepDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableReviewStepDraft.Builder {}
}
