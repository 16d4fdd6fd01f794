package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * An incentive exception as the host's data has it: raw text, possibly missing or wrong.
 * {@link #validate()} turns it into an {@link IncentiveException} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class IncentiveExceptionDraft implements SubmissionDraft {

  /** For the implementation Immutables generates, in this package only. */
  IncentiveExceptionDraft() {}

  /** {@return the name of the incentive rule or program the exception is from} */
  public abstract @Nullable String incentive();

  /** {@return the amount asked for} */
  public abstract @Nullable BigDecimal amount();

  /** {@return the ISO 4217 code of the amount's currency} */
  public abstract @Nullable String currency();

  /** {@return the deviation from the rule that is asked for} */
  public abstract @Nullable String deviation();

  /** The incentive exception, or every problem with this draft. */
  @Override
  public Validation<Seq<Problem>, IncentiveException> validate() {
    return IncentiveException.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link IncentiveExceptionDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableIncentiveExceptionDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
