package org.partnergov.benchmark.diagnosis;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.escalation.EscalationLevel;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.EscalationPathId;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.Audience;
import org.partnergov.model.evidence.ClaimSubject;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.evidence.EvidenceProgramId;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.evidence.QualificationCriterion;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.evidence.ValueClaimId;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Affiliation;
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
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.diagnosis.Diagnosis;

/**
 * The decision test over whole ecosystems of 10,000, 40,000 and 160,000 partners, with
 * proportional activities (10 per partner), value claims, exception requests and decision
 * records (one per 10 partners), risks and escalations (one per 20 partners); the matrix, review
 * path, escalation path and evidence program stay the same. Four times the input should cost at
 * most 4.5 times the time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DecisionTestBenchmark {

  @Param({"10000", "40000", "160000"})
  public int partners;

  public static final Instant AS_OF = Instant.parse("2026-06-30T12:00:00Z");
  public static final Instant START = AS_OF.minus(Duration.ofDays(300));
  static final int PEOPLE = 20;
  static final OrgUnitId[] UNITS = {new OrgUnitId("partner-office"), new OrgUnitId("finance"), new OrgUnitId("delivery")};

  private final DecisionTest test = DecisionTest.builtIn();
  private EcosystemSnapshot snapshot;

  @Setup(Level.Trial)
  public void generate() {
    snapshot = ecosystem(partners);
  }

  @Benchmark
  public Diagnosis decisionTest() {
    return test.run(snapshot, AS_OF);
  }

  static PersonId person(int i) {
    return new PersonId("person-" + (i % PEOPLE));
  }

  /** An ecosystem of the given number of partners, built deterministically. */
  public static EcosystemSnapshot ecosystem(int partners) {
    ArrayList<Person> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(Person.builder().id(person(i)).name("Person " + i).affiliation(Affiliation.internal(UNITS[i % 3])).build());
    }
    ArrayList<Partner> ps = new ArrayList<>();
    ArrayList<ActivityRecord> activities = new ArrayList<>();
    ArrayList<ValueClaim> claims = new ArrayList<>();
    ArrayList<FundRequest> requests = new ArrayList<>();
    ArrayList<DecisionRecord> records = new ArrayList<>();
    ArrayList<Risk> risks = new ArrayList<>();
    ArrayList<Escalation> escalations = new ArrayList<>();
    java.util.List<java.util.List<Enrollment>> enrollments = java.util.List.of(new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>());
    ActivityKind[] kinds = ActivityKind.builtIn().toJavaArray(ActivityKind[]::new);
    EscalationPathId pathId = new EscalationPathId("operations");
    for (int p = 0; p < partners; p++) {
      PartnerId id = new PartnerId("partner-" + p);
      ProgramId program = new ProgramId("program-" + p % 4);
      ps.add(Partner.builder().id(id).name("Partner " + p).type(PartnerType.SYSTEMS_INTEGRATOR)
          .tier(Tier.of(p % 2 == 0 ? "Gold" : "Silver")).status(PartnerStatus.ACTIVE).relationshipOwner(person(p)).build());
      enrollments.get(p % 4).add(new Enrollment(id, HashSet.of(PartnerRole.DELIVER)));
      for (int a = 0; a < 10; a++) {
        activities.add(ActivityRecord.builder().id(new ActivityRecordId("a-" + p + "-" + a)).partner(id)
            .program(Option.some(program)).kind(kinds[(p + a) % kinds.length])
            .occurredAt(START.plus(Duration.ofDays((p + 7L * a) % 290))).source(ActivitySource.of("CRM"))
            .provenance(Provenance.values()[(p + a) % 4]).build());
      }
      if (p % 10 == 0) {
        claims.add(ValueClaim.builder().id(new ValueClaimId("claim-" + p)).partner(id)
            .subject(ClaimSubject.dimension(PerformanceDimension.REVENUE_MOTION)).period(Period.of(START, AS_OF))
            .cited(List.of(new ActivityRecordId("a-" + p + "-0"), new ActivityRecordId("a-" + p + "-1")))
            .claimant(person(p)).statement("revenue grew").madeAt(AS_OF.minus(Duration.ofDays(1))).build());
        RequestId request = new RequestId("request-" + p);
        requests.add(FundRequest.builder().id(request).requester(person(p + 1)).partner(id).program(Option.some(program))
            .rationale("co-marketing").submittedAt(START.plus(Duration.ofDays(p % 200))).kind(FundKind.MDF)
            .requestedAmount(Money.of(String.valueOf(1000 + p % 60_000), "EUR")).purpose("event").build());
        if (p % 20 == 0) {
          records.add(DecisionRecord.builder().id(new DecisionRecordId("decision-" + p)).request(request)
              .decisionType(DecisionType.FUND_ALLOCATION).decider(person(p % 40 == 0 ? p : p + 2))
              .verdict(Verdict.APPROVE).decidedAt(START.plus(Duration.ofDays(p % 200 + 1)))
              .right(Option.some(new DecisionRightId("r-funds"))).rationale(Option.some("fits the plan"))
              .reviewPath(Option.some(new ReviewPathId("fund-path"))).build());
          RiskId risk = new RiskId("risk-" + p);
          risks.add(Risk.builder().id(risk).partner(id).kind(RiskKind.DELIVERY_SLIP).raisedAt(START.plus(Duration.ofDays(p % 250)))
              .raisedBy(person(p)).description("slip").impact(Rating.of(1 + p % 5)).likelihood(Rating.of(1 + p % 3)).build());
          escalations.add(Escalation.builder().id(new EscalationId("escalation-" + p)).risk(risk)
              .path(p % 60 == 0 ? Option.none() : Option.some(pathId)).raisedAt(START.plus(Duration.ofDays(p % 250)))
              .events(List.of(new EscalationEvent.Reached(p % 60 == 0 ? person(p + 5) : person(3),
                  START.plus(Duration.ofDays(p % 250)), p % 60 == 0 ? Option.none() : Option.some(1)))).build());
        }
      }
    }
    ArrayList<Program> programs = new ArrayList<>();
    for (int g = 0; g < 4; g++) {
      programs.add(Program.builder().id(new ProgramId("program-" + g)).name("Program " + g).owner(person(g))
          .enrollments(List.ofAll(enrollments.get(g))).build());
    }
    EcosystemParts parts = EcosystemParts.builder().host(new Organization(new OrganizationId("host"), "Host"))
        .orgUnits(List.of(new OrgUnit(UNITS[0], "Partner office"), new OrgUnit(UNITS[1], "Finance"),
            new OrgUnit(UNITS[2], "Delivery")))
        .persons(List.ofAll(people)).partners(List.ofAll(ps)).programs(List.ofAll(programs))
        .matrix(DecisionRightsMatrix.of(List.of(DecisionRight.builder().id(new DecisionRightId("r-funds"))
            .decisionType(DecisionType.FUND_ALLOCATION).holder(Holder.team(UNITS[1])).role(RapidRole.DECIDE)
            .scope(org.partnergov.model.decision.Scope.any(Period.from(START.minus(Duration.ofDays(365))))).build()),
            List.empty()))
        .activities(List.ofAll(activities)).valueClaims(List.ofAll(claims)).requests(List.ofAll(requests))
        .reviewPaths(List.of(ReviewPath.builder().id(new ReviewPathId("fund-path")).decisionType(DecisionType.FUND_ALLOCATION)
            .steps(List.of(ReviewStep.of(Holder.team(UNITS[1]), List.of(Criterion.of("EVIDENCE_CITED", "cites")),
                Duration.ofDays(5)))).build()))
        .decisionRecords(List.ofAll(records)).risks(List.ofAll(risks))
        .escalationPaths(List.of(EscalationPath.builder().id(pathId).category(ConsequenceCategory.OPERATIONAL)
            .minimumSeverity(Severity.LOW).levels(List.of(new EscalationLevel("delivery lead", Holder.person(person(3)),
                Duration.ofDays(1)), new EscalationLevel("operations head", Holder.person(person(4)), Duration.ofDays(2))))
            .build()))
        .escalations(List.ofAll(escalations))
        .evidencePrograms(List.of(EvidenceProgram.builder().id(new EvidenceProgramId("launch")).name("Launch")
            .program(Option.some(new ProgramId("program-0")))
            .criteria(List.of(new QualificationCriterion("delivery", EvidenceClass.performance(
                PerformanceDimension.DELIVERY_QUALITY), Provenance.SYSTEM_RECORDED, 2, Duration.ofDays(365))))
            .launchDeadline(AS_OF.plus(Duration.ofDays(14))).deliveryTeam(UNITS[2])
            .audience(List.of(Audience.of("field sales"))).build()))
        .build();
    return parts.validate().getOrElseThrow(() -> new IllegalStateException("the generated ecosystem must be valid"));
  }
}
