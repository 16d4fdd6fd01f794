package org.partnergov.model.ecosystem;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.party.ConflictOfInterest;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.Organization;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.Program;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.RequestClosure;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.ReviewPath;

/**
 * The parts of an ecosystem as a host assembled them from typed values, not yet checked against
 * each other. {@link #validate()} checks every reference between them and returns the
 * {@link EcosystemSnapshot}, or every problem. Every part but the host is empty by default.
 */
@Value.Immutable
@ModelStyle
public abstract class EcosystemParts {

  /** For the implementation Immutables generates, in this package only. */
  EcosystemParts() {}

  /** {@return the host organization} */
  public abstract Organization host();

  /** {@return the host's org units} */
  @Value.Default
  public Seq<OrgUnit> orgUnits() {
    return List.empty();
  }

  /** {@return internal people and partners' people} */
  @Value.Default
  public Seq<Person> persons() {
    return List.empty();
  }

  /** {@return the partners} */
  @Value.Default
  public Seq<Partner> partners() {
    return List.empty();
  }

  /** {@return the programs and their enrollments} */
  @Value.Default
  public Seq<Program> programs() {
    return List.empty();
  }

  /** {@return declared conflicts of interest} */
  @Value.Default
  public Seq<ConflictOfInterest> conflicts() {
    return List.empty();
  }

  /** {@return who holds which decision rights, and the delegations} */
  @Value.Default
  public DecisionRightsMatrix matrix() {
    return DecisionRightsMatrix.empty();
  }

  /** {@return what partners did} */
  @Value.Default
  public Seq<ActivityRecord> activities() {
    return List.empty();
  }

  /** {@return what partners' work is claimed to have changed} */
  @Value.Default
  public Seq<ValueClaim> valueClaims() {
    return List.empty();
  }

  /** {@return evidence programs: what partners must show before a launch} */
  @Value.Default
  public Seq<EvidenceProgram> evidencePrograms() {
    return List.empty();
  }

  /** {@return requests of all seven kinds: the four exception requests, tier changes, escalation resolutions and host decisions} */
  @Value.Default
  public Seq<ExceptionRequest> requests() {
    return List.empty();
  }

  /** {@return the defined review paths} */
  @Value.Default
  public Seq<ReviewPath> reviewPaths() {
    return List.empty();
  }

  /** {@return the decisions taken on requests} */
  @Value.Default
  public Seq<DecisionRecord> decisionRecords() {
    return List.empty();
  }

  /** {@return requests withdrawn or expired without a decision, at most one closure per request} */
  @Value.Default
  public Seq<RequestClosure> closures() {
    return List.empty();
  }

  /** {@return partner risks} */
  @Value.Default
  public Seq<Risk> risks() {
    return List.empty();
  }

  /** {@return the defined escalation paths} */
  @Value.Default
  public Seq<EscalationPath> escalationPaths() {
    return List.empty();
  }

  /** {@return escalations as they happened} */
  @Value.Default
  public Seq<Escalation> escalations() {
    return List.empty();
  }

  /** {@return the snapshot, or every reference between the parts that points at nothing} */
  public Validation<Seq<Problem>, EcosystemSnapshot> validate() {
    return EcosystemSnapshot.of(this);
  }

  /** {@return an empty set of parts to fill in; only the host is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in {@link EcosystemParts}. */
  public static final class Builder extends ImmutableEcosystemParts.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
