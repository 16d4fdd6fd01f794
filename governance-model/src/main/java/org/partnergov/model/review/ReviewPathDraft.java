package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A review path as the host's data has it. Leave out the fast path, or both parts of the
 * four-eyes threshold, when the path has none. Thresholds may be given in several currencies, one
 * amount each, and every threshold of a path in the same currencies. {@link #validate()} turns it into a
 * {@link ReviewPath} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class ReviewPathDraft {

  /** For the implementation Immutables generates, in this package only. */
  ReviewPathDraft() {}

  /** {@return the path's id} */
  public abstract @Nullable String id();

  /** {@return the code of the decision type the path reviews, built in or host-defined} */
  public abstract @Nullable String decisionType();

  /** {@return the steps in order} */
  @Value.Default
  public Seq<ReviewStepDraft> steps() {
    return List.empty();
  }

  /** {@return the fast path, if the path has one} */
  public abstract @Nullable FastPathDraft fastPath();

  /** {@return the amount above which two distinct persons must approve, if any} */
  public abstract @Nullable BigDecimal fourEyesThreshold();

  /** {@return the ISO 4217 code of the four-eyes threshold's currency} */
  public abstract @Nullable String fourEyesCurrency();

  /**
   * {@return the four-eyes threshold in further currencies, one amount each, besides the one of
   * {@link #fourEyesThreshold()} and {@link #fourEyesCurrency()}; none by default}
   */
  @Value.Default
  public Seq<AmountDraft> fourEyesThresholdInOtherCurrencies() {
    return List.empty();
  }

  /** {@return the approval levels in order; none by default} */
  @Value.Default
  public Seq<ApprovalLevelDraft> approvalLevels() {
    return List.empty();
  }

  /** {@return whether every lower level that applies approves too; true when left out} */
  public abstract @Nullable Boolean everyLowerLevelApproves();

  /** {@return the review path, or every problem with this draft} */
  public Validation<Seq<Problem>, ReviewPath> validate() {
    return ReviewPath.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link ReviewPathDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableReviewPathDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
