package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A readiness claim as the host's data has it: raw text, possibly missing or wrong.
 * {@link #validate()} turns it into a {@link ReadinessClaim} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class ReadinessClaimDraft implements SubmissionDraft {

  /** For the implementation Immutables generates, in this package only. */
  ReadinessClaimDraft() {}

  /** {@return the name of the launch the partner claims to be ready for} */
  public abstract @Nullable String launch();

  /** {@return when the launch takes place} */
  public abstract @Nullable Instant launchDate();

  /** {@return the readiness criteria the partner claims to meet} */
  @Value.Default
  public Seq<String> claimedCriteria() {
    return List.empty();
  }

  /** The readiness claim, or every problem with this draft. */
  @Override
  public Validation<Seq<Problem>, ReadinessClaim> validate() {
    return ReadinessClaim.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link ReadinessClaimDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableReadinessClaimDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
