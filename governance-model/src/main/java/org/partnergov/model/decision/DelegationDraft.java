package org.partnergov.model.decision;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A delegation as the host's data has it: raw text, amounts and instants, possibly missing or
 * wrong. The scope fields read as on {@link DecisionRightDraft}; {@link #validFrom()} and
 * {@link #validUntil()} are the time box. Give {@link #limitAmount()} and
 * {@link #limitCurrency()} together, or neither for no limit. {@link #validate()} turns it into a
 * {@link Delegation} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class DelegationDraft implements ScopeFields {

  /** For the implementation Immutables generates, in this package only. */
  DelegationDraft() {}

  /** {@return the delegation's id} */
  public abstract @Nullable String id();

  /** {@return the decision type code, built in or the host's own} */
  public abstract @Nullable String decisionType();

  /** {@return the id of the person handing over the Decide right} */
  public abstract @Nullable String delegator();

  /** {@return the id of the person receiving it} */
  public abstract @Nullable String delegate();

  /** {@return the largest amount the delegate may decide, inclusive} */
  public abstract @Nullable BigDecimal limitAmount();

  /** {@return the ISO 4217 code of the limit's currency} */
  public abstract @Nullable String limitCurrency();

  /** {@return when the delegation was revoked, if it was} */
  public abstract @Nullable Instant revokedAt();

  /** {@return the delegation, or every problem with this draft} */
  public Validation<Seq<Problem>, Delegation> validate() {
    return Delegation.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link DelegationDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableDelegationDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
