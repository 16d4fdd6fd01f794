package org.partnergov.model.ecosystem;

import io.vavr.Lazy;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationDraft;
import org.partnergov.model.escalation.EscalationId;
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
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.RequestClosure;
import org.partnergov.model.review.RequestClosureDraft;
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
  private final Map<EscalationId, Escalation> escalations;
  private final Set<DecisionRecordId> decisionRecords;
  private final Map<RequestId, RequestClosure> closures;
  /** The ids of the kinds of part that no incremental change adds to, for reference checks. */
  private final Lazy<Map<String, Set<String>>> fixedIds;

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
    this.escalations = index(parts.escalations(), Escalation::id);
    this.decisionRecords = HashSet.ofAll(parts.decisionRecords().map(DecisionRecord::id));
    this.closures = index(parts.closures(), RequestClosure::request);
    this.fixedIds = Lazy.of(() -> LinkedHashMap.of(
        "orgUnits", parts.orgUnits().map(u -> u.id().value()),
        "activities", parts.activities().map(a -> a.id().value()),
        "rights", parts.matrix().rights().map(r -> r.id().value()),
        "delegations", parts.matrix().delegations().map(d -> d.id().value())).mapValues(Integrity::known));
  }

  /** A snapshot with one more request, decision record or closure, sharing every index with this one. */
  private EcosystemSnapshot(EcosystemSnapshot base, EcosystemParts parts, Map<RequestId, ExceptionRequest> requests,
      Set<DecisionRecordId> decisionRecords, Map<RequestId, RequestClosure> closures) {
    this.parts = parts;
    this.persons = base.persons;
    this.orgUnits = base.orgUnits;
    this.partners = base.partners;
    this.programs = base.programs;
    this.requests = requests;
    this.reviewPaths = base.reviewPaths;
    this.risks = base.risks;
    this.escalationPaths = base.escalationPaths;
    this.escalations = base.escalations;
    this.decisionRecords = decisionRecords;
    this.closures = closures;
    this.fixedIds = base.fixedIds;
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
        .closures(parsed.all("closures", draft.closures(),
            c -> null, RequestClosureDraft::validate))
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
    ids.filterKeys(kind -> !kind.equals("rights") && !kind.equals("delegations") && !kind.equals("closures"))
        .forEach((kind, list) -> Integrity.duplicates(checks, kind, list));
    Integrity.of(checks, ids.mapValues(Integrity::known), positions, parts).check(parts);
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

  /**
   * {@return how the request ended without a decision, if it was withdrawn or expired}
   *
   * @param id the request's id
   */
  public Option<RequestClosure> closure(RequestId id) {
    return closures.get(id);
  }

  // ---------------------------------------------------------------- one change at a time

  /**
   * The snapshot with one more request, as a live portal receives it: its partner, program and
   * requester must be in the snapshot and its id must be new. Every index of this snapshot is
   * shared, so the change costs about the logarithm of the snapshot's size, not its size.
   *
   * @param request the request submitted
   * @return the snapshot holding it, or every problem with it (paths as {@code requests[n]}, the
   *     position it would take); this snapshot is unchanged either way
   */
  public Validation<Seq<Problem>, EcosystemSnapshot> withRequest(ExceptionRequest request) {
    java.util.Objects.requireNonNull(request, "request");
    String path = "requests[" + parts.requests().size() + "]";
    Checks checks = Checks.start();
    checks.that(!requests.containsKey(request.id()), ProblemCode.DUPLICATE_ID, path + ".id",
        "'" + request.id() + "' is used by an earlier entry of requests");
    integrity(checks).request(path, request);
    return checks.result(() -> new EcosystemSnapshot(this,
        EcosystemParts.builder().from(parts).requests(appended(parts.requests(), request)).build(),
        requests.put(request.id(), request), decisionRecords, closures));
  }

  /**
   * The snapshot with one more decision record: its request, decider, review path, right and
   * delegation must be in the snapshot and its id must be new. Shares every index, as
   * {@link #withRequest} does.
   *
   * @param record the decision recorded
   * @return the snapshot holding it, or every problem with it (paths as {@code decisionRecords[n]})
   */
  public Validation<Seq<Problem>, EcosystemSnapshot> withDecision(DecisionRecord record) {
    java.util.Objects.requireNonNull(record, "record");
    String path = "decisionRecords[" + parts.decisionRecords().size() + "]";
    Checks checks = Checks.start();
    checks.that(!decisionRecords.contains(record.id()), ProblemCode.DUPLICATE_ID, path + ".id",
        "'" + record.id() + "' is used by an earlier entry of decisionRecords");
    integrity(checks).decisionRecord(path, record);
    return checks.result(() -> new EcosystemSnapshot(this,
        EcosystemParts.builder().from(parts).decisionRecords(appended(parts.decisionRecords(), record)).build(),
        requests, decisionRecords.add(record.id()), closures));
  }

  /**
   * The snapshot with one more closure: its request (and the person who withdrew it) must be in
   * the snapshot, not closed already, and submitted no later than the closure. Shares every index,
   * as {@link #withRequest} does.
   *
   * @param closure the withdrawal or expiry
   * @return the snapshot holding it, or every problem with it (paths as {@code closures[n]})
   */
  public Validation<Seq<Problem>, EcosystemSnapshot> withClosure(RequestClosure closure) {
    java.util.Objects.requireNonNull(closure, "closure");
    String path = "closures[" + parts.closures().size() + "]";
    Checks checks = Checks.start();
    integrity(checks).closure(path, closure, closures.containsKey(closure.request()));
    return checks.result(() -> new EcosystemSnapshot(this,
        EcosystemParts.builder().from(parts).closures(appended(parts.closures(), closure)).build(),
        requests, decisionRecords, closures.put(closure.request(), closure)));
  }

  private Integrity integrity(Checks checks) {
    return new Integrity(checks, this::knows, HashMap.empty(), persons::get, escalationPaths::get, escalations::get,
        risks::get, requests::get);
  }

  /** Whether the snapshot has a part of the kind with the id (the kinds {@link Integrity} refers to). */
  private boolean knows(String kind, String id) {
    return switch (kind) {
      case "persons" -> persons.containsKey(new PersonId(id));
      case "partners" -> partners.containsKey(new PartnerId(id));
      case "programs" -> programs.containsKey(new ProgramId(id));
      case "requests" -> requests.containsKey(new RequestId(id));
      case "reviewPaths" -> reviewPaths.containsKey(new ReviewPathId(id));
      case "risks" -> risks.containsKey(new RiskId(id));
      case "escalationPaths" -> escalationPaths.containsKey(new EscalationPathId(id));
      case "escalations" -> escalations.containsKey(new EscalationId(id));
      default -> fixedIds.get().get(kind).exists(ids -> ids.contains(id));
    };
  }

  /** The sequence with one more element at its end, as a vector so that appending stays cheap. */
  private static <T> Seq<T> appended(Seq<T> values, T value) {
    return (values instanceof Vector<T> vector ? vector : Vector.ofAll(values)).append(value);
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
