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
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.EscalationResolution;
import org.partnergov.model.review.EscalationResolutionDraft;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FastPath;
import org.partnergov.model.review.FastPathDraft;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.FundRequestDraft;
import org.partnergov.model.review.HostDecision;
import org.partnergov.model.review.HostDecisionDraft;
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
import org.partnergov.model.review.TierChange;
import org.partnergov.model.review.TierChangeDraft;
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

  /**
   * {@return positive amounts in {@link MoneyGenerators#currencies()}} See
   * {@link MoneyGenerators#positiveAmounts()}.
   */
  public static Gen<Money> positiveAmounts() {
    return MoneyGenerators.positiveAmounts();
  }

  /** {@return bands of one currency, bounded or open above} See {@link MoneyGenerators#amountBands()}. */
  public static Gen<AmountBand> amountBands() {
    return MoneyGenerators.amountBands();
  }

  /**
   * {@return periods, often ending exactly at {@link MoneyGenerators#REFERENCE} or open-ended} See
   * {@link MoneyGenerators#periods()}.
   */
  public static Gen<Period> periods() {
    return MoneyGenerators.periods();
  }

  /**
   * {@return mismatches between two different currencies of {@link MoneyGenerators#currencies()}}
   * See {@link MoneyGenerators#currencyMismatches()}.
   */
  public static Gen<CurrencyMismatch> currencyMismatches() {
    return MoneyGenerators.currencyMismatches();
  }

  /** {@return person ids from a pool of twelve} See {@link PartyGenerators#personIds()}. */
  public static Gen<PersonId> personIds() {
    return PartyGenerators.personIds();
  }

  /** {@return partner ids from a pool of eight} See {@link PartyGenerators#partnerIds()}. */
  public static Gen<PartnerId> partnerIds() {
    return PartyGenerators.partnerIds();
  }

  /** {@return org unit ids from a pool of six} See {@link PartyGenerators#orgUnitIds()}. */
  public static Gen<OrgUnitId> orgUnitIds() {
    return PartyGenerators.orgUnitIds();
  }

  /** {@return program ids from a pool of four} See {@link PartyGenerators#programIds()}. */
  public static Gen<ProgramId> programIds() {
    return PartyGenerators.programIds();
  }

  /**
   * {@return regions: EMEA, DACH, NA, LATAM and APAC, each as likely} See
   * {@link PartyGenerators#regions()}.
   */
  public static Gen<Region> regions() {
    return PartyGenerators.regions();
  }

  /**
   * {@return tiers: Registered, Silver, Gold and Platinum, each as likely} See
   * {@link PartyGenerators#tiers()}.
   */
  public static Gen<Tier> tiers() {
    return PartyGenerators.tiers();
  }

  /**
   * {@return roles: six common ones, such as partner manager and legal counsel} See
   * {@link PartyGenerators#roles()}.
   */
  public static Gen<Role> roles() {
    return PartyGenerators.roles();
  }

  /**
   * {@return org units with ids from {@link PartyGenerators#orgUnitIds()} and generated names} See
   * {@link PartyGenerators#orgUnits()}.
   */
  public static Gen<OrgUnit> orgUnits() {
    return PartyGenerators.orgUnits();
  }

  /**
   * {@return affiliations: mostly internal, sometimes a partner's staff} See
   * {@link PartyGenerators#affiliations()}.
   */
  public static Gen<Affiliation> affiliations() {
    return PartyGenerators.affiliations();
  }

  /** {@return persons with zero to three roles} See {@link PartyGenerators#persons()}. */
  public static Gen<Person> persons() {
    return PartyGenerators.persons();
  }

  /**
   * {@return partners of every type and status, with zero to three regions} See
   * {@link PartyGenerators#partners()}.
   */
  public static Gen<Partner> partners() {
    return PartyGenerators.partners();
  }

  /** {@return enrollments with one to three roles} See {@link PartyGenerators#enrollments()}. */
  public static Gen<Enrollment> enrollments() {
    return PartyGenerators.enrollments();
  }

  /**
   * {@return programs with zero to five enrollments of distinct partners} See
   * {@link PartyGenerators#programs()}.
   */
  public static Gen<Program> programs() {
    return PartyGenerators.programs();
  }

  /**
   * {@return declared conflicts of interest between pooled persons and partners, with a reason} See
   * {@link PartyGenerators#conflicts()}.
   */
  public static Gen<ConflictOfInterest> conflicts() {
    return PartyGenerators.conflicts();
  }

  /**
   * {@return valid person drafts, with the raw text of {@link PartyGenerators#persons()}} See
   * {@link PartyGenerators#personDrafts()}.
   */
  public static Gen<PersonDraft> personDrafts() {
    return PartyGenerators.personDrafts();
  }

  /**
   * {@return valid partner drafts, with the raw text of {@link PartyGenerators#partners()} and
   * names in mixed case} See {@link PartyGenerators#partnerDrafts()}.
   */
  public static Gen<PartnerDraft> partnerDrafts() {
    return PartyGenerators.partnerDrafts();
  }

  /**
   * {@return valid program drafts, with the raw text of {@link PartyGenerators#programs()}} See
   * {@link PartyGenerators#programDrafts()}.
   */
  public static Gen<ProgramDraft> programDrafts() {
    return PartyGenerators.programDrafts();
  }

  /**
   * {@return valid org unit drafts, with the raw text of {@link PartyGenerators#orgUnits()}} See
   * {@link PartyGenerators#orgUnitDrafts()}.
   */
  public static Gen<OrgUnitDraft> orgUnitDrafts() {
    return PartyGenerators.orgUnitDrafts();
  }

  /**
   * {@return valid conflict drafts, with the raw text of {@link PartyGenerators#conflicts()}} See
   * {@link PartyGenerators#conflictDrafts()}.
   */
  public static Gen<ConflictOfInterestDraft> conflictDrafts() {
    return PartyGenerators.conflictDrafts();
  }

  /**
   * {@return valid enrollment drafts, roles in lower case} See
   * {@link PartyGenerators#enrollmentDrafts()}.
   */
  public static Gen<EnrollmentDraft> enrollmentDrafts() {
    return PartyGenerators.enrollmentDrafts();
  }

  /**
   * {@return organizations: a host or a partner organization} See
   * {@link PartyGenerators#organizations()}.
   */
  public static Gen<Organization> organizations() {
    return PartyGenerators.organizations();
  }

  /** {@return organization ids from a pool of four} See {@link PartyGenerators#organizationIds()}. */
  public static Gen<OrganizationId> organizationIds() {
    return PartyGenerators.organizationIds();
  }

  /** {@return every partner type} See {@link PartyGenerators#partnerTypes()}. */
  public static Gen<PartnerType> partnerTypes() {
    return PartyGenerators.partnerTypes();
  }

  /** {@return every partner status} See {@link PartyGenerators#partnerStatuses()}. */
  public static Gen<PartnerStatus> partnerStatuses() {
    return PartyGenerators.partnerStatuses();
  }

  /** {@return every role a partner plays in a program} See {@link PartyGenerators#partnerRoles()}. */
  public static Gen<PartnerRole> partnerRoles() {
    return PartyGenerators.partnerRoles();
  }

  /**
   * {@return the six built-in decision types and {@link DecisionGenerators#PILOT_EXTENSION}, each
   * as likely} See {@link DecisionGenerators#decisionTypes()}.
   */
  public static Gen<DecisionType> decisionTypes() {
    return DecisionGenerators.decisionTypes();
  }

  /**
   * {@return decision right ids from a pool of twenty, {@code right-1} to {@code right-20}} See
   * {@link DecisionGenerators#decisionRightIds()}.
   */
  public static Gen<DecisionRightId> decisionRightIds() {
    return DecisionGenerators.decisionRightIds();
  }

  /**
   * {@return delegation ids from a pool of ten, {@code delegation-1} to {@code delegation-10}} See
   * {@link DecisionGenerators#delegationIds()}.
   */
  public static Gen<DelegationId> delegationIds() {
    return DecisionGenerators.delegationIds();
  }

  /**
   * {@return RAPID roles, {@link RapidRole#DECIDE} most often} See
   * {@link DecisionGenerators#rapidRoles()}.
   */
  public static Gen<RapidRole> rapidRoles() {
    return DecisionGenerators.rapidRoles();
  }

  /**
   * {@return holders of all three kinds: a named person most often, then a role, then a team} See
   * {@link DecisionGenerators#holders()}.
   */
  public static Gen<Holder> holders() {
    return DecisionGenerators.holders();
  }

  /** {@return scopes in {@link MoneyGenerators#currencies()}} See {@link DecisionGenerators#scopes()}. */
  public static Gen<Scope> scopes() {
    return DecisionGenerators.scopes();
  }

  /**
   * {@return decisions of any type, with dimensions and amounts (around band limits) often unknown}
   * See {@link DecisionGenerators#decisionContexts()}.
   */
  public static Gen<DecisionContext> decisionContexts() {
    return DecisionGenerators.decisionContexts();
  }

  /** {@return rights of any type} See {@link DecisionGenerators#decisionRights()}. */
  public static Gen<DecisionRight> decisionRights() {
    return DecisionGenerators.decisionRights();
  }

  /** {@return delegations of any type} See {@link DecisionGenerators#delegations()}. */
  public static Gen<Delegation> delegations() {
    return DecisionGenerators.delegations();
  }

  /**
   * {@return matrices of 0 to 30 rights and 0 to 5 delegations} See
   * {@link DecisionGenerators#matrices()}.
   */
  public static Gen<DecisionRightsMatrix> matrices() {
    return DecisionGenerators.matrices();
  }

  /**
   * {@return valid right drafts with the raw data of {@link DecisionGenerators#decisionRights()},
   * names in mixed case} See {@link DecisionGenerators#decisionRightDrafts()}.
   */
  public static Gen<DecisionRightDraft> decisionRightDrafts() {
    return DecisionGenerators.decisionRightDrafts();
  }

  /**
   * {@return valid delegation drafts with the raw data of {@link DecisionGenerators#delegations()}}
   * See {@link DecisionGenerators#delegationDrafts()}.
   */
  public static Gen<DelegationDraft> delegationDrafts() {
    return DecisionGenerators.delegationDrafts();
  }

  /**
   * {@return valid matrix drafts with the raw data of {@link DecisionGenerators#matrices()}} See
   * {@link DecisionGenerators#matrixDrafts()}.
   */
  public static Gen<DecisionRightsMatrixDraft> matrixDrafts() {
    return DecisionGenerators.matrixDrafts();
  }

  /**
   * {@return activity kinds: mostly built in, sometimes host-defined or random codes} See
   * {@link EvidenceGenerators#activityKinds()}.
   */
  public static Gen<ActivityKind> activityKinds() {
    return EvidenceGenerators.activityKinds();
  }

  /**
   * {@return recording systems and, sometimes, the person who recorded an activity by hand} See
   * {@link EvidenceGenerators#activitySources()}.
   */
  public static Gen<ActivitySource> activitySources() {
    return EvidenceGenerators.activitySources();
  }

  /** {@return every provenance} See {@link EvidenceGenerators#provenances()}. */
  public static Gen<Provenance> provenances() {
    return EvidenceGenerators.provenances();
  }

  /** {@return every performance dimension} See {@link EvidenceGenerators#performanceDimensions()}. */
  public static Gen<PerformanceDimension> performanceDimensions() {
    return EvidenceGenerators.performanceDimensions();
  }

  /**
   * {@return evidence classes: enablement, performance in every dimension, customer impact} See
   * {@link EvidenceGenerators#evidenceClasses()}.
   */
  public static Gen<EvidenceClass> evidenceClasses() {
    return EvidenceGenerators.evidenceClasses();
  }

  /**
   * {@return activity record ids from a pool of forty, shared by records and the claims citing
   * them} See {@link EvidenceGenerators#activityRecordIds()}.
   */
  public static Gen<ActivityRecordId> activityRecordIds() {
    return EvidenceGenerators.activityRecordIds();
  }

  /** {@return customer ids from a pool of ten} See {@link EvidenceGenerators#customerIds()}. */
  public static Gen<CustomerId> customerIds() {
    return EvidenceGenerators.customerIds();
  }

  /** {@return deal ids from a pool of ten} See {@link EvidenceGenerators#dealIds()}. */
  public static Gen<DealId> dealIds() {
    return EvidenceGenerators.dealIds();
  }

  /** {@return value claim ids from a pool of twenty} See {@link EvidenceGenerators#valueClaimIds()}. */
  public static Gen<ValueClaimId> valueClaimIds() {
    return EvidenceGenerators.valueClaimIds();
  }

  /**
   * {@return activity records of every provenance, attributed or not, often at the boundary
   * instants} See {@link EvidenceGenerators#activityRecords()}.
   */
  public static Gen<ActivityRecord> activityRecords() {
    return EvidenceGenerators.activityRecords();
  }

  /**
   * {@return claim subjects: a performance dimension, or a customer outcome} See
   * {@link EvidenceGenerators#claimSubjects()}.
   */
  public static Gen<ClaimSubject> claimSubjects() {
    return EvidenceGenerators.claimSubjects();
  }

  /**
   * {@return value claims about every subject, citing zero to five records, often over periods
   * ending at {@link MoneyGenerators#REFERENCE}} See {@link EvidenceGenerators#valueClaims()}.
   */
  public static Gen<ValueClaim> valueClaims() {
    return EvidenceGenerators.valueClaims();
  }

  /**
   * {@return valid activity record drafts with the raw text of
   * {@link EvidenceGenerators#activityRecords()}, sometimes untidy} See
   * {@link EvidenceGenerators#activityRecordDrafts()}.
   */
  public static Gen<ActivityRecordDraft> activityRecordDrafts() {
    return EvidenceGenerators.activityRecordDrafts();
  }

  /**
   * {@return valid value claim drafts with the raw text of
   * {@link EvidenceGenerators#valueClaims()}, sometimes untidy} See
   * {@link EvidenceGenerators#valueClaimDrafts()}.
   */
  public static Gen<ValueClaimDraft> valueClaimDrafts() {
    return EvidenceGenerators.valueClaimDrafts();
  }

  /**
   * {@return evidence program ids from a pool of five} See
   * {@link EvidenceGenerators#evidenceProgramIds()}.
   */
  public static Gen<EvidenceProgramId> evidenceProgramIds() {
    return EvidenceGenerators.evidenceProgramIds();
  }

  /** {@return audiences receiving evidence} See {@link EvidenceGenerators#audiences()}. */
  public static Gen<Audience> audiences() {
    return EvidenceGenerators.audiences();
  }

  /**
   * {@return qualification criteria of every value class, provenance, a count of one to three and
   * every kind of window} See {@link EvidenceGenerators#qualificationCriteria()}.
   */
  public static Gen<QualificationCriterion> qualificationCriteria() {
    return EvidenceGenerators.qualificationCriteria();
  }

  /**
   * {@return evidence programs with one to four criteria, deadlines around
   * {@link MoneyGenerators#REFERENCE}, one to three audiences} See
   * {@link EvidenceGenerators#evidencePrograms()}.
   */
  public static Gen<EvidenceProgram> evidencePrograms() {
    return EvidenceGenerators.evidencePrograms();
  }

  /**
   * {@return valid qualification criterion drafts with the raw text of
   * {@link EvidenceGenerators#qualificationCriteria()}, sometimes untidy} See
   * {@link EvidenceGenerators#qualificationCriterionDrafts()}.
   */
  public static Gen<QualificationCriterionDraft> qualificationCriterionDrafts() {
    return EvidenceGenerators.qualificationCriterionDrafts();
  }

  /**
   * {@return valid evidence program drafts with the raw text of
   * {@link EvidenceGenerators#evidencePrograms()}, sometimes untidy} See
   * {@link EvidenceGenerators#evidenceProgramDrafts()}.
   */
  public static Gen<EvidenceProgramDraft> evidenceProgramDrafts() {
    return EvidenceGenerators.evidenceProgramDrafts();
  }

  /**
   * {@return request ids from a pool of twenty, so decision records often name a generated request}
   * See {@link ReviewGenerators#requestIds()}.
   */
  public static Gen<RequestId> requestIds() {
    return ReviewGenerators.requestIds();
  }

  /** {@return decision record ids from a pool of forty} See {@link ReviewGenerators#decisionRecordIds()}. */
  public static Gen<DecisionRecordId> decisionRecordIds() {
    return ReviewGenerators.decisionRecordIds();
  }

  /** {@return review path ids from a pool of four} See {@link ReviewGenerators#reviewPathIds()}. */
  public static Gen<ReviewPathId> reviewPathIds() {
    return ReviewGenerators.reviewPathIds();
  }

  /** {@return every fund kind} See {@link ReviewGenerators#fundKinds()}. */
  public static Gen<FundKind> fundKinds() {
    return ReviewGenerators.fundKinds();
  }

  /**
   * {@return fund requests of both kinds, with and without an activity period} See
   * {@link ReviewGenerators#fundRequests()}.
   */
  public static Gen<FundRequest> fundRequests() {
    return ReviewGenerators.fundRequests();
  }

  /**
   * {@return incentive exceptions of four common incentives, amounts as
   * {@link ReviewGenerators#requestAmounts()}} See {@link ReviewGenerators#incentiveExceptions()}.
   */
  public static Gen<IncentiveException> incentiveExceptions() {
    return ReviewGenerators.incentiveExceptions();
  }

  /**
   * {@return commitments to customers, with and without a value, due around the reference instant}
   * See {@link ReviewGenerators#commitments()}.
   */
  public static Gen<Commitment> commitments() {
    return ReviewGenerators.commitments();
  }

  /**
   * {@return readiness claims with one to three claimed criteria, launching around the reference
   * instant} See {@link ReviewGenerators#readinessClaims()}.
   */
  public static Gen<ReadinessClaim> readinessClaims() {
    return ReviewGenerators.readinessClaims();
  }

  /** {@return tier changes to any tier} See {@link ReviewGenerators#tierChanges()}. */
  public static Gen<TierChange> tierChanges() {
    return ReviewGenerators.tierChanges();
  }

  /**
   * {@return resolutions of escalations of the escalation id pool} See
   * {@link ReviewGenerators#escalationResolutions()}.
   */
  public static Gen<EscalationResolution> escalationResolutions() {
    return ReviewGenerators.escalationResolutions();
  }

  /**
   * {@return host decisions of host-defined types, with and without a value} See
   * {@link ReviewGenerators#hostDecisions()}.
   */
  public static Gen<HostDecision> hostDecisions() {
    return ReviewGenerators.hostDecisions();
  }

  /** {@return requests of all seven kinds, mixed evenly} See {@link ReviewGenerators#exceptionRequests()}. */
  public static Gen<ExceptionRequest> exceptionRequests() {
    return ReviewGenerators.exceptionRequests();
  }

  /**
   * {@return decision subjects of every kind: exception requests, tier changes, escalations, host
   * subjects} See {@link ReviewGenerators#decisionSubjects()}.
   */
  public static Gen<DecisionSubject> decisionSubjects() {
    return ReviewGenerators.decisionSubjects();
  }

  /**
   * {@return criteria with well-known and host-defined codes, some written in lower case or with
   * hyphens} See {@link ReviewGenerators#criteria()}.
   */
  public static Gen<Criterion> criteria() {
    return ReviewGenerators.criteria();
  }

  /** {@return results of checking criteria, met or not} See {@link ReviewGenerators#criterionResults()}. */
  public static Gen<CriterionResult> criterionResults() {
    return ReviewGenerators.criterionResults();
  }

  /**
   * {@return review steps of a named person, a role or a team, with zero to three criteria} See
   * {@link ReviewGenerators#reviewSteps()}.
   */
  public static Gen<ReviewStep> reviewSteps() {
    return ReviewGenerators.reviewSteps();
  }

  /**
   * {@return fast paths with one to three criteria, mostly at
   * {@link ReviewGenerators#FAST_PATH_THRESHOLD}} See {@link ReviewGenerators#fastPaths()}.
   */
  public static Gen<FastPath> fastPaths() {
    return ReviewGenerators.fastPaths();
  }

  /**
   * {@return review paths of built-in and host-defined decision types with one to three steps, with
   * and without a fast path and a four-eyes threshold, all thresholds of one currency (EUR mostly)}
   * See {@link ReviewGenerators#reviewPaths()}.
   */
  public static Gen<ReviewPath> reviewPaths() {
    return ReviewGenerators.reviewPaths();
  }

  /** {@return every verdict} See {@link ReviewGenerators#verdicts()}. */
  public static Gen<Verdict> verdicts() {
    return ReviewGenerators.verdicts();
  }

  /**
   * {@return decision records of every verdict, with and without a rationale, a right, a delegation
   * and a review path} See {@link ReviewGenerators#decisionRecords()}.
   */
  public static Gen<DecisionRecord> decisionRecords() {
    return ReviewGenerators.decisionRecords();
  }

  /**
   * {@return valid fund request drafts, with the raw values of
   * {@link ReviewGenerators#fundRequests()}} See {@link ReviewGenerators#fundRequestDrafts()}.
   */
  public static Gen<FundRequestDraft> fundRequestDrafts() {
    return ReviewGenerators.fundRequestDrafts();
  }

  /**
   * {@return valid incentive exception drafts, with the raw values of
   * {@link ReviewGenerators#incentiveExceptions()}} See
   * {@link ReviewGenerators#incentiveExceptionDrafts()}.
   */
  public static Gen<IncentiveExceptionDraft> incentiveExceptionDrafts() {
    return ReviewGenerators.incentiveExceptionDrafts();
  }

  /**
   * {@return valid commitment drafts, with the raw values of
   * {@link ReviewGenerators#commitments()}} See {@link ReviewGenerators#commitmentDrafts()}.
   */
  public static Gen<CommitmentDraft> commitmentDrafts() {
    return ReviewGenerators.commitmentDrafts();
  }

  /**
   * {@return valid readiness claim drafts, with the raw values of
   * {@link ReviewGenerators#readinessClaims()}} See
   * {@link ReviewGenerators#readinessClaimDrafts()}.
   */
  public static Gen<ReadinessClaimDraft> readinessClaimDrafts() {
    return ReviewGenerators.readinessClaimDrafts();
  }

  /**
   * {@return valid criterion drafts, with the raw values of {@link ReviewGenerators#criteria()}}
   * See {@link ReviewGenerators#criterionDrafts()}.
   */
  public static Gen<CriterionDraft> criterionDrafts() {
    return ReviewGenerators.criterionDrafts();
  }

  /**
   * {@return valid criterion result drafts, with the raw values of
   * {@link ReviewGenerators#criterionResults()}} See
   * {@link ReviewGenerators#criterionResultDrafts()}.
   */
  public static Gen<CriterionResultDraft> criterionResultDrafts() {
    return ReviewGenerators.criterionResultDrafts();
  }

  /**
   * {@return valid review step drafts, with the raw values of
   * {@link ReviewGenerators#reviewSteps()}} See {@link ReviewGenerators#reviewStepDrafts()}.
   */
  public static Gen<ReviewStepDraft> reviewStepDrafts() {
    return ReviewGenerators.reviewStepDrafts();
  }

  /**
   * {@return valid fast path drafts, with the raw values of {@link ReviewGenerators#fastPaths()}}
   * See {@link ReviewGenerators#fastPathDrafts()}.
   */
  public static Gen<FastPathDraft> fastPathDrafts() {
    return ReviewGenerators.fastPathDrafts();
  }

  /**
   * {@return valid review path drafts, with the raw values of
   * {@link ReviewGenerators#reviewPaths()}} See {@link ReviewGenerators#reviewPathDrafts()}.
   */
  public static Gen<ReviewPathDraft> reviewPathDrafts() {
    return ReviewGenerators.reviewPathDrafts();
  }

  /**
   * {@return valid decision record drafts, with the raw values of
   * {@link ReviewGenerators#decisionRecords()}, verdicts in any case} See
   * {@link ReviewGenerators#decisionRecordDrafts()}.
   */
  public static Gen<DecisionRecordDraft> decisionRecordDrafts() {
    return ReviewGenerators.decisionRecordDrafts();
  }

  /**
   * {@return valid tier change drafts, with the raw values of {@link ReviewGenerators#tierChanges()}}
   * See {@link ReviewGenerators#tierChangeDrafts()}.
   */
  public static Gen<TierChangeDraft> tierChangeDrafts() {
    return ReviewGenerators.tierChangeDrafts();
  }

  /**
   * {@return valid escalation resolution drafts, with the raw values of
   * {@link ReviewGenerators#escalationResolutions()}} See
   * {@link ReviewGenerators#escalationResolutionDrafts()}.
   */
  public static Gen<EscalationResolutionDraft> escalationResolutionDrafts() {
    return ReviewGenerators.escalationResolutionDrafts();
  }

  /**
   * {@return valid host decision drafts, with the raw values of
   * {@link ReviewGenerators#hostDecisions()}} See {@link ReviewGenerators#hostDecisionDrafts()}.
   */
  public static Gen<HostDecisionDraft> hostDecisionDrafts() {
    return ReviewGenerators.hostDecisionDrafts();
  }

  /**
   * {@return valid drafts of all seven kinds of request, as an ecosystem draft holds them} See
   * {@link ReviewGenerators#submissionDrafts()}.
   */
  public static Gen<SubmissionDraft> submissionDrafts() {
    return ReviewGenerators.submissionDrafts();
  }

  /** {@return risk ids from a pool of ten} See {@link EscalationGenerators#riskIds()}. */
  public static Gen<RiskId> riskIds() {
    return EscalationGenerators.riskIds();
  }

  /**
   * {@return escalation path ids from a pool of four} See
   * {@link EscalationGenerators#escalationPathIds()}.
   */
  public static Gen<EscalationPathId> escalationPathIds() {
    return EscalationGenerators.escalationPathIds();
  }

  /** {@return escalation ids from a pool of ten} See {@link EscalationGenerators#escalationIds()}. */
  public static Gen<EscalationId> escalationIds() {
    return EscalationGenerators.escalationIds();
  }

  /**
   * {@return the six built-in risk kinds, sometimes a host-defined one} See
   * {@link EscalationGenerators#riskKinds()}.
   */
  public static Gen<RiskKind> riskKinds() {
    return EscalationGenerators.riskKinds();
  }

  /** {@return ratings, 1 and 5 as often as the three between} See {@link EscalationGenerators#ratings()}. */
  public static Gen<Rating> ratings() {
    return EscalationGenerators.ratings();
  }

  /** {@return every consequence category} See {@link EscalationGenerators#consequenceCategories()}. */
  public static Gen<ConsequenceCategory> consequenceCategories() {
    return EscalationGenerators.consequenceCategories();
  }

  /** {@return every severity} See {@link EscalationGenerators#severities()}. */
  public static Gen<Severity> severities() {
    return EscalationGenerators.severities();
  }

  /** {@return the five failure modes} See {@link EscalationGenerators#failureModes()}. */
  public static Gen<FailureMode> failureModes() {
    return EscalationGenerators.failureModes();
  }

  /**
   * {@return magnitudes: often nothing known, sometimes zero revenue at risk, often a regulation}
   * See {@link EscalationGenerators#magnitudes()}.
   */
  public static Gen<Magnitude> magnitudes() {
    return EscalationGenerators.magnitudes();
  }

  /**
   * {@return consequences of every category and severity, each with its explanation} See
   * {@link EscalationGenerators#consequences()}.
   */
  public static Gen<Consequence> consequences() {
    return EscalationGenerators.consequences();
  }

  /**
   * {@return risks of every kind, ratings at the edges, deadlines often exactly at the reference
   * instant} See {@link EscalationGenerators#risks()}.
   */
  public static Gen<Risk> risks() {
    return EscalationGenerators.risks();
  }

  /**
   * {@return escalation levels with owners of all three kinds} See
   * {@link EscalationGenerators#escalationLevels()}.
   */
  public static Gen<EscalationLevel> escalationLevels() {
    return EscalationGenerators.escalationLevels();
  }

  /**
   * {@return escalation paths of one to four levels, for every category and minimum severity} See
   * {@link EscalationGenerators#escalationPaths()}.
   */
  public static Gen<EscalationPath> escalationPaths() {
    return EscalationGenerators.escalationPaths();
  }

  /**
   * {@return single events of every kind: reached at a level or off the path, acknowledged,
   * resolved} See {@link EscalationGenerators#escalationEvents()}.
   */
  public static Gen<EscalationEvent> escalationEvents() {
    return EscalationGenerators.escalationEvents();
  }

  /**
   * {@return escalations: three in four follow a generated path, one in four has no path at all}
   * See {@link EscalationGenerators#escalations()}.
   */
  public static Gen<Escalation> escalations() {
    return EscalationGenerators.escalations();
  }

  /** {@return findings of every failure mode} See {@link EscalationGenerators#findings()}. */
  public static Gen<Finding> findings() {
    return EscalationGenerators.findings();
  }

  /**
   * {@return valid risk drafts with the raw form of {@link EscalationGenerators#risks()}: kinds
   * sometimes in lower case with spaces, zero customers affected sometimes left out} See
   * {@link EscalationGenerators#riskDrafts()}.
   */
  public static Gen<RiskDraft> riskDrafts() {
    return EscalationGenerators.riskDrafts();
  }

  /**
   * {@return valid level drafts with the raw form of
   * {@link EscalationGenerators#escalationLevels()}} See
   * {@link EscalationGenerators#escalationLevelDrafts()}.
   */
  public static Gen<EscalationLevelDraft> escalationLevelDrafts() {
    return EscalationGenerators.escalationLevelDrafts();
  }

  /**
   * {@return valid path drafts with the raw form of {@link EscalationGenerators#escalationPaths()},
   * names in mixed case} See {@link EscalationGenerators#escalationPathDrafts()}.
   */
  public static Gen<EscalationPathDraft> escalationPathDrafts() {
    return EscalationGenerators.escalationPathDrafts();
  }

  /**
   * {@return valid event drafts with the raw form of
   * {@link EscalationGenerators#escalationEvents()}} See
   * {@link EscalationGenerators#escalationEventDrafts()}.
   */
  public static Gen<EscalationEventDraft> escalationEventDrafts() {
    return EscalationGenerators.escalationEventDrafts();
  }

  /**
   * {@return valid escalation drafts with the raw form of
   * {@link EscalationGenerators#escalations()}} See
   * {@link EscalationGenerators#escalationDrafts()}.
   */
  public static Gen<EscalationDraft> escalationDrafts() {
    return EscalationGenerators.escalationDrafts();
  }

  /**
   * {@return consistent ecosystems, from almost empty to a few dozen parts} See
   * {@link EcosystemGenerators#ecosystemParts()}.
   */
  public static Gen<EcosystemParts> ecosystemParts() {
    return EcosystemGenerators.ecosystemParts();
  }

  /**
   * {@return consistent snapshots: {@link EcosystemGenerators#ecosystemParts()}, checked} See
   * {@link EcosystemGenerators#snapshots()}.
   */
  public static Gen<EcosystemSnapshot> snapshots() {
    return EcosystemGenerators.snapshots();
  }

  /**
   * {@return valid drafts of whole ecosystems, with the raw text of
   * {@link EcosystemGenerators#ecosystemParts()}} See
   * {@link EcosystemGenerators#ecosystemDrafts()}.
   */
  public static Gen<EcosystemDraft> ecosystemDrafts() {
    return EcosystemGenerators.ecosystemDrafts();
  }

  /** {@return every problem code} See {@link EcosystemGenerators#problemCodes()}. */
  public static Gen<ProblemCode> problemCodes() {
    return EcosystemGenerators.problemCodes();
  }

  /**
   * {@return problems as a snapshot reports them: a code, a nested path and a message} See
   * {@link EcosystemGenerators#problems()}.
   */
  public static Gen<Problem> problems() {
    return EcosystemGenerators.problems();
  }
}
