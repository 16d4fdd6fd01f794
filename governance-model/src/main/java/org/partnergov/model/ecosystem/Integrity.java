package org.partnergov.model.ecosystem;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.EscalationPathId;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.EscalationResolution;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestClosure;
import org.partnergov.model.review.RequestId;

/**
 * Checks every reference between the parts of an ecosystem: each id a part names must be the id
 * of a part of that kind. Ids count as known when a part of that kind carries them, even a part
 * that failed to parse, so that one broken part does not make every reference to it a problem too.
 */
final class Integrity {

  private final Checks checks;
  private final Known known;
  private final Map<String, Seq<Integer>> positions;
  private final Function<PersonId, Option<Person>> persons;
  private final Function<EscalationPathId, Option<EscalationPath>> escalationPaths;
  private final Function<EscalationId, Option<Escalation>> escalations;
  private final Function<RiskId, Option<Risk>> risks;
  private final Function<RequestId, Option<ExceptionRequest>> requests;

  /** Whether an id of a kind of part ({@code "persons"}, {@code "partners"}...) is known. */
  interface Known {
    boolean contains(String kind, String id);
  }

  /**
   * @param known which ids of each kind of part exist
   * @param positions for each kind, where each checked part stood in the host's input; absent
   *     when the parts are the input itself
   * @param persons the person of an id
   * @param escalationPaths the escalation path of an id
   * @param escalations the escalation of an id
   * @param risks the risk of an id
   * @param requests the request of an id
   */
  Integrity(Checks checks, Known known, Map<String, Seq<Integer>> positions,
      Function<PersonId, Option<Person>> persons, Function<EscalationPathId, Option<EscalationPath>> escalationPaths,
      Function<EscalationId, Option<Escalation>> escalations, Function<RiskId, Option<Risk>> risks,
      Function<RequestId, Option<ExceptionRequest>> requests) {
    this.checks = checks;
    this.known = known;
    this.positions = positions;
    this.persons = persons;
    this.escalationPaths = escalationPaths;
    this.escalations = escalations;
    this.risks = risks;
    this.requests = requests;
  }

  /**
   * The checks of a whole set of parts.
   *
   * @param known the ids of each kind of part ({@code "persons"}, {@code "partners"}...)
   * @param positions for each kind, where each checked part stood in the host's input
   */
  static Integrity of(Checks checks, Map<String, Set<String>> known, Map<String, Seq<Integer>> positions,
      EcosystemParts parts) {
    Map<PersonId, Person> persons = HashMap.ofEntries(parts.persons().map(p -> io.vavr.Tuple.of(p.id(), p)));
    Map<EscalationPathId, EscalationPath> paths =
        HashMap.ofEntries(parts.escalationPaths().map(p -> io.vavr.Tuple.of(p.id(), p)));
    Map<EscalationId, Escalation> escalations = HashMap.ofEntries(parts.escalations().map(e -> io.vavr.Tuple.of(e.id(), e)));
    Map<RiskId, Risk> risks = HashMap.ofEntries(parts.risks().map(r -> io.vavr.Tuple.of(r.id(), r)));
    Map<RequestId, ExceptionRequest> requests = HashMap.ofEntries(parts.requests().map(r -> io.vavr.Tuple.of(r.id(), r)));
    return new Integrity(checks, (kind, id) -> known.get(kind).exists(ids -> ids.contains(id)), positions,
        persons::get, paths::get, escalations::get, risks::get, requests::get);
  }

  /** Records a problem for every dangling reference of the parts. */
  void check(EcosystemParts p) {
    each("persons", p.persons(), (path, person) -> person.affiliation().fold(
        internal -> ref(path + ".orgUnit", "orgUnits", internal.orgUnit().value()),
        staff -> ref(path + ".partner", "partners", staff.partner().value())));
    each("partners", p.partners(), this::relationshipOwner);
    each("programs", p.programs(), (path, program) -> {
      ref(path + ".owner", "persons", program.owner().value());
      program.enrollments().forEachWithIndex((e, j) ->
          ref(path + ".enrollments[" + j + "].partner", "partners", e.partner().value()));
    });
    each("conflicts", p.conflicts(), (path, c) -> {
      ref(path + ".person", "persons", c.person().value());
      ref(path + ".partner", "partners", c.partner().value());
    });
    p.matrix().rights().forEachWithIndex((r, i) -> holder("matrix.rights[" + i + "].holder", r.holder()));
    p.matrix().delegations().forEachWithIndex((d, i) -> {
      ref("matrix.delegations[" + i + "].delegator", "persons", d.delegator().value());
      ref("matrix.delegations[" + i + "].delegate", "persons", d.delegate().value());
    });
    each("activities", p.activities(), (path, a) -> partnerAndProgram(path, a.partner().value(), a.program()));
    each("valueClaims", p.valueClaims(), (path, c) -> {
      partnerAndProgram(path, c.partner().value(), c.program());
      ref(path + ".claimant", "persons", c.claimant().value());
    });
    each("evidencePrograms", p.evidencePrograms(), (path, e) -> {
      e.program().forEach(id -> ref(path + ".program", "programs", id.value()));
      ref(path + ".deliveryTeam", "orgUnits", e.deliveryTeam().value());
    });
    each("requests", p.requests(), this::request);
    each("reviewPaths", p.reviewPaths(), (path, r) -> r.steps().forEachWithIndex((s, j) ->
        holder(path + ".steps[" + j + "].reviewer", s.reviewer())));
    each("decisionRecords", p.decisionRecords(), this::decisionRecord);
    java.util.HashSet<RequestId> closed = new java.util.HashSet<>();
    each("closures", p.closures(), (path, c) -> closure(path, c, !closed.add(c.request())));
    each("risks", p.risks(), (path, r) -> {
      partnerAndProgram(path, r.partner().value(), r.program());
      ref(path + ".raisedBy", "persons", r.raisedBy().value());
    });
    each("escalationPaths", p.escalationPaths(), (path, e) -> e.levels().forEachWithIndex((l, j) ->
        holder(path + ".levels[" + j + "].owner", l.owner())));
    each("escalations", p.escalations(), (path, e) -> {
      ref(path + ".risk", "risks", e.risk().value());
      e.path().forEach(id -> ref(path + ".path", "escalationPaths", id.value()));
      e.events().forEachWithIndex((event, j) -> {
        ref(path + ".events[" + j + "].person", "persons", event.person().value());
        levelOnPath(path + ".events[" + j + "].level", e.path(), event);
      });
    });
  }

  /** The references of a request: its partner, program and requester, and an escalation it resolves. */
  void request(String path, ExceptionRequest r) {
    partnerAndProgram(path, r.partner().value(), r.program());
    ref(path + ".requester", "persons", r.requester().value());
    if (r instanceof EscalationResolution resolution) {
      resolved(path, resolution);
    }
  }

  /** The references of a decision record: its request, decider, review path, right and delegation. */
  void decisionRecord(String path, DecisionRecord d) {
    ref(path + ".request", "requests", d.request().value());
    subject(path, d);
    ref(path + ".decider", "persons", d.decider().value());
    d.reviewPath().forEach(id -> ref(path + ".reviewPath", "reviewPaths", id.value()));
    d.right().forEach(id -> ref(path + ".right", "rights", id.value()));
    d.delegation().forEach(id -> ref(path + ".delegation", "delegations", id.value()));
  }

  /**
   * The references of a closure, and that it ends its request once, not before its submission.
   *
   * @param again whether the request was already closed
   */
  void closure(String path, RequestClosure c, boolean again) {
    checks.that(!again, ProblemCode.DUPLICATE_ID, path + ".request",
        "request '" + c.request() + "' is already closed by an earlier entry of closures");
    if (ref(path + ".request", "requests", c.request().value())) {
      requests.apply(c.request()).filter(r -> c.at().isBefore(r.submittedAt())).forEach(r ->
          checks.problem(ProblemCode.INCONSISTENT, path + ".at", "the request is closed at " + c.at()
              + ", before it was submitted at " + r.submittedAt()));
    }
    c.by().forEach(by -> ref(path + ".by", "persons", by.value()));
  }

  /** The escalation resolved is one of the ecosystem's, and the request is for its risk's partner. */
  private void resolved(String path, EscalationResolution resolution) {
    if (ref(path + ".escalation", "escalations", resolution.escalation().value())) {
      escalations.apply(resolution.escalation()).flatMap(e -> risks.apply(e.risk()))
          .filter(risk -> !risk.partner().equals(resolution.partner()))
          .forEach(risk -> checks.problem(ProblemCode.INCONSISTENT, path + ".partner", "the resolution of escalation "
              + resolution.escalation() + " is for partner " + resolution.partner() + ", but the escalated risk "
              + risk.id() + " is of partner " + risk.partner()));
    }
  }

  /** What the record's subject names exists, and it is what the record's request asks to decide. */
  private void subject(String path, DecisionRecord record) {
    DecisionSubject subject = record.subject();
    boolean known = subject.fold(
        plain -> true,
        tier -> ref(path + ".subject.partner", "partners", tier.partner().value()),
        escalation -> ref(path + ".subject.escalation", "escalations", escalation.escalation().value()),
        host -> true);
    if (known) {
      requests.apply(record.request()).map(DecisionSubject::of).filter(asked -> !asked.equals(subject))
          .forEach(asked -> checks.problem(ProblemCode.INCONSISTENT, path + ".subject", "the record decides "
              + describe(subject) + ", but its request " + record.request() + " asks to decide " + describe(asked)));
    }
  }

  /** "the move of partner p-1 to tier Gold" */
  private static String describe(DecisionSubject subject) {
    return subject.fold(plain -> "the exception request itself",
        tier -> "the move of partner " + tier.partner() + " to tier " + tier.tier(),
        escalation -> "the resolution of escalation " + escalation.escalation(),
        host -> host.subjectKind() + " " + host.subjectId());
  }

  private void relationshipOwner(String path, Partner partner) {
    String at = path + ".relationshipOwner";
    if (ref(at, "persons", partner.relationshipOwner().value())) {
      persons.apply(partner.relationshipOwner())
          .filter(owner -> owner.affiliation().fold(internal -> false, staff -> true))
          .forEach(owner -> checks.problem(ProblemCode.INCONSISTENT, at,
              "the relationship owner must be an internal person, but " + owner.id()
                  + " works for a partner"));
    }
  }

  private void partnerAndProgram(String path, String partner, Option<ProgramId> program) {
    ref(path + ".partner", "partners", partner);
    program.forEach(id -> ref(path + ".program", "programs", id.value()));
  }

  private void holder(String path, Holder holder) {
    holder.fold(
        person -> ref(path, "persons", person.person().value()),
        role -> true,
        team -> ref(path, "orgUnits", team.orgUnit().value()));
  }

  private void levelOnPath(String path, Option<EscalationPathId> pathId, EscalationEvent event) {
    if (event instanceof EscalationEvent.Reached reached) {
      for (Integer level : reached.level()) {
        pathId.flatMap(escalationPaths).filter(p -> level > p.levels().size()).forEach(p ->
            checks.problem(ProblemCode.INCONSISTENT, path,
                "level " + level + " is beyond the " + p.levels().size() + " levels of path " + p.id()));
      }
    }
  }

  private boolean ref(String path, String kind, String id) {
    return checks.that(known.contains(kind, id), ProblemCode.UNKNOWN_REFERENCE,
        path, "refers to " + singular(kind) + " '" + id + "', which is not in the ecosystem");
  }

  private <T> void each(String kind, Seq<T> parts, BiConsumer<String, T> check) {
    // an indexed sequence: a linked list's get(i) would make this loop quadratic in the parts
    io.vavr.collection.Array<Integer> at = positions.get(kind).map(Seq::toArray)
        .getOrElse(() -> io.vavr.collection.Array.range(0, parts.size()));
    parts.forEachWithIndex((part, i) -> check.accept(kind + "[" + at.get(i) + "]", part));
  }

  private static String singular(String kind) {
    return switch (kind) {
      case "persons" -> "person";
      case "orgUnits" -> "org unit";
      case "reviewPaths" -> "review path";
      case "escalationPaths" -> "escalation path";
      case "rights" -> "decision right";
      default -> kind.substring(0, kind.length() - 1);
    };
  }

  /** Records a duplicate for every id of a kind that an earlier part of that kind already has. */
  static void duplicates(Checks checks, String kind, Seq<String> ids) {
    java.util.HashSet<String> seen = new java.util.HashSet<>();
    ids.forEachWithIndex((id, i) -> checks.that(id.isEmpty() || seen.add(id), ProblemCode.DUPLICATE_ID,
        kind + "[" + i + "].id", "'" + id + "' is used by an earlier entry of " + kind));
  }

  /** The set of the non-empty ids. */
  static Set<String> known(Seq<String> ids) {
    return HashSet.ofAll(ids).remove("");
  }
}
