package org.partnergov.model.escalation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * An escalation level as the host's data has it. Give exactly one owner: {@link #person()},
 * {@link #role()} or {@link #team()}. {@link #validate()} turns it into an {@link EscalationLevel}
 * or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class EscalationLevelDraft {

  /** For the implementation Immutables generates, in this package only. */
  EscalationLevelDraft() {}

  /** {@return the level's name} */
  public abstract @Nullable String name();

  /** {@return the id of the person who owns the level, when a named person does} */
  public abstract @Nullable String person();

  /** {@return the role that owns the level, when whoever holds a role does} */
  public abstract @Nullable String role();

  /** {@return the id of the org unit that owns the level, when a whole team does} */
  public abstract @Nullable String team();

  /** {@return how long the owner has to acknowledge} */
  public abstract @Nullable Duration timeToAcknowledge();

  /** {@return the level, or every problem with this draft} */
  public Validation<Seq<Problem>, EscalationLevel> validate() {
    return EscalationLevel.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in an {@link EscalationLevelDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableEscalationLevelDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
