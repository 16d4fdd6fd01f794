package org.partnergov.model.escalation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * An escalation as the host's data has it, with its events in time order. Leave {@link #path()}
 * out when no path is defined. {@link #validate()} turns it into an {@link Escalation} or reports
 * every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class EscalationDraft {

  /** For the implementation Immutables generates, in this package only. */
  EscalationDraft() {}

  /** {@return the escalation's id} */
  public abstract @Nullable String id();

  /** {@return the id of the risk escalated} */
  public abstract @Nullable String risk();

  /** {@return the id of the escalation path followed, if one is defined} */
  public abstract @Nullable String path();

  /** {@return when the escalation was raised} */
  public abstract @Nullable Instant raisedAt();

  /** {@return the events, in time order} */
  @Value.Default
  public Seq<EscalationEventDraft> events() {
    return List.empty();
  }

  /** {@return the escalation, or every problem with this draft} */
  public Validation<Seq<Problem>, Escalation> validate() {
    return Escalation.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in an {@link EscalationDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableEscalationDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
