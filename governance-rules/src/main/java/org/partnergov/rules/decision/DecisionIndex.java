package org.partnergov.rules.decision;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Array;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PersonId;

/**
 * A decision-rights matrix compiled for resolving accountability: built once by {@link #of}, then
 * asked {@link #resolve} for any number of decisions.
 *
 * <p>The index groups the rights by decision type; within a type, the rights without an amount
 * band are kept apart from the banded ones, which are sorted by the lower limit of their band, so
 * a lookup reads only the rights of the decision's type and stops at the first band that starts
 * above the amount. Delegations are grouped by decision type and delegator, sorted by id.
 *
 * <p>Resolution, for a decision at an instant:
 * <ul>
 *   <li>a right matches when {@link DecisionRight#appliesTo} holds: same type, the decision inside
 *       its scope (band lower limit inclusive, upper exclusive), in force (validity end exclusive,
 *       not revoked at or before the instant);</li>
 *   <li>no matching Decide right gives {@link Decider.NoDecider} (default deny, never a default
 *       person); two or more give {@code NoDecider} too, "ambiguous: rights X and Y both decide",
 *       rather than a guess;</li>
 *   <li>when the one matching Decide right is held by a named person who delegated the decision
 *       type by a delegation that {@linkplain Delegation#appliesTo applies} (in force, scope
 *       covers the decision, limit inclusive, no amount allowed only without limit), the delegate
 *       decides. When several apply, the one with the smallest id is used. Only one hop is
 *       followed: a delegate's own delegations are not (re-delegation is {@code MTX-10}).</li>
 * </ul>
 * The result does not depend on the order of the rights and delegations in the matrix.
 */
public final class DecisionIndex {

  private static final Comparator<DecisionRight> BY_ID = Comparator.comparing(DecisionRight::id);

  private final Map<DecisionType, Rights> rights;
  private final Map<Tuple2<DecisionType, PersonId>, Seq<Delegation>> delegations;

  private DecisionIndex(Map<DecisionType, Rights> rights, Map<Tuple2<DecisionType, PersonId>, Seq<Delegation>> delegations) {
    this.rights = rights;
    this.delegations = delegations;
  }

  /** The rights of one type: those without a band, and the banded ones by lower limit. */
  private record Rights(Array<DecisionRight> unbanded, Array<DecisionRight> banded) {}

  /**
   * Compiles the matrix into an index; the matrix is read once, here.
   *
   * @param matrix the rights and delegations
   * @return the index to resolve decisions against
   */
  public static DecisionIndex of(DecisionRightsMatrix matrix) {
    requireNonNull(matrix, "matrix");
    Map<DecisionType, Rights> rights = matrix.rights().groupBy(DecisionRight::decisionType)
        .mapValues(rs -> new Rights(
            Array.ofAll(rs.filter(r -> r.scope().amountBand().isEmpty())).sorted(BY_ID),
            Array.ofAll(rs.filter(r -> r.scope().amountBand().isDefined())).sorted(
                Comparator.comparing((DecisionRight r) -> lower(r)).thenComparing(BY_ID))));
    Map<Tuple2<DecisionType, PersonId>, Seq<Delegation>> delegations = matrix.delegations()
        .groupBy(d -> Tuple.of(d.decisionType(), d.delegator()))
        .mapValues(ds -> Array.ofAll(ds).sortBy(Delegation::id));
    return new DecisionIndex(HashMap.ofEntries(rights), HashMap.ofEntries(delegations));
  }

  private static BigDecimal lower(DecisionRight right) {
    return right.scope().amountBand().get().lower().amount();
  }

  /**
   * Who is accountable for the decision at the instant, with delegations in force applied.
   *
   * @param decision the decision to resolve
   * @param at the instant the decision is made
   * @return the decider (or why there is none), the other RAPID holders and the rights matched
   */
  public Accountability resolve(DecisionContext decision, Instant at) {
    requireNonNull(decision, "decision");
    requireNonNull(at, "at");
    Seq<DecisionRight> matched = matching(decision, at).sorted(BY_ID);
    Seq<DecisionRight> deciders = matched.filter(r -> r.role().decides());
    Decider decider = deciders.isEmpty()
        ? new Decider.NoDecider("no decision right in force gives anyone Decide over this decision")
        : deciders.size() > 1 ? ambiguous(deciders) : decided(deciders.head(), decision, at);
    return new Accountability(decision, at, decider, holders(matched, RapidRole.AGREE),
        holders(matched, RapidRole.RECOMMEND), holders(matched, RapidRole.INPUT),
        holders(matched, RapidRole.PERFORM), matched.map(DecisionRight::id));
  }

  private Seq<DecisionRight> matching(DecisionContext decision, Instant at) {
    Option<Rights> ofType = rights.get(decision.type());
    if (ofType.isEmpty()) {
      return List.empty();
    }
    List<DecisionRight> found = List.empty();
    for (DecisionRight r : ofType.get().unbanded()) {
      if (r.appliesTo(decision, at)) {
        found = found.prepend(r);
      }
    }
    if (decision.amount().isDefined()) {
      Money amount = decision.amount().get();
      for (DecisionRight r : ofType.get().banded()) {
        if (lower(r).compareTo(amount.amount()) > 0) {
          break;
        }
        if (r.appliesTo(decision, at)) {
          found = found.prepend(r);
        }
      }
    }
    return found;
  }

  private static Decider ambiguous(Seq<DecisionRight> deciders) {
    Seq<String> ids = deciders.map(r -> r.id().toString());
    String names = deciders.size() == 2 ? ids.mkString(" and ")
        : ids.init().mkString(", ") + " and " + ids.last();
    return new Decider.NoDecider("ambiguous: rights " + names + (deciders.size() == 2 ? " both" : " all") + " decide");
  }

  private Decider decided(DecisionRight right, DecisionContext decision, Instant at) {
    Holder holder = right.holder();
    if (holder instanceof Holder.NamedPerson person) {
      for (Delegation d : delegations.get(Tuple.of(decision.type(), person.person())).getOrElse(List.empty())) {
        if (d.appliesTo(decision, at)) {
          return new Decider.Decided(Holder.person(d.delegate()), right.id(), Option.some(d.id()));
        }
      }
    }
    return new Decider.Decided(holder, right.id(), Option.none());
  }

  private static Seq<Holder> holders(Seq<DecisionRight> matched, RapidRole role) {
    return matched.filter(r -> r.role() == role).map(DecisionRight::holder).distinct();
  }
}
