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

  /** The capability the criterion qualifies. */
  public abstract @Nullable String capability();

  /** {@code performance} or {@code customer impact}. */
  public abstract @Nullable String evidenceClass();

  /** A {@link PerformanceDimension} name, for performance evidence. */
  public abstract @Nullable String dimension();

  /** A {@link Provenance} name. */
  public abstract @Nullable String minimumProvenance();

  /** How many qualifying records are needed. */
  public abstract @Nullable Integer minimumCount();

  /** How old a record may be and still count. */
  public abstract @Nullable Duration validityWindow();

  /** The criterion, or every problem with this draft. */
  public Validation<Seq<Problem>, QualificationCriterion> validate() {
    return QualificationCriterion.parse(this);
  }

  /** An empty draft to fill in. */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link QualificationCriterionDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableQualificationCriterionDraft.Builder {}
}
