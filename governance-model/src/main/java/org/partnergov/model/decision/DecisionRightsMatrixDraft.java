package org.partnergov.model.decision;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A decision-rights matrix as the host's data has it: the drafts of its rights and delegations.
 * {@link #validate()} turns it into a {@link DecisionRightsMatrix} or reports every problem of
 * every entry at once, each under the entry's path.
 */
@Value.Immutable
@ModelStyle
public abstract class DecisionRightsMatrixDraft {

  /** For the implementation Immutables generates, in this package only. */
  DecisionRightsMatrixDraft() {}

  /** {@return the drafts of the decision rights} */
  @Value.Default
  public Seq<DecisionRightDraft> rights() {
    return List.empty();
  }

  /** {@return the drafts of the delegations} */
  @Value.Default
  public Seq<DelegationDraft> delegations() {
    return List.empty();
  }

  /** {@return the matrix, or every problem with this draft} */
  public Validation<Seq<Problem>, DecisionRightsMatrix> validate() {
    return DecisionRightsMatrix.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link DecisionRightsMatrixDraft}. */
  public static final class Builder extends ImmutableDecisionRightsMatrixDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
