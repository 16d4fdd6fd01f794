package org.partnergov.model.decision;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A decision right as the host's data has it: raw text, amounts and instants, possibly missing or
 * wrong. Give exactly one of {@link #holderPerson()}, {@link #holderRole()} and
 * {@link #holderTeam()}. Leave a scope field blank for "any". A band is given by
 * {@link #amountFrom()} and {@link #amountCurrency()}, with {@link #amountTo()} above it or left
 * out for no upper limit. {@link #validate()} turns it into a {@link DecisionRight} or reports
 * every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class DecisionRightDraft implements ScopeFields {

  /** For the implementation Immutables generates, in this package only. */
  DecisionRightDraft() {}

  /** {@return the right's id} */
  public abstract @Nullable String id();

  /** {@return the decision type code, built in or the host's own} */
  public abstract @Nullable String decisionType();

  /** {@return the id of the person holding the right} */
  public abstract @Nullable String holderPerson();

  /** {@return the role whose holders hold the right} */
  public abstract @Nullable String holderRole();

  /** {@return the id of the org unit holding the right} */
  public abstract @Nullable String holderTeam();

  /** {@return a {@link RapidRole} name} */
  public abstract @Nullable String role();

  /** {@return when the right was revoked, if it was} */
  public abstract @Nullable Instant revokedAt();

  /** {@return the right, or every problem with this draft} */
  public Validation<Seq<Problem>, DecisionRight> validate() {
    return DecisionRight.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link DecisionRightDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableDecisionRightDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
