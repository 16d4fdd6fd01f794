package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * An escalation resolution as the host's data has it: raw text, possibly missing or wrong.
 * {@link #validate()} turns it into an {@link EscalationResolution} or reports every problem at
 * once.
 */
@Value.Immutable
@ModelStyle
public abstract class EscalationResolutionDraft implements SubmissionDraft {

  /** For the implementation Immutables generates, in this package only. */
  EscalationResolutionDraft() {}

  /** {@return the id of the escalation to resolve} */
  public abstract @Nullable String escalation();

  /** {@return the resolution proposed} */
  public abstract @Nullable String resolution();

  /** The escalation resolution, or every problem with this draft. */
  @Override
  public Validation<Seq<Problem>, EscalationResolution> validate() {
    return EscalationResolution.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in an {@link EscalationResolutionDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableEscalationResolutionDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
