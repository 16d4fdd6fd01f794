package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A commitment to a customer as the host's data has it: raw text, possibly missing or wrong. The
 * value is left out by leaving out both its amount and its currency. {@link #validate()} turns it
 * into a {@link Commitment} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class CommitmentDraft implements SubmissionDraft {

  /** For the implementation Immutables generates, in this package only. */
  CommitmentDraft() {}

  /** {@return the id of the customer the promise is made to} */
  public abstract @Nullable String customer();

  /** {@return what is promised} */
  public abstract @Nullable String promise();

  /** {@return when the promise falls due} */
  public abstract @Nullable Instant dueBy();

  /** {@return the amount of the commitment's value, if it has one} */
  public abstract @Nullable BigDecimal value();

  /** {@return the ISO 4217 code of the value's currency} */
  public abstract @Nullable String currency();

  /** The commitment, or every problem with this draft. */
  @Override
  public Validation<Seq<Problem>, Commitment> validate() {
    return Commitment.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link CommitmentDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableCommitmentDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
