package org.partnergov.model.escalation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * An escalation path as the host's data has it. Category and severity names are read without
 * regard to case. {@link #validate()} turns it into an {@link EscalationPath} or reports every
 * problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class EscalationPathDraft {

  /** For the implementation Immutables generates, in this package only. */
  EscalationPathDraft() {}

  /** {@return the path's id} */
  public abstract @Nullable String id();

  /** {@return a {@link ConsequenceCategory} name} */
  public abstract @Nullable String category();

  /** {@return a {@link Severity} name} */
  public abstract @Nullable String minimumSeverity();

  /** {@return the levels in escalation order} */
  @Value.Default
  public Seq<EscalationLevelDraft> levels() {
    return List.empty();
  }

  /** {@return the path, or every problem with this draft} */
  public Validation<Seq<Problem>, EscalationPath> validate() {
    return EscalationPath.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in an {@link EscalationPathDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableEscalationPathDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
