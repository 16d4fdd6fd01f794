package org.partnergov.testkit;

import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightDraft;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionRightsMatrixDraft;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.DelegationDraft;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemDraft;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationDraft;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationEventDraft;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.escalation.EscalationLevel;
import org.partnergov.model.escalation.EscalationLevelDraft;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.EscalationPathDraft;
import org.partnergov.model.escalation.EscalationPathId;
import org.partnergov.model.escalation.Magnitude;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskDraft;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordDraft;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.Audience;
import org.partnergov.model.evidence.ClaimSubject;
import org.partnergov.model.evidence.CustomerId;
import org.partnergov.model.evidence.DealId;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.evidence.EvidenceProgramDraft;
import org.partnergov.model.evidence.EvidenceProgramId;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.evidence.QualificationCriterion;
import org.partnergov.model.evidence.QualificationCriterionDraft;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.evidence.ValueClaimDraft;
import org.partnergov.model.evidence.ValueClaimId;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.CurrencyMismatch;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.ConflictOfInterest;
import org.partnergov.model.party.ConflictOfInterestDraft;
import org.partnergov.model.party.Enrollment;
import org.partnergov.model.party.EnrollmentDraft;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.OrgUnitDraft;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Organization;
import org.partnergov.model.party.OrganizationId;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PartnerRole;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramDraft;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Role;
import org.partnergov.model.party.Tier;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.review.Commitment;
import org.partnergov.model.review.CommitmentDraft;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.CriterionDraft;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.CriterionResultDraft;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordDraft;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FastPath;
import org.partnergov.model.review.FastPathDraft;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.FundRequestDraft;
import org.partnergov.model.review.IncentiveException;
import org.partnergov.model.review.IncentiveExceptionDraft;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.ReadinessClaimDraft;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathDraft;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.ReviewStepDraft;
import org.partnergov.model.review.SubmissionDraft;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.quicktheories.core.Gen;

/**
 * The entry point of the testkit: one generator per public model type, valid by construction and
 * leaning toward boundaries (amounts exactly at thresholds, periods ending at
 * {@link MoneyGenerators#REFERENCE}, the relationship owner as requester, a delegation that has
 * just expired). For example:
 *
 * <pre>{@code
 * qt().forAll(Generators.fundRequests())
 *     .check(r -> r.requestedAmount().isPositive());
 * }</pre>
 *
 * <p>Every method here delegates to a per-slice class ({@link PartyGenerators},
 * {@link DecisionGenerators}, {@link EvidenceGenerators}, {@link ReviewGenerators},
 * {@link EscalationGenerators}, {@link EcosystemGenerators}, {@link MoneyGenerators}), which also
 * holds the parameterized generators and building blocks: id pools, generators constrained to a
 * currency, a scope or a threshold ({@code MoneyGenerators.amountsAround(threshold)},
 * {@code DecisionGenerators.decisionContexts(scope)}), and drafts with the raw text of each value.
 *
 * <p>Combine generators with {@code zip}, {@code flatMap} and {@code map}; prefer the
 * parameterized generators over {@code assuming}, which discards values and makes QuickTheories
 * give up when too many are discarded. Ids come from small pools ({@code person-1} to
 * {@code person-12}, {@code partner-1} to {@code partner-8}...) so that independently generated
 * values often refer to the same person or partner; {@link EcosystemGenerators#snapshots()}
 * builds whole ecosystems in which every such reference resolves.
 */
public final class Generators {

  private Generators() {}

  /** See {@link MoneyGenerators#positiveAmounts()}. */
  public static Gen<Money> positiveAmounts() {
    return MoneyGenerators.positiveAmounts();
  }

  /** See {@link MoneyGenerators#amountBands()}. */
  public static Gen<AmountBand> amountBands() {
    return MoneyGenerators.amountBands();
  }

  /** See {@link MoneyGenerators#periods()}. */
  public static Gen<Period> periods() {
    return MoneyGenerators.periods();
  }

  /** See {@link MoneyGenerators#currencyMismatches()}. */
  public static Gen<CurrencyMismatch> currencyMismatches() {
    return MoneyGenerators.currencyMismatches();
  }

  /** See {@link PartyGenerators#personIds()}. */
  public static Gen<PersonId> personIds() {
    return PartyGenerators.personIds();
  }

  /** See {@link PartyGenerators#partnerIds()}. */
  public static Gen<PartnerId> partnerIds() {
    return PartyGenerators.partnerIds();
  }

  /** See {@link PartyGenerators#orgUnitIds()}. */
  public static Gen<OrgUnitId> orgUnitIds() {
    return PartyGenerators.orgUnitIds();
  }

  /** See {@link PartyGenerators#programIds()}. */
  public static Gen<ProgramId> programIds() {
    return PartyGenerators.programIds();
  }

  /** See {@link PartyGenerators#regions()}. */
  public static Gen<Region> regions() {
    return PartyGenerators.regions();
  }

  /** See {@link PartyGenerators#tiers()}. */
  public static Gen<Tier> tiers() {
    return PartyGenerators.tiers();
  }

  /** See {@link PartyGenerators#roles()}. */
  public static Gen<Role> roles() {
    return PartyGenerators.roles();
  }

  /** See {@link PartyGenerators#orgUnits()}. */
  public static Gen<OrgUnit> orgUnits() {
    return PartyGenerators.orgUnits();
  }

  /** See {@link PartyGenerators#affiliations()}. */
  public static Gen<Affiliation> affiliations() {
    return PartyGenerators.affiliations();
  }

  /** See {@link PartyGenerators#persons()}. */
  public static Gen<Person> persons() {
    return PartyGenerators.persons();
  }

  /** See {@link PartyGenerators#partners()}. */
  public static Gen<Partner> partners() {
    return PartyGenerators.partners();
  }

  /** See {@link PartyGenerators#enrollments()}. */
  public static Gen<Enrollment> enrollments() {
    return PartyGenerators.enrollments();
  }

  /** See {@link PartyGenerators#programs()}. */
  public static Gen<Program> programs() {
    return PartyGenerators.programs();
  }

  /** See {@link PartyGenerators#conflicts()}. */
  public static Gen<ConflictOfInterest> conflicts() {
    return PartyGenerators.conflicts();
  }

  /** See {@link PartyGenerators#personDrafts()}. */
  public static Gen<PersonDraft> personDrafts() {
    return PartyGenerators.personDrafts();
  }

  /** See {@link PartyGenerators#partnerDrafts()}. */
  public static Gen<PartnerDraft> partnerDrafts() {
    return PartyGenerators.partnerDrafts();
  }

  /** See {@link PartyGenerators#programDrafts()}. */
  public static Gen<ProgramDraft> programDrafts() {
    return PartyGenerators.programDrafts();
  }

  /** See {@link PartyGenerators#orgUnitDrafts()}. */
  public static Gen<OrgUnitDraft> orgUnitDrafts() {
    return PartyGenerators.orgUnitDrafts();
  }

  /** See {@link PartyGenerators#conflictDrafts()}. */
  public static Gen<ConflictOfInterestDraft> conflictDrafts() {
    return PartyGenerators.conflictDrafts();
  }

  /** See {@link PartyGenerators#enrollmentDrafts()}. */
  public static Gen<EnrollmentDraft> enrollmentDrafts() {
    return PartyGenerators.enrollmentDrafts();
  }

  /** See {@link PartyGenerators#organizations()}. */
  public static Gen<Organization> organizations() {
    return PartyGenerators.organizations();
  }

  /** See {@link PartyGenerators#organizationIds()}. */
  public static Gen<OrganizationId> organizationIds() {
    return PartyGenerators.organizationIds();
  }

  /** See {@link PartyGenerators#partnerTypes()}. */
  public static Gen<PartnerType> partnerTypes() {
    return PartyGenerators.partnerTypes();
  }

  /** See {@link PartyGenerators#partnerStatuses()}. */
  public static Gen<PartnerStatus> partnerStatuses() {
    return PartyGenerators.partnerStatuses();
  }

  /** See {@link PartyGenerators#partnerRoles()}. */
  public static Gen<PartnerRole> partnerRoles() {
    return PartyGenerators.partnerRoles();
  }

  /** See {@link DecisionGenerators#decisionTypes()}. */
  public static Gen<DecisionType> decisionTypes() {
    return DecisionGenerators.decisionTypes();
  }

  /** See {@link DecisionGenerators#decisionRightIds()}. */
  public static Gen<DecisionRightId> decisionRightIds() {
    return DecisionGenerators.decisionRightIds();
  }

  /** See {@link DecisionGenerators#delegationIds()}. */
  public static Gen<DelegationId> delegationIds() {
    return DecisionGenerators.delegationIds();
  }

  /** See {@link DecisionGenerators#rapidRoles()}. */
  public static Gen<RapidRole> rapidRoles() {
    return DecisionGenerators.rapidRoles();
  }

  /** See {@link DecisionGenerators#holders()}. */
  public static Gen<Holder> holders() {
    return DecisionGenerators.holders();
  }

  /** See {@link DecisionGenerators#scopes()}. */
  public static Gen<Scope> scopes() {
    return DecisionGenerators.scopes();
  }

  /** See {@link DecisionGenerators#decisionContexts()}. */
  public static Gen<DecisionContext> decisionContexts() {
    return DecisionGenerators.decisionContexts();
  }

  /** See {@link DecisionGenerators#decisionRights()}. */
  public static Gen<DecisionRight> decisionRights() {
    return DecisionGenerators.decisionRights();
  }

  /** See {@link DecisionGenerators#delegations()}. */
  public static Gen<Delegation> delegations() {
    return DecisionGenerators.delegations();
  }

  /** See {@link DecisionGenerators#matrices()}. */
  public static Gen<DecisionRightsMatrix> matrices() {
    return DecisionGenerators.matrices();
  }

  /** See {@link DecisionGenerators#decisionRightDrafts()}. */
  public static Gen<DecisionRightDraft> decisionRightDrafts() {
    return DecisionGenerators.decisionRightDrafts();
  }

  /** See {@link DecisionGenerators#delegationDrafts()}. */
  public static Gen<DelegationDraft> delegationDrafts() {
    return DecisionGenerators.delegationDrafts();
  }

  /** See {@link DecisionGenerators#matrixDrafts()}. */
  public static Gen<DecisionRightsMatrixDraft> matrixDrafts() {
    return DecisionGenerators.matrixDrafts();
  }

  /** See {@link EvidenceGenerators#activityKinds()}. */
  public static Gen<ActivityKind> activityKinds() {
    return EvidenceGenerators.activityKinds();
  }

  /** See {@link EvidenceGenerators#activitySources()}. */
  public static Gen<ActivitySource> activitySources() {
    return EvidenceGenerators.activitySources();
  }

  /** See {@link EvidenceGenerators#provenances()}. */
  public static Gen<Provenance> provenances() {
    return EvidenceGenerators.provenances();
  }

  /** See {@link EvidenceGenerators#performanceDimensions()}. */
  public static Gen<PerformanceDimension> performanceDimensions() {
    return EvidenceGenerators.performanceDimensions();
  }

  /** See {@link EvidenceGenerators#evidenceClasses()}. */
  public static Gen<EvidenceClass> evidenceClasses() {
    return EvidenceGenerators.evidenceClasses();
  }

  /** See {@link EvidenceGenerators#activityRecordIds()}. */
  public static Gen<ActivityRecordId> activityRecordIds() {
    return EvidenceGenerators.activityRecordIds();
  }

  /** See {@link EvidenceGenerators#customerIds()}. */
  public static Gen<CustomerId> customerIds() {
    return EvidenceGenerators.customerIds();
  }

  /** See {@link EvidenceGenerators#dealIds()}. */
  public static Gen<DealId> dealIds() {
    return EvidenceGenerators.dealIds();
  }

  /** See {@link EvidenceGenerators#valueClaimIds()}. */
  public static Gen<ValueClaimId> valueClaimIds() {
    return EvidenceGenerators.valueClaimIds();
  }

  /** See {@link EvidenceGenerators#activityRecords()}. */
  public static Gen<ActivityRecord> activityRecords() {
    return EvidenceGenerators.activityRecords();
  }

  /** See {@link EvidenceGenerators#claimSubjects()}. */
  public static Gen<ClaimSubject> claimSubjects() {
    return EvidenceGenerators.claimSubjects();
  }

  /** See {@link EvidenceGenerators#valueClaims()}. */
  public static Gen<ValueClaim> valueClaims() {
    return EvidenceGenerators.valueClaims();
  }

  /** See {@link EvidenceGenerators#activityRecordDrafts()}. */
  public static Gen<ActivityRecordDraft> activityRecordDrafts() {
    return EvidenceGenerators.activityRecordDrafts();
  }

  /** See {@link EvidenceGenerators#valueClaimDrafts()}. */
  public static Gen<ValueClaimDraft> valueClaimDrafts() {
    return EvidenceGenerators.valueClaimDrafts();
  }

  /** See {@link EvidenceGenerators#evidenceProgramIds()}. */
  public static Gen<EvidenceProgramId> evidenceProgramIds() {
    return EvidenceGenerators.evidenceProgramIds();
  }

  /** See {@link EvidenceGenerators#audiences()}. */
  public static Gen<Audience> audiences() {
    return EvidenceGenerators.audiences();
  }

  /** See {@link EvidenceGenerators#qualificationCriteria()}. */
  public static Gen<QualificationCriterion> qualificationCriteria() {
    return EvidenceGenerators.qualificationCriteria();
  }

  /** See {@link EvidenceGenerators#evidencePrograms()}. */
  public static Gen<EvidenceProgram> evidencePrograms() {
    return EvidenceGenerators.evidencePrograms();
  }

  /** See {@link EvidenceGenerators#qualificationCriterionDrafts()}. */
  public static Gen<QualificationCriterionDraft> qualificationCriterionDrafts() {
    return EvidenceGenerators.qualificationCriterionDrafts();
  }

  /** See {@link EvidenceGenerators#evidenceProgramDrafts()}. */
  public static Gen<EvidenceProgramDraft> evidenceProgramDrafts() {
    return EvidenceGenerators.evidenceProgramDrafts();
  }

  /** See {@link ReviewGenerators#requestIds()}. */
  public static Gen<RequestId> requestIds() {
    return ReviewGenerators.requestIds();
  }

  /** See {@link ReviewGenerators#decisionRecordIds()}. */
  public static Gen<DecisionRecordId> decisionRecordIds() {
    return ReviewGenerators.decisionRecordIds();
  }

  /** See {@link ReviewGenerators#reviewPathIds()}. */
  public static Gen<ReviewPathId> reviewPathIds() {
    return ReviewGenerators.reviewPathIds();
  }

  /** See {@link ReviewGenerators#fundKinds()}. */
  public static Gen<FundKind> fundKinds() {
    return ReviewGenerators.fundKinds();
  }

  /** See {@link ReviewGenerators#fundRequests()}. */
  public static Gen<FundRequest> fundRequests() {
    return ReviewGenerators.fundRequests();
  }

  /** See {@link ReviewGenerators#incentiveExceptions()}. */
  public static Gen<IncentiveException> incentiveExceptions() {
    return ReviewGenerators.incentiveExceptions();
  }

  /** See {@link ReviewGenerators#commitments()}. */
  public static Gen<Commitment> commitments() {
    return ReviewGenerators.commitments();
  }

  /** See {@link ReviewGenerators#readinessClaims()}. */
  public static Gen<ReadinessClaim> readinessClaims() {
    return ReviewGenerators.readinessClaims();
  }

  /** See {@link ReviewGenerators#exceptionRequests()}. */
  public static Gen<ExceptionRequest> exceptionRequests() {
    return ReviewGenerators.exceptionRequests();
  }

  /** See {@link ReviewGenerators#criteria()}. */
  public static Gen<Criterion> criteria() {
    return ReviewGenerators.criteria();
  }

  /** See {@link ReviewGenerators#criterionResults()}. */
  public static Gen<CriterionResult> criterionResults() {
    return ReviewGenerators.criterionResults();
  }

  /** See {@link ReviewGenerators#reviewSteps()}. */
  public static Gen<ReviewStep> reviewSteps() {
    return ReviewGenerators.reviewSteps();
  }

  /** See {@link ReviewGenerators#fastPaths()}. */
  public static Gen<FastPath> fastPaths() {
    return ReviewGenerators.fastPaths();
  }

  /** See {@link ReviewGenerators#reviewPaths()}. */
  public static Gen<ReviewPath> reviewPaths() {
    return ReviewGenerators.reviewPaths();
  }

  /** See {@link ReviewGenerators#verdicts()}. */
  public static Gen<Verdict> verdicts() {
    return ReviewGenerators.verdicts();
  }

  /** See {@link ReviewGenerators#decisionRecords()}. */
  public static Gen<DecisionRecord> decisionRecords() {
    return ReviewGenerators.decisionRecords();
  }

  /** See {@link ReviewGenerators#fundRequestDrafts()}. */
  public static Gen<FundRequestDraft> fundRequestDrafts() {
    return ReviewGenerators.fundRequestDrafts();
  }

  /** See {@link ReviewGenerators#incentiveExceptionDrafts()}. */
  public static Gen<IncentiveExceptionDraft> incentiveExceptionDrafts() {
    return ReviewGenerators.incentiveExceptionDrafts();
  }

  /** See {@link ReviewGenerators#commitmentDrafts()}. */
  public static Gen<CommitmentDraft> commitmentDrafts() {
    return ReviewGenerators.commitmentDrafts();
  }

  /** See {@link ReviewGenerators#readinessClaimDrafts()}. */
  public static Gen<ReadinessClaimDraft> readinessClaimDrafts() {
    return ReviewGenerators.readinessClaimDrafts();
  }

  /** See {@link ReviewGenerators#criterionDrafts()}. */
  public static Gen<CriterionDraft> criterionDrafts() {
    return ReviewGenerators.criterionDrafts();
  }

  /** See {@link ReviewGenerators#criterionResultDrafts()}. */
  public static Gen<CriterionResultDraft> criterionResultDrafts() {
    return ReviewGenerators.criterionResultDrafts();
  }

  /** See {@link ReviewGenerators#reviewStepDrafts()}. */
  public static Gen<ReviewStepDraft> reviewStepDrafts() {
    return ReviewGenerators.reviewStepDrafts();
  }

  /** See {@link ReviewGenerators#fastPathDrafts()}. */
  public static Gen<FastPathDraft> fastPathDrafts() {
    return ReviewGenerators.fastPathDrafts();
  }

  /** See {@link ReviewGenerators#reviewPathDrafts()}. */
  public static Gen<ReviewPathDraft> reviewPathDrafts() {
    return ReviewGenerators.reviewPathDrafts();
  }

  /** See {@link ReviewGenerators#decisionRecordDrafts()}. */
  public static Gen<DecisionRecordDraft> decisionRecordDrafts() {
    return ReviewGenerators.decisionRecordDrafts();
  }

  /** See {@link ReviewGenerators#submissionDrafts()}. */
  public static Gen<SubmissionDraft> submissionDrafts() {
    return ReviewGenerators.submissionDrafts();
  }

  /** See {@link EscalationGenerators#riskIds()}. */
  public static Gen<RiskId> riskIds() {
    return EscalationGenerators.riskIds();
  }

  /** See {@link EscalationGenerators#escalationPathIds()}. */
  public static Gen<EscalationPathId> escalationPathIds() {
    return EscalationGenerators.escalationPathIds();
  }

  /** See {@link EscalationGenerators#escalationIds()}. */
  public static Gen<EscalationId> escalationIds() {
    return EscalationGenerators.escalationIds();
  }

  /** See {@link EscalationGenerators#riskKinds()}. */
  public static Gen<RiskKind> riskKinds() {
    return EscalationGenerators.riskKinds();
  }

  /** See {@link EscalationGenerators#ratings()}. */
  public static Gen<Rating> ratings() {
    return EscalationGenerators.ratings();
  }

  /** See {@link EscalationGenerators#consequenceCategories()}. */
  public static Gen<ConsequenceCategory> consequenceCategories() {
    return EscalationGenerators.consequenceCategories();
  }

  /** See {@link EscalationGenerators#severities()}. */
  public static Gen<Severity> severities() {
    return EscalationGenerators.severities();
  }

  /** See {@link EscalationGenerators#failureModes()}. */
  public static Gen<FailureMode> failureModes() {
    return EscalationGenerators.failureModes();
  }

  /** See {@link EscalationGenerators#magnitudes()}. */
  public static Gen<Magnitude> magnitudes() {
    return EscalationGenerators.magnitudes();
  }

  /** See {@link EscalationGenerators#consequences()}. */
  public static Gen<Consequence> consequences() {
    return EscalationGenerators.consequences();
  }

  /** See {@link EscalationGenerators#risks()}. */
  public static Gen<Risk> risks() {
    return EscalationGenerators.risks();
  }

  /** See {@link EscalationGenerators#escalationLevels()}. */
  public static Gen<EscalationLevel> escalationLevels() {
    return EscalationGenerators.escalationLevels();
  }

  /** See {@link EscalationGenerators#escalationPaths()}. */
  public static Gen<EscalationPath> escalationPaths() {
    return EscalationGenerators.escalationPaths();
  }

  /** See {@link EscalationGenerators#escalationEvents()}. */
  public static Gen<EscalationEvent> escalationEvents() {
    return EscalationGenerators.escalationEvents();
  }

  /** See {@link EscalationGenerators#escalations()}. */
  public static Gen<Escalation> escalations() {
    return EscalationGenerators.escalations();
  }

  /** See {@link EscalationGenerators#findings()}. */
  public static Gen<Finding> findings() {
    return EscalationGenerators.findings();
  }

  /** See {@link EscalationGenerators#riskDrafts()}. */
  public static Gen<RiskDraft> riskDrafts() {
    return EscalationGenerators.riskDrafts();
  }

  /** See {@link EscalationGenerators#escalationLevelDrafts()}. */
  public static Gen<EscalationLevelDraft> escalationLevelDrafts() {
    return EscalationGenerators.escalationLevelDrafts();
  }

  /** See {@link EscalationGenerators#escalationPathDrafts()}. */
  public static Gen<EscalationPathDraft> escalationPathDrafts() {
    return EscalationGenerators.escalationPathDrafts();
  }

  /** See {@link EscalationGenerators#escalationEventDrafts()}. */
  public static Gen<EscalationEventDraft> escalationEventDrafts() {
    return EscalationGenerators.escalationEventDrafts();
  }

  /** See {@link EscalationGenerators#escalationDrafts()}. */
  public static Gen<EscalationDraft> escalationDrafts() {
    return EscalationGenerators.escalationDrafts();
  }

  /** See {@link EcosystemGenerators#ecosystemParts()}. */
  public static Gen<EcosystemParts> ecosystemParts() {
    return EcosystemGenerators.ecosystemParts();
  }

  /** See {@link EcosystemGenerators#snapshots()}. */
  public static Gen<EcosystemSnapshot> snapshots() {
    return EcosystemGenerators.snapshots();
  }

  /** See {@link EcosystemGenerators#ecosystemDrafts()}. */
  public static Gen<EcosystemDraft> ecosystemDrafts() {
    return EcosystemGenerators.ecosystemDrafts();
  }

  /** See {@link EcosystemGenerators#problemCodes()}. */
  public static Gen<ProblemCode> problemCodes() {
    return EcosystemGenerators.problemCodes();
  }

  /** See {@link EcosystemGenerators#problems()}. */
  public static Gen<Problem> problems() {
    return EcosystemGenerators.problems();
  }
}
