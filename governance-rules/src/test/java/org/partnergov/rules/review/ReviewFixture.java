package org.partnergov.rules.review;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.ConflictOfInterest;
import org.partnergov.model.party.Enrollment;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Organization;
import org.partnergov.model.party.OrganizationId;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PartnerRole;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Role;
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.FastPath;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;

/**
 * A small ecosystem for review examples: Acme Systems (active, owned by Dana Lee) and Nordwind
 * (suspended) in the Pilot program; Finance (Sam Ortiz, Kim Park) decides fund allocations; the
 * fund path has a partner-manager step and a finance step, a fast path below 5,000 EUR and four
 * eyes above 50,000 EUR.
 */
public final class ReviewFixture {

  public static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
  public static final PersonId DANA = new PersonId("dana");
  public static final PersonId ALEX = new PersonId("alex");
  public static final PersonId SAM = new PersonId("sam");
  public static final PersonId KIM = new PersonId("kim");
  public static final PersonId LEE = new PersonId("lee");
  public static final PartnerId ACME = new PartnerId("acme");
  public static final PartnerId NORDWIND = new PartnerId("nordwind");
  public static final ProgramId PILOT = new ProgramId("pilot");
  public static final OrgUnitId FINANCE = new OrgUnitId("finance");
  public static final OrgUnitId PARTNERS = new OrgUnitId("partner-office");
  public static final Role MANAGER = Role.of("partner-manager");
  public static final ActivityRecordId DELIVERY = new ActivityRecordId("a-delivery");
  public static final ActivityRecordId TRAINING = new ActivityRecordId("a-training");

  public static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  public static Person person(PersonId id, String name, OrgUnitId unit, Role... roles) {
    return Person.builder().id(id).name(name).affiliation(Affiliation.internal(unit))
        .roles(HashSet.of(roles)).build();
  }

  public static Partner partner(PartnerId id, String name, PartnerStatus status, PersonId owner) {
    return Partner.builder().id(id).name(name).type(PartnerType.SYSTEMS_INTEGRATOR).tier(Tier.of("gold"))
        .status(status).relationshipOwner(owner).build();
  }

  public static ActivityRecord activity(ActivityRecordId id, ActivityKind kind, Provenance provenance) {
    return ActivityRecord.builder().id(id).partner(ACME).kind(kind).occurredAt(T0.minus(Duration.ofDays(10)))
        .source(ActivitySource.of("CRM")).provenance(provenance).build();
  }

  public static final ReviewPath FUND_PATH = ReviewPath.builder().id(new ReviewPathId("fund-path"))
      .decisionType(DecisionType.FUND_ALLOCATION)
      .steps(List.of(
          ReviewStep.of(Holder.role(MANAGER), List.of(Criterion.of("EVIDENCE_CITED", "cites evidence")), Duration.ofDays(2)),
          ReviewStep.of(Holder.team(FINANCE), List.of(Criterion.of("PROGRAM_ENROLLED", "enrolled")), Duration.ofDays(3))))
      .fastPath(Option.some(FastPath.of(eur("5000"), List.of(Criterion.of("EVIDENCE_CITED", "cites evidence"),
          Criterion.of("PARTNER_ACTIVE", "partner active")))))
      .fourEyesThreshold(Option.some(eur("50000")))
      .build();

  public static EcosystemParts.Builder parts() {
    return EcosystemParts.builder()
        .host(new Organization(new OrganizationId("host"), "Host Corp"))
        .orgUnits(List.of(new OrgUnit(FINANCE, "Finance"), new OrgUnit(PARTNERS, "Partner Office")))
        .persons(List.of(person(DANA, "Dana Lee", PARTNERS, MANAGER), person(ALEX, "Alex Kim", PARTNERS, MANAGER),
            person(SAM, "Sam Ortiz", FINANCE), person(KIM, "Kim Park", FINANCE), person(LEE, "Lee Chan", FINANCE)))
        .partners(List.of(partner(ACME, "Acme Systems", PartnerStatus.ACTIVE, DANA),
            partner(NORDWIND, "Nordwind", PartnerStatus.SUSPENDED, ALEX)))
        .programs(List.of(Program.builder().id(PILOT).name("Pilot").owner(DANA)
            .enrollments(List.of(new Enrollment(ACME, HashSet.of(PartnerRole.DELIVER)),
                new Enrollment(NORDWIND, HashSet.of(PartnerRole.DELIVER)))).build()))
        .conflicts(List.of(new ConflictOfInterest(LEE, ACME, "former employee of Acme")))
        .matrix(DecisionRightsMatrix.of(List.of(DecisionRight.builder().id(new DecisionRightId("r-finance"))
            .decisionType(DecisionType.FUND_ALLOCATION).holder(Holder.team(FINANCE)).role(RapidRole.DECIDE)
            .scope(Scope.any(Period.from(T0.minus(Duration.ofDays(365))))).build()), List.empty()))
        .activities(List.of(activity(DELIVERY, ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME, Provenance.SYSTEM_RECORDED),
            activity(TRAINING, ActivityKind.TRAINING_COMPLETED, Provenance.SYSTEM_RECORDED)))
        .reviewPaths(List.of(FUND_PATH));
  }

  public static EcosystemSnapshot snapshot(EcosystemParts.Builder parts) {
    return EcosystemSnapshot.of(parts.build()).fold(p -> { throw new IllegalStateException(p.mkString("; ")); }, s -> s);
  }

  public static ExceptionReview review() {
    return ExceptionReview.of(snapshot(parts()), ReviewPolicy.defaults());
  }

  public static FundRequest fund(String id, PartnerId partner, String amount) {
    return FundRequest.builder().id(new RequestId(id)).requester(ALEX).partner(partner).program(Option.some(PILOT))
        .rationale("co-marketing for the pilot").cited(List.of(DELIVERY)).submittedAt(T0)
        .kind(FundKind.MDF).requestedAmount(eur(amount)).purpose("pilot launch event").build();
  }

  public static DecisionAttempt attempt(String id, PersonId reviewer, Verdict verdict, Instant at) {
    return DecisionAttempt.of(new DecisionRecordId(id), reviewer, verdict, "fits the pilot plan", at);
  }

  private ReviewFixture() {}
}
