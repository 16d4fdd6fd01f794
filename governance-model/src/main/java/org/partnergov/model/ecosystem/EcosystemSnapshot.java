package org.partnergov.model.ecosystem;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.escalation.EscalationDraft;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.EscalationPathDraft;
import org.partnergov.model.escalation.EscalationPathId;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskDraft;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.evidence.ActivityRecordDraft;
import org.partnergov.model.evidence.EvidenceProgramDraft;
import org.partnergov.model.evidence.ValueClaimDraft;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.party.ConflictOfInterestDraft;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.OrgUnitDraft;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Organization;
import org.partnergov.model.party.OrganizationId;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramDraft;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.review.DecisionRecordDraft;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathDraft;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.SubmissionDraft;

/**
 * A whole ecosystem at one moment, for a whole-ecosystem review: every part, with every reference
 * between them checked. A snapshot exists only when no id points at nothing, no id is used twice
 * within a kind and every relationship owner is an internal person; build one with
 * {@link #of(EcosystemParts)} from typed values or {@link #parse(EcosystemDraft)} from the host's
 * raw data.
 */
public final class EcosystemSnapshot {

  private final EcosystemParts parts;
  private final Map<PersonId, Person> persons;
  private final Map<OrgUnitId, OrgUnit> orgUnits;
  private final Map<PartnerId, Partner> partners;
  private final Map<ProgramId, Program> programs;
  private final Map<RequestId, ExceptionRequest> requests;
  private final Map<ReviewPathId, ReviewPath> reviewPaths;
  private final Map<RiskId, Risk> risks;
  private final Map<EscalationPathId, EscalationPath> escalationPaths;

  private EcosystemSnapshot(EcosystemParts parts) {
    this.parts = parts;
    this.persons = index(parts.persons(), Person::id);
    this.orgUnits = index(parts.orgUnits(), OrgUnit::id);
    this.partners = index(parts.partners(), Partner::id);
    this.programs = index(parts.programs(), Program::id);
    this.requests = index(parts.requests(), ExceptionRequest::id);
    this.reviewPaths = index(parts.reviewPaths(), ReviewPath::id);
    this.risks = index(parts.risks(), Risk::id);
    this.escalationPaths = index(parts.escalationPaths(), EscalationPath::id);
  }

  /**
   * {@return the snapshot of typed parts, or every reference problem between them}
   *
   * @param parts the typed parts of the ecosystem
   */
  public static Validation<Seq<Problem>, EcosystemSnapshot> of(EcosystemParts parts) {
    Checks checks = Checks.start();
    Map<String, Seq<String>> ids = LinkedHashMap.of(
        "orgUnits", parts.orgUnits().map(u -> u.id().value()),
        "persons", parts.persons().map(p -> p.id().value()),
        "partners", parts.partners().map(p -> p.id().value()),
        "programs", parts.programs().map(p -> p.id().value()),
        "activities", parts.activities().map(a -> a.id().value()),
        "valueClaims", parts.valueClaims().map(c -> c.id().value()),
        "evidencePrograms", parts.evidencePrograms().map(e -> e.id().value()),
        "requests", parts.requests().map(r -> r.id().value()),
        "reviewPaths", parts.reviewPaths().map(r -> r.id().value()),
        "decisionRecords", parts.decisionRecords().map(d -> d.id().value()))
        .put("risks", parts.risks().map(r -> r.id().value()))
        .put("escalationPaths", parts.escalationPaths().map(e -> e.id().value()))
        .put("escalations", parts.escalations().map(e -> e.id().value()))
        .put("rights", parts.matrix().rights().map(r -> r.id().value()))
        .put("delegations", parts.matrix().delegations().map(d -> d.id().value()));
    return checked(checks, ids, HashMap.empty(), parts);
  }

  /**
   * {@return the snapshot of the host's raw data, or every problem with the drafts and between them}
   *
   * @param draft the ecosystem as the host's data has it
   */
  public static Validation<Seq<Problem>, EcosystemSnapshot> parse(EcosystemDraft draft) {
    Checks checks = Checks.start();
    OrganizationId hostId = checks.text("hostId", draft.hostId(), OrganizationId::new);
    String hostName = checks.text("hostName", draft.hostName());
    Parsed parsed = new Parsed(checks);
    DecisionRightsMatrix matrix = checks.nested("matrix", DecisionRightsMatrix.parse(draft.matrix()));
    EcosystemParts parts = EcosystemParts.builder()
        .host(hostId == null || hostName == null ? new Organization(new OrganizationId("?"), "?")
            : new Organization(hostId, hostName))
        .orgUnits(parsed.all("orgUnits", draft.orgUnits(),
            OrgUnitDraft::id, OrgUnitDraft::validate))
        .persons(parsed.all("persons", draft.persons(),
            PersonDraft::id, PersonDraft::validate))
        .partners(parsed.all("partners", draft.partners(),
            PartnerDraft::id, PartnerDraft::validate))
        .programs(parsed.all("programs", draft.programs(),
            ProgramDraft::id, ProgramDraft::validate))
        .conflicts(parsed.all("conflicts", draft.conflicts(),
            c -> null, ConflictOfInterestDraft::validate))
        .matrix(matrix == null ? DecisionRightsMatrix.empty() : matrix)
        .activities(parsed.all("activities", draft.activities(),
            ActivityRecordDraft::id, ActivityRecordDraft::validate))
        .valueClaims(parsed.all("valueClaims", draft.valueClaims(),
            ValueClaimDraft::id, ValueClaimDraft::validate))
        .evidencePrograms(parsed.all("evidencePrograms", draft.evidencePrograms(),
            EvidenceProgramDraft::id, EvidenceProgramDraft::validate))
        .requests(parsed.all("requests", draft.requests(),
            SubmissionDraft::id, SubmissionDraft::validate))
        .reviewPaths(parsed.all("reviewPaths", draft.reviewPaths(),
            ReviewPathDraft::id, ReviewPathDraft::validate))
        .decisionRecords(parsed.all("decisionRecords", draft.decisionRecords(),
            DecisionRecordDraft::id, DecisionRecordDraft::validate))
        .risks(parsed.all("risks", draft.risks(),
            RiskDraft::id, RiskDraft::validate))
        .escalationPaths(parsed.all("escalationPaths", draft.escalationPaths(),
            EscalationPathDraft::id, EscalationPathDraft::validate))
        .escalations(parsed.all("escalations", draft.escalations(),
            EscalationDraft::id, EscalationDraft::validate))
        .build();
    Map<String, Seq<String>> ids = parsed.ids()
        .put("rights", draft.matrix().rights().map(r -> raw(r.id())))
        .put("delegations", draft.matrix().delegations().map(d -> raw(d.id())));
    return checked(checks, ids, parsed.positions(), parts);
  }

  private static Validation<Seq<Problem>, EcosystemSnapshot> checked(Checks checks,
      Map<String, Seq<String>> ids, Map<String, Seq<Integer>> positions, EcosystemParts parts) {
    ids.filterKeys(kind -> !kind.equals("rights") && !kind.equals("delegations"))
        .forEach((kind, list) -> Integrity.duplicates(checks, kind, list));
    new Integrity(checks, ids.mapValues(Integrity::known), positions, parts).check(parts);
    return checks.result(() -> new EcosystemSnapshot(parts));
  }

  /** Parses the drafts of each kind, keeping the valid parts, their raw ids and their positions. */
  private static final class Parsed {
    private final Checks checks;
    private final java.util.Map<String, Seq<String>> ids = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Seq<Integer>> positions = new java.util.HashMap<>();

    Parsed(Checks checks) {
      this.checks = checks;
    }

    <D, T> Seq<T> all(String kind, Seq<D> drafts, Function<D, @Nullable String> id,
        Function<D, Validation<Seq<Problem>, ? extends T>> parse) {
      java.util.ArrayList<T> valid = new java.util.ArrayList<>();
      java.util.ArrayList<Integer> at = new java.util.ArrayList<>();
      drafts.forEachWithIndex((draft, i) -> {
        T value = checks.nested(kind + "[" + i + "]", Validation.narrow(parse.apply(draft)));
        if (value != null) {
          valid.add(value);
          at.add(i);
        }
      });
      ids.put(kind, drafts.map(d -> raw(id.apply(d))));
      positions.put(kind, List.ofAll(at));
      return List.ofAll(valid);
    }

    Map<String, Seq<String>> ids() {
      return LinkedHashMap.ofAll(ids);
    }

    Map<String, Seq<Integer>> positions() {
      return HashMap.ofAll(positions);
    }
  }

  private static String raw(@Nullable String id) {
    return id == null ? "" : id.strip();
  }

  private static <K, T> Map<K, T> index(Seq<T> values, Function<T, K> key) {
    return HashMap.ofEntries(values.map(v -> Tuple.of(key.apply(v), v)));
  }

  /** {@return every part of the ecosystem} */
  public EcosystemParts parts() {
    return parts;
  }

  /** {@return the host organization} */
  public Organization host() {
    return parts.host();
  }

  /**
   * {@return the person with the id, if there is one}
   *
   * @param id the person's id
   */
  public Option<Person> person(PersonId id) {
    return persons.get(id);
  }

  /**
   * {@return the org unit with the id, if there is one}
   *
   * @param id the org unit's id
   */
  public Option<OrgUnit> orgUnit(OrgUnitId id) {
    return orgUnits.get(id);
  }

  /**
   * {@return the partner with the id, if there is one}
   *
   * @param id the partner's id
   */
  public Option<Partner> partner(PartnerId id) {
    return partners.get(id);
  }

  /**
   * {@return the program with the id, if there is one}
   *
   * @param id the program's id
   */
  public Option<Program> program(ProgramId id) {
    return programs.get(id);
  }

  /**
   * {@return the exception request with the id, if there is one}
   *
   * @param id the request's id
   */
  public Option<ExceptionRequest> request(RequestId id) {
    return requests.get(id);
  }

  /**
   * {@return the review path with the id, if there is one}
   *
   * @param id the review path's id
   */
  public Option<ReviewPath> reviewPath(ReviewPathId id) {
    return reviewPaths.get(id);
  }

  /**
   * {@return the risk with the id, if there is one}
   *
   * @param id the risk's id
   */
  public Option<Risk> risk(RiskId id) {
    return risks.get(id);
  }

  /**
   * {@return the escalation path with the id, if there is one}
   *
   * @param id the escalation path's id
   */
  public Option<EscalationPath> escalationPath(EscalationPathId id) {
    return escalationPaths.get(id);
  }

  /** Snapshots are equal when their parts are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof EcosystemSnapshot s && s.parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  @Override
  public String toString() {
    return "EcosystemSnapshot of " + parts.host().name() + ": " + parts.partners().size() + " partners, "
        + parts.persons().size() + " persons, " + parts.requests().size() + " requests, "
        + parts.risks().size() + " risks";
  }
}
