package org.partnergov.model.ecosystem;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.decision.DecisionRightsMatrixDraft;
import org.partnergov.model.escalation.EscalationDraft;
import org.partnergov.model.escalation.EscalationPathDraft;
import org.partnergov.model.escalation.RiskDraft;
import org.partnergov.model.evidence.ActivityRecordDraft;
import org.partnergov.model.evidence.EvidenceProgramDraft;
import org.partnergov.model.evidence.ValueClaimDraft;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.party.ConflictOfInterestDraft;
import org.partnergov.model.party.OrgUnitDraft;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.ProgramDraft;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.review.DecisionRecordDraft;
import org.partnergov.model.review.RequestClosureDraft;
import org.partnergov.model.review.ReviewPathDraft;
import org.partnergov.model.review.SubmissionDraft;

/**
 * A whole ecosystem as the host's data has it: the drafts of every part. {@link #validate()}
 * parses every part and checks every reference between them, and reports every problem at once,
 * at paths such as {@code partners[2].relationshipOwner} or {@code matrix.rights[0].holder}.
 */
@Value.Immutable
@ModelStyle
public abstract class EcosystemDraft {

  /** For the implementation Immutables generates, in this package only. */
  EcosystemDraft() {}

  /** {@return the host organization's id} */
  public abstract @Nullable String hostId();

  /** {@return the host organization's name} */
  public abstract @Nullable String hostName();

  /** {@return the org units} */
  @Value.Default
  public Seq<OrgUnitDraft> orgUnits() {
    return List.empty();
  }

  /** {@return the persons} */
  @Value.Default
  public Seq<PersonDraft> persons() {
    return List.empty();
  }

  /** {@return the partners} */
  @Value.Default
  public Seq<PartnerDraft> partners() {
    return List.empty();
  }

  /** {@return the programs} */
  @Value.Default
  public Seq<ProgramDraft> programs() {
    return List.empty();
  }

  /** {@return the declared conflicts of interest} */
  @Value.Default
  public Seq<ConflictOfInterestDraft> conflicts() {
    return List.empty();
  }

  /** {@return the decision rights and delegations} */
  @Value.Default
  public DecisionRightsMatrixDraft matrix() {
    return DecisionRightsMatrixDraft.builder().build();
  }

  /** {@return the activity records} */
  @Value.Default
  public Seq<ActivityRecordDraft> activities() {
    return List.empty();
  }

  /** {@return the value claims} */
  @Value.Default
  public Seq<ValueClaimDraft> valueClaims() {
    return List.empty();
  }

  /** {@return the evidence programs} */
  @Value.Default
  public Seq<EvidenceProgramDraft> evidencePrograms() {
    return List.empty();
  }

  /** {@return the requests: drafts of any of the seven kinds} */
  @Value.Default
  public Seq<SubmissionDraft> requests() {
    return List.empty();
  }

  /** {@return the review paths} */
  @Value.Default
  public Seq<ReviewPathDraft> reviewPaths() {
    return List.empty();
  }

  /** {@return the decision records} */
  @Value.Default
  public Seq<DecisionRecordDraft> decisionRecords() {
    return List.empty();
  }

  /** {@return requests withdrawn or expired without a decision} */
  @Value.Default
  public Seq<RequestClosureDraft> closures() {
    return List.empty();
  }

  /** {@return the risks} */
  @Value.Default
  public Seq<RiskDraft> risks() {
    return List.empty();
  }

  /** {@return the escalation paths} */
  @Value.Default
  public Seq<EscalationPathDraft> escalationPaths() {
    return List.empty();
  }

  /** {@return the escalations} */
  @Value.Default
  public Seq<EscalationDraft> escalations() {
    return List.empty();
  }

  /** {@return the snapshot, or every problem with the drafts and the references between them} */
  public Validation<Seq<Problem>, EcosystemSnapshot> validate() {
    return EcosystemSnapshot.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in an {@link EcosystemDraft}. */
  public static final class Builder extends ImmutableEcosystemDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
