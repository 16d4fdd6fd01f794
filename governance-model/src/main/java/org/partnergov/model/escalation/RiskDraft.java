package org.partnergov.model.escalation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A risk as the host's data has it: raw text and numbers, possibly missing or wrong. The kind is
 * any code (built in or the host's own); a missing number of customers affected counts as zero.
 * {@link #validate()} turns it into a {@link Risk} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class RiskDraft {

  /** For the implementation Immutables generates, in this package only. */
  RiskDraft() {}

  /** {@return the risk's id} */
  public abstract @Nullable String id();

  /** {@return the id of the partner the risk is about} */
  public abstract @Nullable String partner();

  /** {@return the id of the program, if any} */
  public abstract @Nullable String program();

  /** {@return a {@link RiskKind} code} */
  public abstract @Nullable String kind();

  /** {@return when the risk was raised} */
  public abstract @Nullable Instant raisedAt();

  /** {@return the id of the person who raised it} */
  public abstract @Nullable String raisedBy();

  /** {@return what is going on} */
  public abstract @Nullable String description();

  /** {@return the impact, 1 to 5} */
  public abstract @Nullable Integer impact();

  /** {@return the likelihood, 1 to 5} */
  public abstract @Nullable Integer likelihood();

  /** {@return the number of customers affected; absent means none known} */
  public abstract @Nullable Integer customersAffected();

  /** {@return the amount of revenue at risk, if known} */
  public abstract @Nullable BigDecimal revenueAtRisk();

  /** {@return the ISO 4217 currency of the revenue at risk} */
  public abstract @Nullable String revenueCurrency();

  /** {@return the regulation involved, if any} */
  public abstract @Nullable String regulation();

  /** {@return the date by which the risk bites, if any} */
  public abstract @Nullable Instant deadline();

  /** {@return the risk, or every problem with this draft} */
  public Validation<Seq<Problem>, Risk> validate() {
    return Risk.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link RiskDraft}; every field may be left out and is then reported when required. */
  public static final class Builder extends ImmutableRiskDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
