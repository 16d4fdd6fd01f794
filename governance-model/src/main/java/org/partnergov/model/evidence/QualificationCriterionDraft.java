package org.partnergov.model.evidence;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A qualification criterion as the host's data has it. The evidence class is
 * {@code "performance"} (then give a {@link PerformanceDimension} name) or
 * {@code "customer impact"}; names are read without regard to case. {@link #validate()} turns it
 * into a {@link QualificationCriterion} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class QualificationCriterionDraft {

  /** For the implementation Immutables generates, in this package only. */
  QualificationCriterionDraft() {}

  /** {@return the capability the criterion qualifies} */
  public abstract @Nullable String capability();

  /** {@return the evidence class: {@code performance} or {@code customer impact}} */
  public abstract @Nullable String evidenceClass();

  /** {@return a {@link PerformanceDimension} name, for performance evidence} */
  public abstract @Nullable String dimension();

  /** {@return a {@link Provenance} name} */
  public abstract @Nullable String minimumProvenance();

  /** {@return how many qualifying records are needed} */
  public abstract @Nullable Integer minimumCount();

  /** {@return how old a record may be and still count} */
  public abstract @Nullable Duration validityWindow();

  /** {@return the criterion, or every problem with this draft} */
  public Validation<Seq<Problem>, QualificationCriterion> validate() {
    return QualificationCriterion.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link QualificationCriterionDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableQualificationCriterionDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
