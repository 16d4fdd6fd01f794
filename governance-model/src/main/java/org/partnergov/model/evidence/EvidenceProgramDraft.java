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
 * An evidence program as the host's data has it. {@link #validate()} turns it into an
 * {@link EvidenceProgram} or reports every problem at once, those of each criterion under
 * {@code criteria[i]}.
 */
@Value.Immutable
@ModelStyle
public abstract class EvidenceProgramDraft {

  /** For the implementation Immutables generates, in this package only. */
  EvidenceProgramDraft() {}

  /** {@return the program's id} */
  public abstract @Nullable String id();

  /** {@return the display name} */
  public abstract @Nullable String name();

  /** {@return the id of the partner program it serves, if any} */
  public abstract @Nullable String program();

  /** {@return the qualification criteria} */
  @Value.Default
  public Seq<QualificationCriterionDraft> criteria() {
    return List.empty();
  }

  /** {@return the launch deadline} */
  public abstract @Nullable Instant launchDeadline();

  /** {@return the id of the owning delivery team} */
  public abstract @Nullable String deliveryTeam();

  /** {@return the names of the audiences receiving the evidence} */
  @Value.Default
  public Seq<String> audience() {
    return List.empty();
  }

  /** {@return the program, or every problem with this draft} */
  public Validation<Seq<Problem>, EvidenceProgram> validate() {
    return EvidenceProgram.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in an {@link EvidenceProgramDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableEvidenceProgramDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
