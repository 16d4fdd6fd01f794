package org.partnergov.model.evidence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A value claim as the host's data has it. Give exactly one of {@link #dimension()} (a
 * {@link PerformanceDimension} name, read without regard to case) and {@link #customerOutcome()}.
 * The period runs from {@link #validFrom()} to {@link #validUntil()}, or is open-ended without an
 * end. {@link #validate()} turns it into a {@link ValueClaim} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class ValueClaimDraft {

  /** For the implementation Immutables generates, in this package only. */
  ValueClaimDraft() {}

  /** {@return the claim's id} */
  public abstract @Nullable String id();

  /** {@return the partner's id} */
  public abstract @Nullable String partner();

  /** {@return the program's id, if any} */
  public abstract @Nullable String program();

  /** {@return a {@link PerformanceDimension} name, for a claim about performance} */
  public abstract @Nullable String dimension();

  /** {@return the customer outcome, for a claim about customer impact} */
  public abstract @Nullable String customerOutcome();

  /** {@return the start of the period the claim covers} */
  public abstract @Nullable Instant validFrom();

  /** {@return the end of the period the claim covers, if it ends} */
  public abstract @Nullable Instant validUntil();

  /** {@return the ids of the cited activity records} */
  @Value.Default
  public Seq<String> cited() {
    return List.empty();
  }

  /** {@return the id of the person making the claim} */
  public abstract @Nullable String claimant();

  /** {@return the claim in the claimant's words} */
  public abstract @Nullable String statement();

  /** {@return when the claim was made} */
  public abstract @Nullable Instant madeAt();

  /** {@return the claim, or every problem with this draft} */
  public Validation<Seq<Problem>, ValueClaim> validate() {
    return ValueClaim.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link ValueClaimDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableValueClaimDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
