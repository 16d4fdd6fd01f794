package org.partnergov.model.escalation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * An escalation event as the host's data has it, one row per event. The type is
 * {@code reached}, {@code acknowledged} or {@code resolved}, in any case; a reached event may
 * give the level (from 1) it reached, a resolved event must give its resolution.
 * {@link #validate()} turns it into an {@link EscalationEvent} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class EscalationEventDraft {

  /** For the implementation Immutables generates, in this package only. */
  EscalationEventDraft() {}

  /** {@return the type: {@code reached}, {@code acknowledged} or {@code resolved}} */
  public abstract @Nullable String type();

  /** {@return the id of the person reached, acknowledging or resolving} */
  public abstract @Nullable String person();

  /** {@return when it happened} */
  public abstract @Nullable Instant at();

  /** {@return the level of the path a reached event reached, from 1; absent when off the path} */
  public abstract @Nullable Integer level();

  /** {@return how a resolved event was resolved} */
  public abstract @Nullable String resolution();

  /** {@return the event, or every problem with this draft} */
  public Validation<Seq<Problem>, EscalationEvent> validate() {
    return EscalationEvent.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in an {@link EscalationEventDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableEscalationEventDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
