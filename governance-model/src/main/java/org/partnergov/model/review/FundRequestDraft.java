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
 * A fund request as the host's data has it: raw text, possibly missing or wrong. The kind is read
 * without regard to case ({@code "coop"} is {@link FundKind#COOP}); the activity period is left
 * out by leaving out both its start and its end. {@link #validate()} turns it into a
 * {@link FundRequest} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class FundRequestDraft implements SubmissionDraft {

  /** For the implementation Immutables generates, in this package only. */
  FundRequestDraft() {}

  /** {@return a {@link FundKind} name} */
  public abstract @Nullable String kind();

  /** {@return the amount asked for} */
  public abstract @Nullable BigDecimal amount();

  /** {@return the ISO 4217 code of the amount's currency} */
  public abstract @Nullable String currency();

  /** {@return what the funds pay for} */
  public abstract @Nullable String purpose();

  /** {@return when the funded activity starts, if known} */
  public abstract @Nullable Instant activityStart();

  /** {@return when the funded activity ends, if known} */
  public abstract @Nullable Instant activityEnd();

  /** The fund request, or every problem with this draft. */
  @Override
  public Validation<Seq<Problem>, FundRequest> validate() {
    return FundRequest.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link FundRequestDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableFundRequestDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
