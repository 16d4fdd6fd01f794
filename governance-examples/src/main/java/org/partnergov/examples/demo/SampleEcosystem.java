package org.partnergov.examples.demo;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
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
import org.partnergov.model.evidence.CustomerId;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.evidence.EvidenceProgramId;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.evidence.QualificationCriterion;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.evidence.ValueClaimId;
import org.partnergov.model.money.AmountBand;
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
import org.partnergov.model.party.Role;
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FastPath;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.TierChange;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;

/**
 * The demo's embedded sample: Meridian Networks and its partners, telling the guide's two stories
 * as typed values.
 *
 * <p>Story 1, the platform program: partner-led edge pilots across thirty customer environments
 * in two-week deployment cycles, coordinated across product development, field sales, marketing,
 * a device partner and systems integrators, with a two-person program office as the coordinating
 * layer. Story 2, the launch: strong readiness activity before the fixed launch date of Aurora 5G
 * Private Network, an evidence program with qualification criteria, a delivery team and a
 * distribution workflow.
 *
 * <p>Planted failures, beside healthy twins: Brightline's revenue claim rests on trainings and
 * certifications only (FM-1, Northwind's claim rests on customer-confirmed outcomes); pilot
 * expansion is decided by "the Product Development team" across three boundaries (FM-2, fund
 * allocation has one named decider); Helix's Q2 co-marketing fund was approved by Helix's own
 * relationship owner (FM-3, Northwind's May fund went through the review path); Kestrel holds
 * certifications but no launch-ready evidence two weeks before launch (FM-4, Orbit qualified); a
 * Cobalt delivery slip went straight to the VP of Field Sales (FM-5, a Northwind complaint was
 * acknowledged at level 1 of its path).
 *
 * <p>Helix also asks to move from gold to platinum: a tier change, reviewed and decided like the
 * exception requests, by the VP partner ecosystem, not by Helix's relationship owner who asks.
 *
 * <p>All times are fixed: the stories are told as of {@link #AS_OF}, and another as-of instant
 * shows the same ecosystem earlier or later.
 */
public final class SampleEcosystem {

  /** Which story to tell. */
  public enum Story {
    /** The multi-party platform program. */
    PLATFORM,
    /** The launch-readiness evidence program. */
    LAUNCH,
    /** Both. */
    ALL;

    /** Whether this selection includes the story. */
    public boolean includes(Story story) {
      return this == ALL || this == story;
    }
  }

  /** The default as-of instant: two weeks before the Aurora launch, mid pilot cycle 6. */
  public static final Instant AS_OF = Instant.parse("2026-06-15T09:00:00Z");

  /** The fixed launch date of Aurora 5G Private Network. */
  public static final Instant LAUNCH_DATE = Instant.parse("2026-06-29T09:00:00Z");

  static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant PILOTS_START = Instant.parse("2026-03-02T09:00:00Z");
  static final int ENVIRONMENTS = 30;

  // ---------------------------------------------------------------- org units, people, roles

  static final OrgUnitId PRODUCT = new OrgUnitId("product-development");
  static final OrgUnitId SALES = new OrgUnitId("field-sales");
  static final OrgUnitId MARKETING = new OrgUnitId("marketing");
  static final OrgUnitId PMO = new OrgUnitId("program-office");
  static final OrgUnitId FINANCE = new OrgUnitId("finance");
  static final OrgUnitId LAUNCH_TEAM = new OrgUnitId("launch-evidence-team");

  /** Lead of the program office, owner of the pilot program. */
  public static final PersonId PRIYA = new PersonId("priya.raman");
  /** Partner account manager in field sales; owns the relationships with Helix and Cobalt. */
  public static final PersonId MARCO = new PersonId("marco.bellini");
  /** Partner manager in the program office; owns the relationships with Northwind and Brightline. */
  public static final PersonId RAVI = new PersonId("ravi.menon");
  /** Partner fund controller in finance: the one named decider of fund allocations. */
  public static final PersonId JONAS = new PersonId("jonas.weber");
  /** Co-marketing manager: requests partner funds. */
  public static final PersonId LENA = new PersonId("lena.fischer");
  /** Pilot engineering lead in product development: level 1 of the pilot escalation path. */
  public static final PersonId TOM = new PersonId("tom.hughes");
  /** VP Field Sales: not on any escalation path. */
  public static final PersonId GRACE = new PersonId("grace.kim");
  /** VP Partner Ecosystem: the last level of the escalation paths; decides tier changes. */
  public static final PersonId DANIEL = new PersonId("daniel.costa");
  /** Lead of the launch evidence team: decides readiness claims. */
  public static final PersonId SOFIA = new PersonId("sofia.lind");
  /** Channel manager for the launch partners; owns the relationships with Orbit and Kestrel. */
  public static final PersonId NOAH = new PersonId("noah.brandt");

  static final Role PARTNER_MANAGER = Role.of("partner-manager");

  // ---------------------------------------------------------------- partners and programs

  public static final PartnerId NORTHWIND = new PartnerId("northwind");
  public static final PartnerId HELIX = new PartnerId("helix-devices");
  public static final PartnerId BRIGHTLINE = new PartnerId("brightline");
  public static final PartnerId COBALT = new PartnerId("cobalt-field");
  public static final PartnerId ORBIT = new PartnerId("orbit-telecom");
  public static final PartnerId KESTREL = new PartnerId("kestrel-networks");

  public static final ProgramId EDGE_PILOTS = new ProgramId("edge-pilots");
  public static final ProgramId AURORA = new ProgramId("aurora-launch");

  /** A host-defined decision type: taking a pilot into more customer environments. */
  public static final DecisionType PILOT_EXPANSION = DecisionType.of("PILOT_EXPANSION");

  static final ReviewPathId FUND_PATH = new ReviewPathId("fund-review");
  static final ReviewPathId READINESS_PATH = new ReviewPathId("readiness-review");
  static final ReviewPathId TIER_PATH = new ReviewPathId("tier-review");
  static final EscalationPathId PILOT_ESCALATION = new EscalationPathId("pilot-operations");
  static final EscalationPathId LAUNCH_ESCALATION = new EscalationPathId("launch-readiness");

  private SampleEcosystem() {}

  /** The ecosystem of the story (or both), validated; throws if the sample itself were inconsistent. */
  public static EcosystemSnapshot snapshot(Story story) {
    EcosystemParts.Builder parts = base();
    if (story.includes(Story.PLATFORM)) {
      platform(parts);
    }
    if (story.includes(Story.LAUNCH)) {
      launch(parts);
    }
    return EcosystemSnapshot.of(parts.build()).fold(problems -> {
      throw new IllegalStateException("the sample ecosystem is invalid: " + problems.mkString("; "));
    }, valid -> valid);
  }

  // ---------------------------------------------------------------- what both stories share

  private static EcosystemParts.Builder base() {
    return EcosystemParts.builder()
        .host(new Organization(new OrganizationId("meridian"), "Meridian Networks"))
        .orgUnits(List.of(new OrgUnit(PRODUCT, "Product Development"), new OrgUnit(SALES, "Field Sales"),
            new OrgUnit(MARKETING, "Marketing"), new OrgUnit(PMO, "Partner Program Office"),
            new OrgUnit(FINANCE, "Finance"), new OrgUnit(LAUNCH_TEAM, "Launch Evidence Team")))
        .persons(List.of(person(PRIYA, "Priya Raman", PMO), person(MARCO, "Marco Bellini", SALES, PARTNER_MANAGER),
            person(RAVI, "Ravi Menon", PMO, PARTNER_MANAGER), person(JONAS, "Jonas Weber", FINANCE),
            person(LENA, "Lena Fischer", MARKETING), person(TOM, "Tom Hughes", PRODUCT),
            person(GRACE, "Grace Kim", SALES), person(DANIEL, "Daniel Costa", PMO),
            person(SOFIA, "Sofia Lind", LAUNCH_TEAM), person(NOAH, "Noah Brandt", SALES, PARTNER_MANAGER)))
        .matrix(DecisionRightsMatrix.of(List.of(
            right("funds-decide", DecisionType.FUND_ALLOCATION, Holder.person(JONAS), RapidRole.DECIDE),
            right("funds-input", DecisionType.FUND_ALLOCATION, Holder.person(LENA), RapidRole.INPUT),
            right("funds-perform", DecisionType.FUND_ALLOCATION, Holder.person(PRIYA), RapidRole.PERFORM),
            // the second approver of a four-eyes review: the VP partner ecosystem agrees to funds from 50,000 EUR
            DecisionRight.builder().from(right("funds-agree", DecisionType.FUND_ALLOCATION, Holder.person(DANIEL),
                RapidRole.AGREE)).scope(Scope.builder().validity(Period.from(YEAR_START))
                .amountBand(Option.some(AmountBand.from(eur("50000")))).build()).build(),
            right("readiness-decide", DecisionType.READINESS_CLAIM, Holder.person(SOFIA), RapidRole.DECIDE),
            right("readiness-input", DecisionType.READINESS_CLAIM, Holder.person(NOAH), RapidRole.INPUT),
            right("tier-decide", DecisionType.TIER_CHANGE, Holder.person(DANIEL), RapidRole.DECIDE),
            // FM-2: a cross-boundary decision given to a team, so nobody in particular owns it
            right("pilot-expansion-decide", PILOT_EXPANSION, Holder.team(PRODUCT), RapidRole.DECIDE),
            right("pilot-expansion-agree", PILOT_EXPANSION, Holder.person(GRACE), RapidRole.AGREE),
            right("pilot-expansion-input", PILOT_EXPANSION, Holder.person(PRIYA), RapidRole.INPUT)), List.empty()))
        .reviewPaths(List.of(
            ReviewPath.builder().id(FUND_PATH).decisionType(DecisionType.FUND_ALLOCATION)
                .steps(List.of(
                    ReviewStep.of(Holder.role(PARTNER_MANAGER), List.of(Criterion.of("EVIDENCE_CITED", "cites evidence")),
                        Duration.ofDays(2)),
                    ReviewStep.of(Holder.person(JONAS), List.of(Criterion.of("PROGRAM_ENROLLED", "partner enrolled")),
                        Duration.ofDays(3))))
                .fastPath(Option.some(FastPath.of(eur("5000"), List.of(Criterion.of("EVIDENCE_CITED", "cites evidence"),
                    Criterion.of("PARTNER_ACTIVE", "partner active")))))
                .fourEyesThreshold(Option.some(eur("50000")))
                .build(),
            ReviewPath.builder().id(READINESS_PATH).decisionType(DecisionType.READINESS_CLAIM)
                .steps(List.of(ReviewStep.of(Holder.person(SOFIA),
                    List.of(Criterion.of("EVIDENCE_CITED", "cites evidence"), Criterion.of("PROGRAM_ENROLLED", "enrolled")),
                    Duration.ofDays(5))))
                .build(),
            ReviewPath.builder().id(TIER_PATH).decisionType(DecisionType.TIER_CHANGE)
                .steps(List.of(ReviewStep.of(Holder.person(DANIEL), List.of(Criterion.of("EVIDENCE_CITED", "cites evidence")),
                    Duration.ofDays(5))))
                .build()))
        .escalationPaths(List.of(
            EscalationPath.builder().id(PILOT_ESCALATION).category(ConsequenceCategory.OPERATIONAL)
                .minimumSeverity(Severity.LOW).levels(List.of(
                    new EscalationLevel("pilot engineering lead", Holder.person(TOM), Duration.ofDays(1)),
                    new EscalationLevel("program office", Holder.person(PRIYA), Duration.ofDays(2)),
                    new EscalationLevel("VP partner ecosystem", Holder.person(DANIEL), Duration.ofDays(3))))
                .build(),
            EscalationPath.builder().id(LAUNCH_ESCALATION).category(ConsequenceCategory.REVENUE)
                .minimumSeverity(Severity.LOW).levels(List.of(
                    new EscalationLevel("launch evidence lead", Holder.person(SOFIA), Duration.ofDays(1)),
                    new EscalationLevel("program office", Holder.person(PRIYA), Duration.ofDays(2)),
                    new EscalationLevel("VP partner ecosystem", Holder.person(DANIEL), Duration.ofDays(2))))
                .build()));
  }

  // ---------------------------------------------------------------- story 1: the platform program

  private static void platform(EcosystemParts.Builder parts) {
    EcosystemParts sofar = parts.build();
    Seq<ActivityRecord> pilots = pilotActivity();
    Seq<ActivityRecord> brightline = List.range(1, 10).map(i -> record("brightline-training-" + i, BRIGHTLINE,
        i <= 6 ? ActivityKind.TRAINING_COMPLETED : ActivityKind.CERTIFICATION_EARNED, Provenance.SYSTEM_RECORDED,
        day(Instant.parse("2026-04-02T10:00:00Z"), 5 * i), Option.none(), "LMS"));
    Seq<ActivityRecord> brightlineEvent = List.of(record("brightline-roadshow", BRIGHTLINE, ActivityKind.EVENT_ATTENDED,
        Provenance.SYSTEM_RECORDED, Instant.parse("2026-06-04T16:00:00Z"), Option.none(), "Events"));
    parts.partners(sofar.partners().appendAll(List.of(
            partner(NORTHWIND, "Northwind Systems", PartnerType.SYSTEMS_INTEGRATOR, "platinum", RAVI),
            partner(HELIX, "Helix Devices", PartnerType.DEVICE_OEM, "gold", MARCO),
            partner(BRIGHTLINE, "Brightline Integrators", PartnerType.SYSTEMS_INTEGRATOR, "silver", RAVI),
            partner(COBALT, "Cobalt Field Services", PartnerType.MANAGED_SERVICE_PROVIDER, "gold", MARCO))))
        .programs(sofar.programs().append(Program.builder().id(EDGE_PILOTS).name("Edge Platform Pilots").owner(PRIYA)
            .enrollments(List.of(enrolled(NORTHWIND, PartnerRole.DELIVER), enrolled(HELIX, PartnerRole.SUPPLY_DEVICES),
                enrolled(BRIGHTLINE, PartnerRole.DELIVER), enrolled(COBALT, PartnerRole.DELIVER)))
            .build()))
        .activities(sofar.activities().appendAll(pilots).appendAll(brightline).appendAll(brightlineEvent))
        .valueClaims(sofar.valueClaims().appendAll(List.of(
            // FM-1: "success" that is all training completions and certifications
            ValueClaim.builder().id(new ValueClaimId("brightline-q2-revenue")).partner(BRIGHTLINE)
                .program(Option.some(EDGE_PILOTS)).subject(ClaimSubject.dimension(PerformanceDimension.REVENUE_MOTION))
                .period(Period.of(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")))
                .cited(brightline.map(ActivityRecord::id)).claimant(RAVI)
                .statement("Brightline is driving pilot revenue: 6 trainings and 3 certifications this quarter")
                .madeAt(Instant.parse("2026-06-10T10:00:00Z")).build(),
            // healthy twin: customer-confirmed outcomes
            ValueClaim.builder().id(new ValueClaimId("northwind-pilot-outcomes")).partner(NORTHWIND)
                .program(Option.some(EDGE_PILOTS)).subject(ClaimSubject.customerOutcome(
                    "pilot environments went live with confirmed outcomes"))
                .period(Period.of(PILOTS_START, Instant.parse("2026-07-01T00:00:00Z")))
                .cited(pilots.filter(r -> r.partner().equals(NORTHWIND) && r.kind().equals(ActivityKind.CUSTOMER_CONFIRMED_OUTCOME))
                    .map(ActivityRecord::id))
                .claimant(RAVI).statement("Northwind's pilot deployments produced customer-confirmed outcomes")
                .madeAt(Instant.parse("2026-06-11T10:00:00Z")).build())))
        .requests(sofar.requests().appendAll(platformRequests()))
        .decisionRecords(sofar.decisionRecords().appendAll(List.of(
            // healthy: decided along the review path by the named decider, with a rationale
            DecisionRecord.builder().id(new DecisionRecordId("dec-northwind-may-mdf")).request(new RequestId("northwind-may-mdf"))
                .decisionType(DecisionType.FUND_ALLOCATION).decider(JONAS).verdict(Verdict.APPROVE)
                .decidedAt(Instant.parse("2026-05-07T15:00:00Z")).right(Option.some(new DecisionRightId("funds-decide")))
                .rationale(Option.some("customer-confirmed pilot outcomes in 9 environments justify the joint event"))
                .reviewPath(Option.some(FUND_PATH)).build(),
            // FM-3: approved by Helix's own relationship owner, outside the path, under no right
            DecisionRecord.builder().id(new DecisionRecordId("dec-helix-q2-comarketing")).request(new RequestId("helix-q2-comarketing"))
                .decisionType(DecisionType.FUND_ALLOCATION).decider(MARCO).verdict(Verdict.APPROVE)
                .decidedAt(Instant.parse("2026-04-21T11:00:00Z"))
                .rationale(Option.some("long-standing partner, they always deliver")).build())))
        .risks(sofar.risks().appendAll(platformRisks()))
        .escalations(sofar.escalations().appendAll(List.of(
            // FM-5: straight to a VP who is on no level of the path
            Escalation.builder().id(new EscalationId("esc-cobalt-cutover")).risk(new RiskId("cobalt-cutover-slip"))
                .path(Option.some(PILOT_ESCALATION)).raisedAt(Instant.parse("2026-06-08T08:00:00Z"))
                .events(List.of(EscalationEvent.reachedOffPath(GRACE, Instant.parse("2026-06-08T08:30:00Z")),
                    EscalationEvent.acknowledged(GRACE, Instant.parse("2026-06-08T09:10:00Z"))))
                .build(),
            // healthy twin: level 1 of its path, acknowledged in time
            Escalation.builder().id(new EscalationId("esc-northwind-env07")).risk(new RiskId("northwind-env07-complaint"))
                .path(Option.some(PILOT_ESCALATION)).raisedAt(Instant.parse("2026-06-09T13:00:00Z"))
                .events(List.of(EscalationEvent.reached(TOM, Instant.parse("2026-06-09T13:00:00Z"), 1),
                    EscalationEvent.acknowledged(TOM, Instant.parse("2026-06-09T16:00:00Z"))))
                .build())));
  }

  /**
   * Six two-week deployment cycles across thirty customer environments: Northwind and Cobalt
   * deliver, Helix supplies devices, customers confirm outcomes; a little enablement beside it.
   */
  private static Seq<ActivityRecord> pilotActivity() {
    List<ActivityRecord> out = List.empty();
    for (int env = 1; env <= ENVIRONMENTS; env++) {
      PartnerId deliverer = env % 3 == 0 ? COBALT : NORTHWIND;
      int cycle = (env - 1) / 5;
      Instant delivered = day(PILOTS_START, 14 * cycle + env % 5);
      String e = String.format("env-%02d", env);
      Option<CustomerId> customer = Option.some(new CustomerId(e));
      out = out.append(pilotRecord("deploy-" + e, deliverer, ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME,
          Provenance.SYSTEM_RECORDED, delivered, customer, "Deployment tracker"));
      out = out.append(pilotRecord("devices-" + e, HELIX, ActivityKind.DELIVERY_SCORE, Provenance.SYSTEM_RECORDED,
          delivered.minus(Duration.ofDays(2)), customer, "Device logistics"));
      if (env % 2 == 1) {
        out = out.append(pilotRecord("outcome-" + e, deliverer, ActivityKind.CUSTOMER_CONFIRMED_OUTCOME,
            Provenance.CUSTOMER_CONFIRMED, delivered.plus(Duration.ofDays(7)), customer, "Customer sign-off"));
      }
      if (env <= 8 && env % 3 != 0) {
        out = out.append(pilotRecord("subscription-" + e, deliverer, ActivityKind.REVENUE_BOOKED,
            Provenance.SYSTEM_RECORDED, delivered.plus(Duration.ofDays(21)), customer, "Billing"));
      }
      if (env % 5 == 0) {
        out = out.append(pilotRecord("onboarding-" + e, deliverer, ActivityKind.ONBOARDING_STEP_DONE,
            Provenance.SYSTEM_RECORDED, delivered.minus(Duration.ofDays(5)), Option.none(), "Partner portal"));
      }
    }
    return out.filter(r -> !r.occurredAt().isAfter(Instant.parse("2026-06-14T00:00:00Z")));
  }

  private static Seq<ExceptionRequest> platformRequests() {
    return List.of(
        fund("northwind-may-mdf", NORTHWIND, LENA, "12000", "joint customer event for the first nine pilot sites",
            Instant.parse("2026-05-04T09:00:00Z"), List.of(id("outcome-env-01"), id("outcome-env-05"))),
        fund("helix-q2-comarketing", HELIX, LENA, "15000", "Q2 co-marketing campaign for the edge gateway bundle",
            Instant.parse("2026-04-20T09:00:00Z"), List.of(id("devices-env-01"))),
        fund("cobalt-field-kit", COBALT, LENA, "7500", "field kits for pilot cut-over crews",
            Instant.parse("2026-06-01T09:00:00Z"), List.of(id("deploy-env-03"))),
        fund("helix-q3-comarketing", HELIX, LENA, "18000", "Q3 co-marketing of the certified edge gateway",
            Instant.parse("2026-06-12T09:00:00Z"), List.of(id("devices-env-11"), id("devices-env-12"))),
        fund("brightline-roadshow", BRIGHTLINE, LENA, "4200", "regional roadshow seats for pilot prospects",
            Instant.parse("2026-06-13T09:00:00Z"), List.of(id("brightline-roadshow"))),
        fund("northwind-expansion-coselling", NORTHWIND, RAVI, "65000", "co-selling fund for the 30-site expansion wave",
            Instant.parse("2026-06-14T09:00:00Z"), List.of(id("outcome-env-21"), id("outcome-env-25"))),
        TierChange.builder().id(new RequestId("helix-platinum")).requester(MARCO).partner(HELIX)
            .program(Option.some(EDGE_PILOTS)).tier(Tier.of("platinum"))
            .rationale("certified gateways delivered to the pilot environments on time")
            .cited(List.of(id("devices-env-11"), id("devices-env-12")))
            .submittedAt(Instant.parse("2026-06-14T10:00:00Z")).build());
  }

  private static Seq<Risk> platformRisks() {
    return List.of(
        Risk.builder().id(new RiskId("cobalt-cutover-slip")).partner(COBALT).program(Option.some(EDGE_PILOTS))
            .kind(RiskKind.DELIVERY_SLIP).raisedAt(Instant.parse("2026-06-08T08:00:00Z")).raisedBy(MARCO)
            .description("cycle-6 cut-over slipped two weeks in four customer environments")
            .impact(Rating.of(4)).likelihood(Rating.of(4)).customersAffected(4)
            .revenueAtRisk(Option.some(eur("240000"))).build(),
        Risk.builder().id(new RiskId("northwind-env07-complaint")).partner(NORTHWIND).program(Option.some(EDGE_PILOTS))
            .kind(RiskKind.CUSTOMER_COMPLAINT).raisedAt(Instant.parse("2026-06-09T13:00:00Z")).raisedBy(RAVI)
            .description("env-07 reports gateway reboots after the cycle-5 update")
            .impact(Rating.of(2)).likelihood(Rating.of(3)).customersAffected(1).build());
  }

  // ---------------------------------------------------------------- story 2: the launch

  private static void launch(EcosystemParts.Builder parts) {
    EcosystemParts sofar = parts.build();
    Instant readiness = Instant.parse("2026-05-18T09:00:00Z");
    Seq<ActivityRecord> kestrel = List.range(1, 9).map(i -> record("kestrel-readiness-" + i, KESTREL,
        i <= 4 ? ActivityKind.CERTIFICATION_EARNED : i <= 7 ? ActivityKind.TRAINING_COMPLETED : ActivityKind.WEBINAR_JOINED,
        Provenance.SYSTEM_RECORDED, day(readiness, 2 * i), Option.none(), "LMS"))
        .map(r -> ActivityRecord.builder().from(r).program(Option.some(AURORA)).build());
    Seq<ActivityRecord> orbit = List.of(
        record("orbit-cert-1", ORBIT, ActivityKind.CERTIFICATION_EARNED, Provenance.SYSTEM_RECORDED, day(readiness, 1),
            Option.none(), "LMS"),
        record("orbit-cert-2", ORBIT, ActivityKind.CERTIFICATION_EARNED, Provenance.SYSTEM_RECORDED, day(readiness, 3),
            Option.none(), "LMS"),
        record("orbit-qualification", ORBIT, ActivityKind.QUALIFICATION_PASSED, Provenance.SYSTEM_RECORDED,
            day(readiness, 12), Option.none(), "Qualification lab"),
        record("orbit-reference-site", ORBIT, ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME, Provenance.CUSTOMER_CONFIRMED,
            day(readiness, 18), Option.some(new CustomerId("harbor-logistics")), "Deployment tracker"))
        .map(r -> ActivityRecord.builder().from(r).program(Option.some(AURORA)).build());
    parts.partners(sofar.partners().appendAll(List.of(
            partner(ORBIT, "Orbit Telecom Solutions", PartnerType.RESELLER, "gold", NOAH),
            partner(KESTREL, "Kestrel Networks", PartnerType.SYSTEMS_INTEGRATOR, "gold", NOAH))))
        .programs(sofar.programs().append(Program.builder().id(AURORA).name("Aurora 5G Private Network launch")
            .owner(SOFIA).enrollments(List.of(enrolled(ORBIT, PartnerRole.RESELL), enrolled(KESTREL, PartnerRole.DELIVER)))
            .build()))
        .activities(sofar.activities().appendAll(kestrel).appendAll(orbit))
        .evidencePrograms(sofar.evidencePrograms().append(EvidenceProgram.builder()
            .id(new EvidenceProgramId("aurora-evidence")).name("Aurora launch evidence program")
            .program(Option.some(AURORA))
            .criteria(List.of(
                new QualificationCriterion("lab qualification", EvidenceClass.performance(PerformanceDimension.READINESS),
                    Provenance.SYSTEM_RECORDED, 1, Duration.ofDays(180)),
                new QualificationCriterion("reference deployment",
                    EvidenceClass.performance(PerformanceDimension.DELIVERY_QUALITY), Provenance.SYSTEM_RECORDED, 1,
                    Duration.ofDays(180))))
            .launchDeadline(LAUNCH_DATE).deliveryTeam(LAUNCH_TEAM)
            .audience(List.of(Audience.of("field sales"), Audience.of("product marketing"), Audience.of("partner portal")))
            .build()))
        .requests(sofar.requests().appendAll(List.of(
            readiness("orbit-aurora-ready", ORBIT, Instant.parse("2026-06-11T09:00:00Z"),
                List.of(id("orbit-qualification"), id("orbit-reference-site"))),
            readiness("kestrel-aurora-ready", KESTREL, Instant.parse("2026-06-12T09:00:00Z"),
                kestrel.take(4).map(ActivityRecord::id)))))
        .risks(sofar.risks().append(Risk.builder().id(new RiskId("kestrel-readiness-gap")).partner(KESTREL)
            .program(Option.some(AURORA)).kind(RiskKind.READINESS_GAP).raisedAt(Instant.parse("2026-06-12T14:00:00Z"))
            .raisedBy(SOFIA).description("no qualification or reference deployment two and a half weeks before launch")
            .impact(Rating.of(4)).likelihood(Rating.of(3)).revenueAtRisk(Option.some(eur("410000")))
            .deadline(Option.some(LAUNCH_DATE)).build()))
        .escalations(sofar.escalations().append(Escalation.builder().id(new EscalationId("esc-kestrel-gap"))
            .risk(new RiskId("kestrel-readiness-gap")).path(Option.some(LAUNCH_ESCALATION))
            .raisedAt(Instant.parse("2026-06-12T14:00:00Z"))
            .events(List.of(EscalationEvent.reached(SOFIA, Instant.parse("2026-06-12T14:00:00Z"), 1)))
            .build()));
  }

  // ---------------------------------------------------------------- small builders

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static ActivityRecordId id(String value) {
    return new ActivityRecordId(value);
  }

  static Instant day(Instant from, int days) {
    return from.plus(Duration.ofDays(days));
  }

  private static Person person(PersonId id, String name, OrgUnitId unit, Role... roles) {
    return Person.builder().id(id).name(name).affiliation(Affiliation.internal(unit)).roles(HashSet.of(roles)).build();
  }

  private static Partner partner(PartnerId id, String name, PartnerType type, String tier, PersonId owner) {
    return Partner.builder().id(id).name(name).type(type).tier(Tier.of(tier)).status(PartnerStatus.ACTIVE)
        .relationshipOwner(owner).build();
  }

  private static Enrollment enrolled(PartnerId partner, PartnerRole role) {
    return new Enrollment(partner, HashSet.of(role));
  }

  private static DecisionRight right(String id, DecisionType type, Holder holder, RapidRole role) {
    return DecisionRight.builder().id(new DecisionRightId(id)).decisionType(type).holder(holder).role(role)
        .scope(Scope.any(Period.from(YEAR_START))).build();
  }

  private static ActivityRecord record(String id, PartnerId partner, ActivityKind kind, Provenance provenance,
      Instant at, Option<CustomerId> customer, String source) {
    return ActivityRecord.builder().id(new ActivityRecordId(id)).partner(partner).kind(kind).occurredAt(at)
        .source(ActivitySource.of(source)).provenance(provenance).customer(customer).build();
  }

  private static ActivityRecord pilotRecord(String id, PartnerId partner, ActivityKind kind, Provenance provenance,
      Instant at, Option<CustomerId> customer, String source) {
    return ActivityRecord.builder().from(record(id, partner, kind, provenance, at, customer, source))
        .program(Option.some(EDGE_PILOTS)).build();
  }

  private static FundRequest fund(String id, PartnerId partner, PersonId requester, String amount, String purpose,
      Instant at, Seq<ActivityRecordId> cited) {
    return FundRequest.builder().id(new RequestId(id)).requester(requester).partner(partner)
        .program(Option.some(EDGE_PILOTS)).rationale(purpose).cited(cited).submittedAt(at)
        .kind(FundKind.MDF).requestedAmount(eur(amount)).purpose(purpose).build();
  }

  private static ReadinessClaim readiness(String id, PartnerId partner, Instant at, Seq<ActivityRecordId> cited) {
    return ReadinessClaim.builder().id(new RequestId(id)).requester(NOAH).partner(partner)
        .program(Option.some(AURORA)).rationale("ready to sell and deliver Aurora from launch day").cited(cited)
        .submittedAt(at).launch("Aurora 5G Private Network").launchDate(LAUNCH_DATE)
        .claimedCriteria(List.of("lab qualification", "reference deployment")).build();
  }
}
