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

  /** The claim's id. */
  public abstract @Nullable String id();

  /** The partner's id. */
  public abstract @Nullable String partner();

  /** The program's id, if any. */
  public abstract @Nullable String program();

  /** A {@link PerformanceDimension} name, for a claim about performance. */
  public abstract @Nullable String dimension();

  /** The customer outcome, for a claim about customer impact. */
  public abstract @Nullable String customerOutcome();

  /** The start of the period the claim covers. */
  public abstract @Nullable Instant validFrom();

  /** The end of the period the claim covers, if it ends. */
  public abstract @Nullable Instant validUntil();

  /** The ids of the cited activity records. */
  @Value.Default
  public Seq<String> cited() {
    return List.empty();
  }

  /** The id of the person making the claim. */
  public abstract @Nullable String claimant();

  /** The claim in the claimant's words. */
  public abstract @Nullable String statement();

  /** When the claim was made. */
  public abstract @Nullable Instant madeAt();

  /** The claim, or every problem with this draft. */
  public Validation<Seq<Problem>, ValueClaim> validate() {
    return ValueClaim.parse(this);
  }

  /** An empty draft to fill in. */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link ValueClaimDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableValueClaimDraft.Builder {}
}
