package org.partnergov.model.party;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A program as the host's data has it. {@link #validate()} turns it into a {@link Program} or
 * reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class ProgramDraft {

  /** For the implementation Immutables generates, in this package only. */
  ProgramDraft() {}

  /** {@return the program's id} */
  public abstract @Nullable String id();

  /** {@return the display name} */
  public abstract @Nullable String name();

  /** {@return the id of the internal owner} */
  public abstract @Nullable String owner();

  /** {@return the enrollments} */
  @Value.Default
  public Seq<EnrollmentDraft> enrollments() {
    return List.empty();
  }

  /** {@return the program, or every problem with this draft} */
  public Validation<Seq<Problem>, Program> validate() {
    return Program.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link ProgramDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableProgramDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
