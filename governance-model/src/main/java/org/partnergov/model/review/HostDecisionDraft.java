package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A host decision as the host's data has it: raw text, possibly missing or wrong. The value is
 * left out by leaving out both its amount and its currency. {@link #validate()} turns it into a
 * {@link HostDecision} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class HostDecisionDraft implements SubmissionDraft {

  /** For the implementation Immutables generates, in this package only. */
  HostDecisionDraft() {}

  /** {@return the code of the host-defined decision type} */
  public abstract @Nullable String hostType();

  /** {@return the kind of thing decided about} */
  public abstract @Nullable String subjectKind();

  /** {@return the id of the thing decided about} */
  public abstract @Nullable String subjectId();

  /** {@return the amount of the money at stake, if any} */
  public abstract @Nullable BigDecimal value();

  /** {@return the ISO 4217 code of the value's currency} */
  public abstract @Nullable String currency();

  /** The host decision, or every problem with this draft. */
  @Override
  public Validation<Seq<Problem>, HostDecision> validate() {
    return HostDecision.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link HostDecisionDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableHostDecisionDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
