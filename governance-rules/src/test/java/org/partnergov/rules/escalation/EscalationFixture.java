package org.partnergov.rules.escalation;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.partnergov.model.decision.Holder;
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
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Organization;
import org.partnergov.model.party.OrganizationId;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Role;
import org.partnergov.model.party.Tier;

/**
 * A small ecosystem for escalation examples: Acme Systems, whose relationship owner is Dana Lee
 * (partner manager); Vic Moreau holds the only "VP field sales" role; Chris Roe is chief revenue
 * officer; the legal team has two members; nobody holds "alliance director"; Pat Quinn owns the
 * Pilot program. The compliance path goes Dana (4 hours), the VP field sales role (1 day), Chris
 * (2 days).
 */
final class EscalationFixture {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static final PersonId DANA = PersonId.of("dana");
  static final PersonId VIC = PersonId.of("vic");
  static final PersonId CHRIS = PersonId.of("chris");
  static final PersonId LEE = PersonId.of("lee");
  static final PersonId LOU = PersonId.of("lou");
  static final PersonId PAT = PersonId.of("pat");
  static final PersonId SAM = PersonId.of("sam");
  static final PersonId OUTSIDER = PersonId.of("golf-buddy");

  static final OrgUnitId PARTNERS = OrgUnitId.of("partners");
  static final OrgUnitId SALES = OrgUnitId.of("sales");
  static final OrgUnitId LEGAL = OrgUnitId.of("legal");
  static final Role VP_FIELD_SALES = Role.of("VP field sales");
  static final Role ALLIANCE_DIRECTOR = Role.of("alliance director");

  static final PartnerId ACME = PartnerId.of("acme");
  static final ProgramId PILOT = ProgramId.of("pilot");

  static final Seq<Person> PEOPLE = List.of(
      person(DANA, "Dana Lee", PARTNERS, "partner manager"),
      person(VIC, "Vic Moreau", SALES, "VP field sales"),
      person(CHRIS, "Chris Roe", SALES, "chief revenue officer"),
      person(LEE, "Lee Chan", LEGAL, "legal counsel"),
      person(LOU, "Lou Diaz", LEGAL, "legal counsel"),
      person(PAT, "Pat Quinn", PARTNERS, "program owner"),
      person(SAM, "Sam Ortiz", SALES, "account executive"),
      person(OUTSIDER, "Gus Olf", SALES, "account executive"));

  static final Partner ACME_SYSTEMS = Partner.builder().id(ACME).name("Acme Systems").type(PartnerType.SYSTEMS_INTEGRATOR)
      .tier(Tier.of("Gold")).status(PartnerStatus.ACTIVE).relationshipOwner(DANA).build();

  static final EscalationPath COMPLIANCE = path("p-compliance", ConsequenceCategory.COMPLIANCE, Severity.MEDIUM,
      level("Partner manager", Holder.person(DANA), Duration.ofHours(4)),
      level("VP field sales", Holder.role(VP_FIELD_SALES), Duration.ofDays(1)),
      level("Chief revenue officer", Holder.person(CHRIS), Duration.ofDays(2)));

  private EscalationFixture() {}

  static Person person(PersonId id, String name, OrgUnitId unit, String role) {
    return Person.builder().id(id).name(name).affiliation(Affiliation.internal(unit)).roles(HashSet.of(Role.of(role))).build();
  }

  static EscalationLevel level(String name, Holder owner, Duration time) {
    return new EscalationLevel(name, owner, time);
  }

  static EscalationPath path(String id, ConsequenceCategory category, Severity minimum, EscalationLevel... levels) {
    return EscalationPath.builder().id(EscalationPathId.of(id)).category(category).minimumSeverity(minimum)
        .levels(List.of(levels)).build();
  }

  static Risk risk(String id, Option<ProgramId> program) {
    return Risk.builder().id(RiskId.of(id)).partner(ACME).program(program).kind(RiskKind.COMPLIANCE_BREACH)
        .raisedAt(T0).raisedBy(SAM).description("Personal data shared without a processing agreement")
        .impact(Rating.of(4)).likelihood(Rating.of(3)).regulation(Option.some("GDPR")).build();
  }

  static Escalation escalation(String id, Option<EscalationPath> path, EscalationEvent... events) {
    return Escalation.builder().id(EscalationId.of(id)).risk(RiskId.of("r-1")).path(path.map(EscalationPath::id))
        .raisedAt(T0).events(List.of(events)).build();
  }

  static EcosystemSnapshot snapshot(Seq<EscalationPath> paths, Seq<Escalation> escalations) {
    return EcosystemParts.builder().host(new Organization(OrganizationId.of("host"), "Contoso"))
        .orgUnits(List.of(new OrgUnit(PARTNERS, "Partner organization"), new OrgUnit(SALES, "Field sales"),
            new OrgUnit(LEGAL, "Legal")))
        .persons(PEOPLE).partners(List.of(ACME_SYSTEMS))
        .programs(List.of(Program.builder().id(PILOT).name("Pilot").owner(PAT).build()))
        .risks(List.of(risk("r-1", Option.some(PILOT))))
        .escalationPaths(paths).escalations(escalations).build().validate().get();
  }

  static Instant hours(double h) {
    return T0.plus(Duration.ofMinutes(Math.round(h * 60)));
  }
}
