package org.partnergov.testkit;

import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.util.function.Function;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.ecosystem.EcosystemDraft;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Organization;
import org.partnergov.model.party.OrganizationId;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.EscalationResolution;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.ReviewPathId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for whole ecosystems in which every reference resolves. The parties fill the id
 * pools of {@link PartyGenerators} completely (org units {@code unit-1..6}, persons
 * {@code person-1..12}, of whom {@code person-1..8} are internal and {@code person-9..12} work
 * for partners, partners {@code partner-1..8} owned by internal persons, programs
 * {@code program-1..4}), so every value the other generators draw from those pools refers to
 * something real. Decision records point at requests, review paths, rights and delegations of the
 * same ecosystem, and decide what their request asks (a tier change's partner and tier, the
 * escalation resolved...); escalation resolutions resolve its escalations, for the escalated
 * risk's partner; escalations point at its risks and paths. Relationship owners often show up as
 * requesters and deciders, since both come from the same small pool.
 */
public final class EcosystemGenerators {

  /** The host of every generated ecosystem. */
  public static final Organization HOST = new Organization(new OrganizationId("host"), "Contoso");

  private static final int INTERNAL = 8;

  private EcosystemGenerators() {}

  /** {@return consistent ecosystems, from almost empty to a few dozen parts} */
  public static Gen<EcosystemParts> ecosystemParts() {
    return parties().zip(DecisionGenerators.matrices(), lists().of(ReviewGenerators.reviewPaths()).ofSizeBetween(0, 3),
            lists().of(ReviewGenerators.exceptionRequests()).ofSizeBetween(0, 8),
            (p, matrix, paths, requests) -> EcosystemParts.builder().from(p).matrix(matrix)
                .reviewPaths(distinct(paths, r -> r.id())).requests(distinct(requests, ExceptionRequest::id)).build())
        .zip(lists().of(EvidenceGenerators.activityRecords()).ofSizeBetween(0, 15),
            lists().of(EvidenceGenerators.valueClaims()).ofSizeBetween(0, 4),
            lists().of(ReviewGenerators.decisionRecords()).ofSizeBetween(0, 6),
            (p, activities, claims, records) -> EcosystemParts.builder().from(p)
                .activities(distinct(activities, a -> a.id())).valueClaims(distinct(claims, c -> c.id()))
                .decisionRecords(distinct(records, r -> r.id()).flatMap(r -> onRequests(r, p))).build())
        .zip(lists().of(EscalationGenerators.risks()).ofSizeBetween(0, 5),
            lists().of(EscalationGenerators.escalationPaths()).ofSizeBetween(0, 3),
            lists().of(EvidenceGenerators.evidencePrograms()).ofSizeBetween(0, 2),
            (p, risks, paths, programs) -> EcosystemParts.builder().from(p).risks(distinct(risks, r -> r.id()))
                .escalationPaths(distinct(paths, e -> e.id())).evidencePrograms(distinct(programs, e -> e.id())).build())
        .flatMap(EcosystemGenerators::withEscalations)
        .map(EcosystemGenerators::resolvingItsEscalations);
  }

  /** {@return consistent snapshots: {@link #ecosystemParts()}, checked} */
  public static Gen<EcosystemSnapshot> snapshots() {
    return ecosystemParts().map(p -> p.validate().get());
  }

  /** {@return valid drafts of whole ecosystems, with the raw text of {@link #ecosystemParts()}} */
  public static Gen<EcosystemDraft> ecosystemDrafts() {
    return ecosystemParts().zip(Generate.booleans(), EcosystemGenerators::draftOf);
  }

  /** {@return every problem code} */
  public static Gen<ProblemCode> problemCodes() {
    return Generate.enumValues(ProblemCode.class);
  }

  /** {@return problems as a snapshot reports them: a code, a nested path and a message} */
  public static Gen<Problem> problems() {
    return problemCodes().zip(PartyGenerators.ids("partners", 3), Generate.pick(java.util.List.of("id",
        "relationshipOwner", "regions[0]")), (code, kind, field) -> new Problem(code,
        kind.replace('-', '[') + "]." + field, code.description()));
  }

  /** The host, the six org units, the twelve persons, the eight partners and the four programs. */
  private static Gen<EcosystemParts> parties() {
    Gen<java.util.List<Person>> persons = lists().of(PartyGenerators.persons()).ofSize(12);
    Gen<java.util.List<Partner>> partners = lists().of(PartyGenerators.partners()).ofSize(8);
    Gen<java.util.List<OrgUnit>> units = lists().of(PartyGenerators.orgUnits()).ofSize(6);
    Gen<java.util.List<Program>> programs = lists().of(PartyGenerators.programs()).ofSize(4);
    return persons.zip(partners, units, programs, (ps, pts, us, prs) -> EcosystemParts.builder().host(HOST)
            .orgUnits(List.ofAll(us).zipWithIndex((u, i) -> new OrgUnit(new OrgUnitId("unit-" + (i + 1)), u.name())))
            .persons(List.ofAll(ps).zipWithIndex(EcosystemGenerators::pooled))
            .partners(List.ofAll(pts).zipWithIndex(EcosystemGenerators::pooled))
            .programs(List.ofAll(prs).zipWithIndex((p, i) ->
                Program.builder().from(p).id(new ProgramId("program-" + (i + 1))).build()))
            .build())
        .zip(lists().of(PartyGenerators.conflicts()).ofSizeBetween(0, 3),
            (p, conflicts) -> EcosystemParts.builder().from(p).conflicts(List.ofAll(conflicts).distinct()).build());
  }

  /** The person at its place in the pool: internal for the first eight, partner staff after. */
  private static Person pooled(Person p, int i) {
    Affiliation affiliation = i < INTERNAL
        ? Affiliation.internal(new OrgUnitId("unit-" + (i % 6 + 1)))
        : Affiliation.partnerStaff(new PartnerId("partner-" + (i % 8 + 1)));
    return Person.builder().from(p).id(new PersonId("person-" + (i + 1))).affiliation(affiliation).build();
  }

  /** The partner at its place in the pool, owned by one of the internal persons. */
  private static Partner pooled(Partner p, int i) {
    int owner = Integer.parseInt(p.relationshipOwner().value().substring("person-".length()));
    return Partner.builder().from(p).id(new PartnerId("partner-" + (i + 1)))
        .relationshipOwner(new PersonId("person-" + ((owner - 1) % INTERNAL + 1))).build();
  }

  /** The record made about one of the ecosystem's requests, citing only what exists; none if there is no request. */
  private static List<DecisionRecord> onRequests(DecisionRecord r, EcosystemParts p) {
    if (p.requests().isEmpty()) {
      return List.empty();
    }
    ExceptionRequest request = p.requests().get(Math.floorMod(r.id().hashCode(), p.requests().size()));
    Set<ReviewPathId> paths = HashSet.ofAll(p.reviewPaths().map(x -> x.id()));
    Set<DecisionRightId> rights = HashSet.ofAll(p.matrix().rights().map(x -> x.id()));
    Set<DelegationId> delegations = HashSet.ofAll(p.matrix().delegations().map(x -> x.id()));
    return List.of(DecisionRecord.builder().from(r).subject(DecisionSubject.of(request)).decisionType(request.decisionType())
        .reviewPath(r.reviewPath().filter(paths::contains)).right(r.right().filter(rights::contains))
        .delegation(r.delegation().filter(delegations::contains)).build());
  }

  /** Zero to four escalations of the ecosystem's risks, on its paths or on none. */
  private static Gen<EcosystemParts> withEscalations(EcosystemParts p) {
    if (p.risks().isEmpty()) {
      return Generate.constant(p);
    }
    Gen<Escalation> any = p.escalationPaths().isEmpty() ? EscalationGenerators.escalationsWithoutPath()
        : Generate.pick(p.escalationPaths().toJavaList()).flatMap(EscalationGenerators::escalationsOn)
            .mix(EscalationGenerators.escalationsWithoutPath(), 30);
    Gen<Escalation> ofRisks = any.zip(Generate.pick(p.risks().map(r -> r.id()).toJavaList()),
        (e, risk) -> Escalation.builder().from(e).risk(risk).build());
    return lists().of(ofRisks).ofSizeBetween(0, 4).map(es ->
        EcosystemParts.builder().from(p).escalations(distinct(es, e -> e.id())).build());
  }

  /**
   * The ecosystem with each escalation resolution resolving one of its escalations, for that
   * escalation's risk's partner, and the records about it deciding that; without escalation
   * resolutions (and their records) when it has no escalation.
   */
  private static EcosystemParts resolvingItsEscalations(EcosystemParts p) {
    Seq<Escalation> escalations = p.escalations();
    Seq<ExceptionRequest> requests = p.requests().flatMap(r -> {
      if (!(r instanceof EscalationResolution resolution)) {
        return List.of(r);
      }
      if (escalations.isEmpty()) {
        return List.empty();
      }
      Escalation escalation = escalations.find(e -> e.id().equals(resolution.escalation()))
          .getOrElse(() -> escalations.get(Math.floorMod(resolution.id().hashCode(), escalations.size())));
      PartnerId partner = p.risks().find(risk -> risk.id().equals(escalation.risk())).get().partner();
      return List.of(EscalationResolution.builder().from(resolution).escalation(escalation.id()).partner(partner).build());
    });
    io.vavr.collection.Map<org.partnergov.model.review.RequestId, ExceptionRequest> byId =
        io.vavr.collection.HashMap.ofEntries(requests.map(r -> io.vavr.Tuple.of(r.id(), r)));
    Seq<DecisionRecord> records = p.decisionRecords().flatMap(d -> byId.get(d.request())
        .map(r -> DecisionRecord.builder().from(d).subject(DecisionSubject.of(r)).build()));
    return EcosystemParts.builder().from(p).requests(requests).decisionRecords(records).build();
  }

  private static <T, K> Seq<T> distinct(java.util.List<T> values, Function<T, K> id) {
    return List.ofAll(values).distinctBy(id);
  }

  static EcosystemDraft draftOf(EcosystemParts p, boolean untidy) {
    return EcosystemDraft.builder().hostId(p.host().id().value()).hostName(p.host().name())
        .orgUnits(p.orgUnits().map(PartyGenerators::draftOf))
        .persons(p.persons().map(PartyGenerators::draftOf))
        .partners(p.partners().map(x -> PartyGenerators.draftOf(x, untidy)))
        .programs(p.programs().map(PartyGenerators::draftOf))
        .conflicts(p.conflicts().map(PartyGenerators::draftOf))
        .matrix(DecisionGenerators.draftOf(p.matrix(), untidy))
        .activities(p.activities().map(x -> EvidenceGenerators.draftOf(x, untidy)))
        .valueClaims(p.valueClaims().map(x -> EvidenceGenerators.draftOf(x, untidy)))
        .evidencePrograms(p.evidencePrograms().map(x -> EvidenceGenerators.draftOf(x, untidy)))
        .requests(p.requests().map(r -> ReviewGenerators.draftOf(r, untidy)))
        .reviewPaths(p.reviewPaths().map(ReviewGenerators::draftOf))
        .decisionRecords(p.decisionRecords().map(x -> ReviewGenerators.draftOf(x, untidy)))
        .risks(p.risks().map(EscalationGenerators::draftOf))
        .escalationPaths(p.escalationPaths().map(EscalationGenerators::draftOf))
        .escalations(p.escalations().map(EscalationGenerators::draftOf))
        .build();
  }
}
