package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A tier change as the host's data has it: raw text, possibly missing or wrong.
 * {@link #validate()} turns it into a {@link TierChange} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class TierChangeDraft implements SubmissionDraft {

  /** For the implementation Immutables generates, in this package only. */
  TierChangeDraft() {}

  /** {@return the name of the tier asked for} */
  public abstract @Nullable String tier();

  /** The tier change, or every problem with this draft. */
  @Override
  public Validation<Seq<Problem>, TierChange> validate() {
    return TierChange.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link TierChangeDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableTierChangeDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
