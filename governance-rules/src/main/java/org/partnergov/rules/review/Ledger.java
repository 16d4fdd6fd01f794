package org.partnergov.rules.review;

import io.vavr.Lazy;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Currency;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.decision.Decider;
import org.partnergov.rules.decision.DecisionIndex;

/**
 * What exception review reads of the rest of the ecosystem, indexed once per snapshot: the
 * compiled decision rights (knowing who fills each role and team), review paths by decision type,
 * activity records, requests by decision type and partner, which requests were rejected or
 * approved, declared conflicts, rights, delegations and who holds a right by delegation. A new
 * request, decision record or closure gives a new ledger that shares every index with this one
 * ({@link #withRequest}, {@link #withDecision}, {@link #withClosure}).
 */
final class Ledger {

  final EcosystemSnapshot snapshot;
  final DecisionIndex index;
  final Map<DecisionType, Seq<ReviewPath>> paths;
  /** The activity records the snapshot's requests cite; the rest are indexed on the first miss. */
  private final Map<ActivityRecordId, ActivityRecord> cited;
  private final Lazy<Map<ActivityRecordId, ActivityRecord>> activities;
  final Map<Tuple2<DecisionType, PartnerId>, Seq<ExceptionRequest>> requests;
  final Set<RequestId> rejected;
  private final Set<RequestId> approvedIds;
  /** The approved requests, each once, in no particular order (only their amounts are added up). */
  final Seq<ExceptionRequest> approved;
  final Set<Tuple2<PersonId, PartnerId>> conflicts;
  final Map<DecisionRightId, DecisionRight> rights;
  final Map<DelegationId, Delegation> delegations;
  final Set<Tuple2<DecisionType, PersonId>> delegates;
  /**
   * The currencies the matrix states amounts in for each decision type (its rights' amount bands, its
   * delegations' limits), by code; types without any left out.
   */
  final Map<DecisionType, Seq<Currency>> bandCurrencies;
  /** Who fills each role or team holder asked about, found once per holder (the matrix has few). */
  private final java.util.concurrent.ConcurrentHashMap<Holder, Seq<Person>> members;

  Ledger(EcosystemSnapshot snapshot) {
    this.snapshot = snapshot;
    var parts = snapshot.parts();
    this.index = DecisionIndex.of(parts.matrix(), parts.persons());
    this.paths = parts.reviewPaths().groupBy(ReviewPath::decisionType).mapValues(List::ofAll);
    Set<ActivityRecordId> citedIds = parts.requests().flatMap(ExceptionRequest::cited).toSet();
    this.cited = HashMap.ofEntries(parts.activities().filter(a -> citedIds.contains(a.id())).map(a -> Tuple.of(a.id(), a)));
    this.activities = Lazy.of(() -> HashMap.ofEntries(parts.activities().map(a -> Tuple.of(a.id(), a))));
    // a hash map: groupBy's linked map replaces a key's value in time linear in its size
    this.requests = HashMap.ofEntries(parts.requests().groupBy(r -> Tuple.of(r.decisionType(), r.partner()))
        .mapValues(List::ofAll));
    this.rejected = parts.decisionRecords().filter(d -> d.verdict() == Verdict.REJECT)
        .map(DecisionRecord::request).toSet();
    this.approvedIds = parts.decisionRecords().filter(d -> d.verdict().isApproval())
        .map(DecisionRecord::request).toSet();
    this.approved = io.vavr.collection.Vector.ofAll(parts.requests().filter(r -> approvedIds.contains(r.id())));
    this.conflicts = parts.conflicts().map(c -> Tuple.of(c.person(), c.partner())).toSet();
    this.rights = HashMap.ofEntries(parts.matrix().rights().map(r -> Tuple.of(r.id(), r)));
    this.delegations = HashMap.ofEntries(parts.matrix().delegations().map(d -> Tuple.of(d.id(), d)));
    this.delegates = parts.matrix().delegations().map(d -> Tuple.of(d.decisionType(), d.delegate())).toSet();
    this.bandCurrencies = parts.matrix().rights().flatMap(r -> r.scope().amountBand()
            .map(b -> Tuple.of(r.decisionType(), b.lower().currency())))
        .appendAll(parts.matrix().delegations().flatMap(d -> d.limit().map(l -> Tuple.of(d.decisionType(), l.currency()))))
        .groupBy(Tuple2::_1).mapValues(ts -> ts.map(Tuple2::_2).distinct().sortBy(Currency::getCurrencyCode).toList());
    this.members = new java.util.concurrent.ConcurrentHashMap<>();
  }

  /** The ledger of a snapshot one change later: the changed indexes given, every other one shared. */
  private Ledger(Ledger base, EcosystemSnapshot snapshot, Map<Tuple2<DecisionType, PartnerId>, Seq<ExceptionRequest>> requests,
      Set<RequestId> rejected, Set<RequestId> approvedIds, Seq<ExceptionRequest> approved) {
    this.snapshot = snapshot;
    this.index = base.index;
    this.paths = base.paths;
    this.cited = base.cited;
    this.activities = base.activities;
    this.requests = requests;
    this.rejected = rejected;
    this.approvedIds = approvedIds;
    this.approved = approved;
    this.conflicts = base.conflicts;
    this.rights = base.rights;
    this.delegations = base.delegations;
    this.delegates = base.delegates;
    this.bandCurrencies = base.bandCurrencies;
    this.members = base.members; // the people do not change, so neither do the members of a holder
  }

  /** The ledger of the snapshot that adds the request to this one's. */
  Ledger withRequest(EcosystemSnapshot next, ExceptionRequest request) {
    Tuple2<DecisionType, PartnerId> key = Tuple.of(request.decisionType(), request.partner());
    return new Ledger(this, next, requests.put(key, requests.get(key).getOrElse(List.empty()).append(request)),
        rejected, approvedIds, approved);
  }

  /** The ledger of the snapshot that adds the decision record to this one's. */
  Ledger withDecision(EcosystemSnapshot next, DecisionRecord record) {
    RequestId id = record.request();
    boolean newlyApproved = record.verdict().isApproval() && !approvedIds.contains(id);
    return new Ledger(this, next, requests, record.verdict() == Verdict.REJECT ? rejected.add(id) : rejected,
        newlyApproved ? approvedIds.add(id) : approvedIds,
        newlyApproved ? approved.appendAll(next.request(id)) : approved);
  }

  /** The ledger of the snapshot that adds a closure to this one's: only the snapshot changes. */
  Ledger withClosure(EcosystemSnapshot next) {
    return new Ledger(this, next, requests, rejected, approvedIds, approved);
  }

  /** Whether the request was withdrawn or expired (a closed request counts in no total). */
  boolean closed(RequestId request) {
    return snapshot.closure(request).isDefined();
  }

  /** The people of the ecosystem the holder includes ({@link Holder#includes}), in the snapshot's order. */
  Seq<Person> members(Holder holder) {
    return members.computeIfAbsent(holder, h -> h.members(snapshot.parts().persons()));
  }

  /**
   * The activity record of the id, if the ecosystem holds it: found among those the snapshot's
   * requests cite, or else in an index of every record built on the first such lookup (a request
   * submitted after the snapshot may cite any record).
   */
  Option<ActivityRecord> activity(ActivityRecordId id) {
    Option<ActivityRecord> found = cited.get(id);
    return found.isDefined() ? found : activities.get().get(id);
  }

  /** The review paths of the decision type: exactly one when the type is reviewable. */
  Seq<ReviewPath> paths(DecisionType type) {
    return paths.get(type).getOrElse(List.empty());
  }

  /** Whether the person declared a conflict of interest with the partner. */
  boolean conflicted(PersonId person, PartnerId partner) {
    return conflicts.contains(Tuple.of(person, partner));
  }

  /** Whether the person holds a right of the type by delegation (so cannot hand it on). */
  boolean holdsByDelegation(DecisionType type, PersonId person) {
    return delegates.contains(Tuple.of(type, person));
  }

  /** The right of the id. */
  Option<DecisionRight> right(DecisionRightId id) {
    return rights.get(id);
  }

  /** The person's standing by the Decide right of the accountability: directly, or as its delegate. */
  Option<Standing> decides(PersonId person, Accountability accountability) {
    if (!(accountability.decider() instanceof Decider.Decided decided)) {
      return Option.none();
    }
    Holder rightHolder = right(decided.right()).map(DecisionRight::holder).getOrElse(decided.holder());
    if (decided.via().isDefined() && decided.holder().equals(Holder.person(person))) {
      PersonId delegator = ((Holder.NamedPerson) rightHolder).person();
      return Option.some(new Standing(decided.right(), decided.via(), delegator, RapidRole.DECIDE));
    }
    return holds(person, rightHolder)
        ? Option.some(new Standing(decided.right(), Option.none(), person, RapidRole.DECIDE)) : Option.none();
  }

  /** The person's standing by an Agree right that matched the decision, the first by id. */
  Option<Standing> agrees(PersonId person, Accountability accountability) {
    return accountability.matched().flatMap(this::right)
        .find(r -> r.role() == RapidRole.AGREE && holds(person, r.holder()))
        .map(r -> new Standing(r.id(), Option.none(), person, RapidRole.AGREE));
  }

  /**
   * The principals a decider stands for: the named person (the delegator, for a delegation), or
   * every member of its role or team, in id order; none when nobody decides.
   */
  Seq<PersonId> principals(Decider decider) {
    if (!(decider instanceof Decider.Decided decided)) {
      return List.empty();
    }
    Holder holder = right(decided.right()).map(DecisionRight::holder).getOrElse(decided.holder());
    return holder instanceof Holder.NamedPerson named ? List.of(named.person())
        : members(holder).map(Person::id).sorted();
  }

  boolean holds(PersonId person, Holder holder) {
    return holder instanceof Holder.NamedPerson named ? named.person().equals(person)
        : snapshot.person(person).exists(holder::includes);
  }

}
