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

  /** The level's name. */
  public abstract @Nullable String name();

  /** The id of the person who owns the level, when a named person does. */
  public abstract @Nullable String person();

  /** The role that owns the level, when whoever holds a role does. */
  public abstract @Nullable String role();

  /** The id of the org unit that owns the level, when a whole team does. */
  public abstract @Nullable String team();

  /** How long the owner has to acknowledge. */
  public abstract @Nullable Duration timeToAcknowledge();

  /** The level, or every problem with this draft. */
  public Validation<Seq<Problem>, EscalationLevel> validate() {
    return EscalationLevel.parse(this);
  }

  /** An empty draft to fill in. */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in an {@link EscalationLevelDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableEscalationLevelDraft.Builder {}
}
