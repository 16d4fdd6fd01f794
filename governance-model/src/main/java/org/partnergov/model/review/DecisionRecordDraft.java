package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A decision record as the host's data has it, possibly from older data that lacks a rationale, a
 * right or a review path: those may be left out. The verdict is read without regard to case
 * ({@code "approve with conditions"}). {@link #validate()} turns it into a {@link DecisionRecord}
 * or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class DecisionRecordDraft {

  /** For the implementation Immutables generates, in this package only. */
  DecisionRecordDraft() {}

  /** {@return the record's id} */
  public abstract @Nullable String id();

  /** {@return the id of the request whose case decided it} */
  public abstract @Nullable String request();

  /**
   * {@return what was decided, when it is not the request itself: a tier change, an escalation or
   * a host subject; none (or a blank kind) for the plain exception-request subject}
   */
  public abstract @Nullable DecisionSubjectDraft subject();

  /** {@return the code of the decision type, built in or host-defined} */
  public abstract @Nullable String decisionType();

  /** {@return the id of the person who decided} */
  public abstract @Nullable String decider();

  /** {@return a {@link Verdict} name} */
  public abstract @Nullable String verdict();

  /** {@return when it was decided} */
  public abstract @Nullable Instant decidedAt();

  /** {@return the id of the decision right acted under, if recorded} */
  public abstract @Nullable String right();

  /** {@return the id of the delegation acted under, if any} */
  public abstract @Nullable String delegation();

  /** {@return why it was decided so, if recorded} */
  public abstract @Nullable String rationale();

  /** {@return the conditions of an approval with conditions} */
  @Value.Default
  public Seq<String> conditions() {
    return List.empty();
  }

  /** {@return whether each criterion held} */
  @Value.Default
  public Seq<CriterionResultDraft> criteriaResults() {
    return List.empty();
  }

  /** {@return the ids of the activity records relied on} */
  @Value.Default
  public Seq<String> evidence() {
    return List.empty();
  }

  /** {@return the id of the review path the request went through, if any} */
  public abstract @Nullable String reviewPath();

  /** {@return the name of the approval level the approval filled, if its path has levels} */
  public abstract @Nullable String approvalLevel();

  /** {@return the exchange rates the decision counted amounts at; empty by default} */
  @Value.Default
  public Seq<ExchangeRateDraft> exchangeRates() {
    return List.empty();
  }

  /** {@return the decision record, or every problem with this draft} */
  public Validation<Seq<Problem>, DecisionRecord> validate() {
    return DecisionRecord.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link DecisionRecordDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableDecisionRecordDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
