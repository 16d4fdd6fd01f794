package org.partnergov.rules.decision;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Tier;
import org.partnergov.model.time.Period;

/**
 * Analyses a decision-rights matrix before it is used, like a DMN table's gap and overlap
 * analysis: every problem, each with a stable {@link MatrixCode}, the rights and delegations
 * involved and a plain explanation.
 *
 * <p>What counts, at the instant {@code at} of the analysis:
 * <ul>
 *   <li>"in force" is {@link DecisionRight#isInForceAt}: MTX-01, MTX-03, MTX-05 and MTX-06 look
 *       at the matrix as it stands at {@code at};</li>
 *   <li>"live" is holding at some instant after {@code at}: in force now or starting later, and
 *       neither ended nor revoked at or before {@code at}. A live right or delegation holds from the
 *       start of its validity until the end of its validity or its revocation, whichever comes
 *       first. MTX-02, MTX-04 and MTX-07 to MTX-11 compare live rights and delegations whose
 *       holding times overlap, so a clash planned for next quarter is found now; MTX-08 reports a
 *       live delegation that neither ends nor is revoked.</li>
 * </ul>
 * Two scopes overlap when each of program, region, tier and partner type is left out ("any") in
 * one of them or equal in both. MTX-02 is for two different holders deciding the same amounts:
 * neither right has a band, one has none, or both have the same band; MTX-04 is for two distinct
 * bands (whoever holds them) that share some amounts. MTX-03 compares the bands of Decide rights
 * with exactly the same program, region, tier and partner type; a Decide right of that scope
 * without a band covers every amount. The analysis compares rights pairwise: it is meant for a
 * matrix being reviewed, not for a hot path.
 */
public final class MatrixAnalysis {

  private MatrixAnalysis() {}

  /**
   * Every problem of the matrix at the instant, ordered by code, then decision type, then the ids
   * involved.
   *
   * @param matrix the rights and delegations to analyse
   * @param people the people the holders name or resolve to (for boundaries, partner staff and
   *     delegators' roles); a person missing here is treated as unknown and counted nowhere
   * @param at the instant the matrix is analysed for
   * @return every problem found; empty for a sound matrix
   */
  public static Seq<MatrixProblem> analyse(DecisionRightsMatrix matrix, Seq<Person> people, Instant at) {
    Facts facts = new Facts(matrix, people, at);
    Seq<MatrixProblem> problems = List.<MatrixProblem>empty()
        .appendAll(noDecider(facts))
        .appendAll(overlappingDeciders(facts))
        .appendAll(bandGaps(facts))
        .appendAll(unnamedCrossBoundaryDeciders(facts))
        .appendAll(partnerStaffDeciders(facts))
        .appendAll(delegationsBeyondDelegator(facts))
        .appendAll(openEndedDelegations(facts))
        .appendAll(delegationCycles(facts))
        .appendAll(reDelegations(facts))
        .appendAll(recommendersWhoDecide(facts));
    return problems.sorted(Comparator.comparing(MatrixProblem::code)
        .thenComparing(MatrixProblem::decisionType)
        .thenComparing(p -> p.involved().mkString(",")));
  }

  /** MTX-01: per decision type and scope of the rights in force, no Decide right in force covers it. */
  static Seq<MatrixProblem> noDecider(Facts facts) {
    return facts.inForce.groupBy(DecisionRight::decisionType).toList().sortBy(e -> e._1).flatMap(e -> {
      Seq<DecisionRight> deciders = e._2.filter(r -> r.role().decides());
      Seq<DecisionRight> others = e._2.filter(r -> !r.role().decides());
      return LinkedHashMap.ofEntries(others.map(r -> Tuple.of(Dimensions.of(r.scope()), r)))
          .keySet().toList()
          .filter(key -> deciders.forAll(d -> !Dimensions.of(d.scope()).covers(key)))
          .map(key -> {
            Seq<DecisionRight> uncovered = others.filter(r -> Dimensions.of(r.scope()).equals(key));
            return new MatrixProblem(MatrixCode.NO_DECIDER, e._1, ids(uncovered),
                "Nobody may decide " + e._1 + " for " + key + " at " + facts.at + ": "
                    + ids(uncovered).mkString(", ") + " say who " + roles(uncovered)
                    + ", but no right in force says who decides.");
          });
    });
  }

  /** MTX-02 and MTX-04: pairs of live Decide rights of one type with overlapping scopes. */
  static Seq<MatrixProblem> overlappingDeciders(Facts facts) {
    return overlappingPairs(facts, facts.live.filter(r -> r.role().decides()), true).flatMap(p -> {
      Option<AmountBand> a = p._1.scope().amountBand();
      Option<AmountBand> b = p._2.scope().amountBand();
      boolean sameAmounts = a.isEmpty() || b.isEmpty() || a.equals(b);
      if (sameAmounts && !p._1.holder().equals(p._2.holder())) {
        return Option.some(new MatrixProblem(MatrixCode.SEVERAL_DECIDERS, p._1.decisionType(), ids(p),
            "Two holders decide the same " + p._1.decisionType() + " decisions: " + p._1.id() + " gives them to "
                + facts.describe(p._1.holder()) + " and " + p._2.id() + " to " + facts.describe(p._2.holder())
                + " for " + Dimensions.of(p._1.scope()).overlapWith(Dimensions.of(p._2.scope())) + " and "
                + a.orElse(b).map(AmountBand::toString).getOrElse("any amount") + "; a decision has one decider."));
      }
      if (!sameAmounts && bandsOverlap(a.get(), b.get())) {
        return Option.some(new MatrixProblem(MatrixCode.OVERLAPPING_BANDS, p._1.decisionType(), ids(p),
            "The amount bands " + a.get() + " of " + p._1.id() + " and " + b.get() + " of " + p._2.id()
                + " overlap for " + p._1.decisionType() + ", so amounts in both have two deciders; "
                + "bands should touch without sharing amounts."));
      }
      return Option.none();
    });
  }

  /**
   * The pairs of distinct rights of one decision type whose dimensions and holding times overlap:
   * each pair once, in id order, when {@code unordered}; both orders otherwise. The rights are
   * grouped by type and their dimensions and spans computed once, so that a large matrix costs
   * comparisons rather than allocations; a right limited to a region is only compared with the
   * rights of its region and those for any region (no other can overlap it).
   */
  private static Seq<Tuple2<DecisionRight, DecisionRight>> overlappingPairs(Facts facts, Seq<DecisionRight> rights,
      boolean unordered) {
    java.util.ArrayList<Tuple2<DecisionRight, DecisionRight>> out = new java.util.ArrayList<>();
    for (Seq<DecisionRight> ofType : rights.groupBy(DecisionRight::decisionType).values()) {
      DecisionRight[] r = ofType.sortBy(DecisionRight::id).toJavaArray(DecisionRight[]::new);
      Dimensions[] dims = new Dimensions[r.length];
      Period[] spans = new Period[r.length];
      for (int i = 0; i < r.length; i++) {
        dims[i] = Dimensions.of(r[i].scope());
        spans[i] = facts.span(r[i]);
      }
      int[][] candidates = sameRegionOrAny(dims);
      for (int i = 0; i < r.length; i++) {
        for (int j : candidates[i]) {
          if ((unordered ? j > i : j != i) && dims[i].overlaps(dims[j]) && overlap(spans[i], spans[j])) {
            out.add(Tuple.of(r[i], r[j]));
          }
        }
      }
    }
    return List.ofAll(out);
  }

  /**
   * For each position, in increasing order, the positions whose region meets its region: all of
   * them for a right of any region; else those of its region and those of any region. Rights of
   * one region share one array.
   */
  private static int[][] sameRegionOrAny(Dimensions[] dims) {
    int[] all = java.util.stream.IntStream.range(0, dims.length).toArray();
    java.util.Map<Region, int[]> byRegion = new java.util.HashMap<>();
    for (int i = 0; i < dims.length; i++) {
      for (Region region : dims[i].region()) {
        byRegion.computeIfAbsent(region, k -> java.util.stream.IntStream.range(0, dims.length)
            .filter(j -> dims[j].region().isEmpty() || dims[j].region().contains(k)).toArray());
      }
    }
    int[][] candidates = new int[dims.length][];
    for (int i = 0; i < dims.length; i++) {
      candidates[i] = dims[i].region().map(byRegion::get).getOrElse(all);
    }
    return candidates;
  }

  /** MTX-03: amounts between zero and the highest limit that no Decide band in force covers. */
  static Seq<MatrixProblem> bandGaps(Facts facts) {
    Seq<DecisionRight> deciders = facts.inForce.filter(r -> r.role().decides());
    return deciders.groupBy(r -> Tuple.of(r.decisionType(), Dimensions.of(r.scope()))).toList()
        .filter(e -> e._2.forAll(r -> r.scope().amountBand().isDefined()))
        .sortBy(e -> e._1._1.code() + "|" + e._1._2)
        .flatMap(e -> {
          Seq<DecisionRight> banded = e._2.sortBy(r -> r.scope().amountBand().get().lower());
          Money cursor = Money.zero(banded.head().scope().amountBand().get().lower().currency());
          List<MatrixProblem> gaps = List.empty();
          for (DecisionRight r : banded) {
            AmountBand band = r.scope().amountBand().get();
            if (band.lower().compareTo(cursor) > 0) {
              gaps = gaps.append(new MatrixProblem(MatrixCode.AMOUNT_BAND_GAP, e._1._1, ids(banded),
                  "Nobody may decide " + e._1._1 + " for " + e._1._2 + " on amounts from " + cursor
                      + " up to " + band.lower() + ": the bands of " + ids(banded).mkString(", ")
                      + " leave them uncovered."));
            }
            if (band.upper().isEmpty()) {
              break;
            }
            cursor = cursor.compareTo(band.upper().get()) >= 0 ? cursor : band.upper().get();
          }
          return gaps;
        });
  }

  /** MTX-05: Decide rights held by a role or a team for a type whose stakeholders cross a boundary. */
  static Seq<MatrixProblem> unnamedCrossBoundaryDeciders(Facts facts) {
    return facts.inForce.groupBy(DecisionRight::decisionType).toList().sortBy(e -> e._1).flatMap(e -> {
      Set<String> boundaries = e._2.flatMap(r -> facts.boundaries(r.holder())).toSortedSet();
      boolean crossing = boundaries.size() > 1 || boundaries.exists(b -> b.startsWith("partner "));
      return crossing
          ? e._2.filter(r -> r.role().decides() && !r.holder().isNamedPerson())
              .map(r -> new MatrixProblem(MatrixCode.UNNAMED_CROSS_BOUNDARY_DECIDER, e._1, List.of(r.id().value()),
                  e._1 + " involves people from " + boundaries.mkString(", ") + ", but " + r.id()
                      + " gives the decision to " + facts.describe(r.holder())
                      + ", so nobody in particular is accountable across those boundaries: name a person."))
          : List.empty();
    });
  }

  /** MTX-06: Decide rights in force that partner staff hold, by name or through a role. */
  static Seq<MatrixProblem> partnerStaffDeciders(Facts facts) {
    return facts.inForce.filter(r -> r.role().decides()).flatMap(r -> facts.members(r.holder())
        .filter(p -> p.affiliation() instanceof Affiliation.PartnerStaff)
        .map(p -> {
          Affiliation.PartnerStaff staff = (Affiliation.PartnerStaff) p.affiliation();
          return new MatrixProblem(MatrixCode.PARTNER_STAFF_DECIDES, r.decisionType(), List.of(r.id().value()),
              r.id() + " lets " + facts.describe(p.id()) + ", who works for partner " + staff.partner()
                  + ", decide " + r.decisionType() + " for " + Dimensions.of(r.scope())
                  + ", which could cover " + staff.partner() + "'s own exceptions.");
        }));
  }

  /**
   * MTX-07: live delegations handing over more than the delegator's live Decide rights allow, over
   * the delegation's time. A limit is inclusive and a band's upper limit exclusive, so a limit equal
   * to the delegator's highest upper limit already exceeds it; without a limit, the delegation's own
   * band bounds it, and without either it is unbounded.
   */
  static Seq<MatrixProblem> delegationsBeyondDelegator(Facts facts) {
    return facts.liveDelegations.flatMap(d -> {
      Seq<DecisionRight> own = facts.live.filter(r -> r.role().decides()
          && r.decisionType().equals(d.decisionType())
          && overlap(facts.span(r), facts.span(d))
          && facts.members(r.holder()).exists(p -> p.id().equals(d.delegator())));
      if (own.isEmpty()) {
        return Option.some(new MatrixProblem(MatrixCode.DELEGATION_EXCEEDS_DELEGATOR, d.decisionType(),
            List.of(d.id().value()), "Delegation " + d.id() + " hands " + d.decisionType() + " from "
                + facts.describe(d.delegator()) + " to " + facts.describe(d.delegate()) + ", but "
                + facts.describe(d.delegator()) + " holds no Decide right for it to hand over."));
      }
      Option<Money> ceiling = ceiling(own);
      boolean exceeds = ceiling.isDefined() && d.limit()
          .map(l -> l.compareTo(ceiling.get()) >= 0)
          .getOrElse(() -> d.scope().amountBand().flatMap(AmountBand::upper)
              .map(u -> u.compareTo(ceiling.get()) > 0).getOrElse(true));
      return exceeds
          ? Option.some(new MatrixProblem(MatrixCode.DELEGATION_EXCEEDS_DELEGATOR, d.decisionType(),
              List.of(d.id().value()).appendAll(ids(own)), "Delegation " + d.id() + " lets "
                  + facts.describe(d.delegate()) + " decide " + d.decisionType() + " up to "
                  + d.limit().map(l -> l + " inclusive").getOrElse(() -> d.scope().amountBand()
                      .flatMap(AmountBand::upper).map(u -> "below " + u).getOrElse("any amount"))
                  + ", but " + facts.describe(d.delegator()) + " may only decide below "
                  + ceiling.get() + " under " + ids(own).mkString(", ") + "."))
          : Option.none();
    });
  }

  /** MTX-08: live delegations without end. */
  static Seq<MatrixProblem> openEndedDelegations(Facts facts) {
    return facts.liveDelegations.filter(d -> facts.span(d).isOpenEnded())
        .map(d -> new MatrixProblem(MatrixCode.OPEN_ENDED_DELEGATION, d.decisionType(), List.of(d.id().value()),
            "Delegation " + d.id() + " of " + d.decisionType() + " from " + facts.describe(d.delegator()) + " to "
                + facts.describe(d.delegate()) + " starts " + d.scope().validity().start()
                + " and never ends; a delegation must be time-boxed."));
  }

  /** MTX-09: live delegations of one type that lead back to their delegator, one problem per cycle. */
  static Seq<MatrixProblem> delegationCycles(Facts facts) {
    return facts.liveDelegations.groupBy(Delegation::decisionType).toList().sortBy(e -> e._1).flatMap(e -> {
      Seq<Delegation> edges = e._2;
      Seq<Set<PersonId>> cycles = edges.map(d -> component(edges, d.delegator()))
          .filter(c -> c.size() > 1).distinct();
      return cycles.map(c -> {
        Seq<Delegation> inCycle = edges.filter(d -> c.contains(d.delegator()) && c.contains(d.delegate()));
        return new MatrixProblem(MatrixCode.DELEGATION_CYCLE, e._1, inCycle.map(d -> d.id().value()),
            "Delegations " + inCycle.map(d -> d.id().value()).mkString(", ") + " of " + e._1
                + " go round in a circle between " + c.toSortedSet().map(facts::describe).mkString(", ")
                + ", so nobody can tell who finally decides.");
      });
    });
  }

  /** MTX-10: a live delegation whose delegator received the same type through another live delegation. */
  static Seq<MatrixProblem> reDelegations(Facts facts) {
    return pairsOrdered(facts.liveDelegations).filter(p -> p._1.decisionType().equals(p._2.decisionType())
            && p._1.delegate().equals(p._2.delegator())
            && overlap(facts.span(p._1), facts.span(p._2)))
        .map(p -> new MatrixProblem(MatrixCode.RE_DELEGATION, p._1.decisionType(),
            List.of(p._1.id().value(), p._2.id().value()), facts.describe(p._1.delegate()) + " received "
                + p._1.decisionType() + " from " + facts.describe(p._1.delegator()) + " (" + p._1.id()
                + ") and hands it on to " + facts.describe(p._2.delegate()) + " (" + p._2.id()
                + "); a delegate may not delegate again."));
  }

  /** MTX-11: a holder, or a person through holders, with live Recommend and Decide rights that overlap. */
  static Seq<MatrixProblem> recommendersWhoDecide(Facts facts) {
    return overlappingPairs(facts, facts.live.filter(r -> r.role() == RapidRole.RECOMMEND || r.role().decides()), false)
        .filter(p -> p._1.role() == RapidRole.RECOMMEND && p._2.role().decides()
            && amountsOverlap(p._1.scope().amountBand(), p._2.scope().amountBand()))
        .flatMap(p -> {
          Set<PersonId> both = facts.members(p._1.holder()).map(Person::id).toSet()
              .intersect(facts.members(p._2.holder()).map(Person::id).toSet());
          String who = p._1.holder().equals(p._2.holder()) ? facts.describe(p._1.holder())
              : both.toSortedSet().map(facts::describe).mkString(", ");
          return p._1.holder().equals(p._2.holder()) || !both.isEmpty()
              ? Option.some(new MatrixProblem(MatrixCode.RECOMMENDS_AND_DECIDES, p._1.decisionType(),
                  List.of(p._1.id().value(), p._2.id().value()), who + " may both recommend ("
                      + p._1.id() + ") and decide (" + p._2.id() + ") " + p._1.decisionType() + " for "
                      + Dimensions.of(p._1.scope()).overlapWith(Dimensions.of(p._2.scope()))
                      + ", so they could approve what they asked for."))
              : Option.none();
        });
  }

  // ---------------------------------------------------------------------------------------------

  /** The highest amount the rights let their holder decide, exclusive; none when unbounded. */
  private static Option<Money> ceiling(Seq<DecisionRight> rights) {
    if (rights.exists(r -> r.scope().amountBand().flatMap(AmountBand::upper).isEmpty())) {
      return Option.none();
    }
    return rights.map(r -> r.scope().amountBand().get().upper().get()).max();
  }

  /** The persons reachable from the person and back, following delegations. */
  private static Set<PersonId> component(Seq<Delegation> edges, PersonId start) {
    Set<PersonId> from = reachable(edges, start);
    return from.filter(p -> reachable(edges, p).contains(start));
  }

  private static Set<PersonId> reachable(Seq<Delegation> edges, PersonId start) {
    Set<PersonId> seen = HashSet.of(start);
    List<PersonId> todo = List.of(start);
    while (!todo.isEmpty()) {
      PersonId next = todo.head();
      todo = todo.tail();
      for (Delegation d : edges.filter(e -> e.delegator().equals(next))) {
        if (!seen.contains(d.delegate())) {
          seen = seen.add(d.delegate());
          todo = todo.prepend(d.delegate());
        }
      }
    }
    return seen;
  }

  private static <T> Seq<Tuple2<T, T>> pairsOrdered(Seq<T> values) {
    return values.flatMap(a -> values.filter(b -> b != a).map(b -> Tuple.of(a, b)));
  }

  static boolean overlap(Period a, Period b) {
    return b.end().forAll(a.start()::isBefore) && a.end().forAll(b.start()::isBefore);
  }

  static boolean bandsOverlap(AmountBand a, AmountBand b) {
    return b.upper().forAll(u -> a.lower().compareTo(u) < 0) && a.upper().forAll(u -> b.lower().compareTo(u) < 0);
  }

  private static boolean amountsOverlap(Option<AmountBand> a, Option<AmountBand> b) {
    return a.isEmpty() || b.isEmpty() || bandsOverlap(a.get(), b.get());
  }

  private static Seq<String> ids(Seq<DecisionRight> rights) {
    return rights.map(r -> r.id().value());
  }

  private static Seq<String> ids(Tuple2<DecisionRight, DecisionRight> pair) {
    return List.of(pair._1.id().value(), pair._2.id().value());
  }

  private static String roles(Seq<DecisionRight> rights) {
    return rights.map(r -> r.role().name().toLowerCase(Locale.ROOT)).distinct().mkString(", ");
  }

  /** The program, region, tier and partner type a scope is limited to; none means any. */
  private record Dimensions(Option<ProgramId> program, Option<Region> region, Option<Tier> tier,
      Option<PartnerType> partnerType) {

    static Dimensions of(Scope scope) {
      return new Dimensions(scope.program(), scope.region(), scope.tier(), scope.partnerType());
    }

    /** Whether every decision inside {@code other} lies inside this. */
    boolean covers(Dimensions other) {
      return covers(program, other.program) && covers(region, other.region) && covers(tier, other.tier)
          && covers(partnerType, other.partnerType);
    }

    /** Whether some decision lies inside both. */
    boolean overlaps(Dimensions other) {
      return meet(program, other.program) && meet(region, other.region) && meet(tier, other.tier)
          && meet(partnerType, other.partnerType);
    }

    /** The narrower of the two, dimension by dimension, for overlapping dimensions. */
    Dimensions overlapWith(Dimensions other) {
      return new Dimensions(program.orElse(other.program), region.orElse(other.region), tier.orElse(other.tier),
          partnerType.orElse(other.partnerType));
    }

    private static <T> boolean covers(Option<T> outer, Option<T> inner) {
      return outer.isEmpty() || outer.equals(inner);
    }

    private static <T> boolean meet(Option<T> a, Option<T> b) {
      return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    @Override
    public String toString() {
      return program.map(ProgramId::toString).getOrElse("any program")
          + ", " + region.map(Region::toString).getOrElse("any region")
          + ", " + tier.map(Tier::toString).getOrElse("any tier")
          + ", " + partnerType.map(t -> t.name().toLowerCase(Locale.ROOT)).getOrElse("any partner type");
    }
  }

  /** The matrix filtered once for the instant, and the people by id. */
  private static final class Facts {
    private final Seq<DecisionRight> inForce;
    private final Seq<DecisionRight> live;
    private final Seq<Delegation> liveDelegations;
    private final Seq<Person> people;
    private final io.vavr.collection.Map<PersonId, Person> byId;
    private final Instant at;

    /** Reads rights, delegations and people in id order, so no problem depends on the order given. */
    Facts(DecisionRightsMatrix matrix, Seq<Person> people, Instant at) {
      Seq<DecisionRight> rights = matrix.rights().sortBy(DecisionRight::id);
      this.inForce = rights.filter(r -> r.isInForceAt(at));
      this.live = rights.filter(r -> span(r.scope().validity(), r.revokedAt(), at).isDefined());
      this.liveDelegations = matrix.delegations().sortBy(Delegation::id)
          .filter(d -> span(d.scope().validity(), d.revokedAt(), at).isDefined());
      people = people.sortBy(Person::id);
      this.people = people;
      this.byId = LinkedHashMap.ofEntries(people.map(p -> Tuple.of(p.id(), p)));
      this.at = at;
    }

    /**
     * The part of the validity before the revocation, if it reaches beyond the instant: the time a
     * live right or delegation holds, now or later.
     */
    private static Option<Period> span(Period validity, Option<Instant> revokedAt, Instant at) {
      Option<Instant> end = revokedAt.isEmpty() ? validity.end()
          : Option.some(validity.end().filter(e -> e.isBefore(revokedAt.get())).getOrElse(revokedAt.get()));
      return end.forAll(e -> e.isAfter(at) && e.isAfter(validity.start()))
          ? Option.some(new Period(validity.start(), end)) : Option.none();
    }

    /** The time the live right holds. */
    Period span(DecisionRight right) {
      return span(right.scope().validity(), right.revokedAt(), at).get();
    }

    /** The time the live delegation holds. */
    Period span(Delegation delegation) {
      return span(delegation.scope().validity(), delegation.revokedAt(), at).get();
    }

    /** The known people the holder names or resolves to. */
    Seq<Person> members(Holder holder) {
      return holder.fold(named -> byId.get(named.person()).toList(), role -> holder.members(people),
          team -> holder.members(people));
    }

    /** The org units and partners the holder's people belong to; a team is its own org unit. */
    Seq<String> boundaries(Holder holder) {
      Seq<String> own = holder.fold(n -> List.empty(), r -> List.empty(),
          t -> List.of("org unit " + t.orgUnit()));
      return own.appendAll(members(holder).map(p -> p.affiliation().fold(
          i -> "org unit " + i.orgUnit(), s -> "partner " + s.partner())));
    }

    String describe(PersonId id) {
      return byId.get(id).map(p -> p.name() + " (" + id + ")").getOrElse(id.toString());
    }

    String describe(Holder holder) {
      return holder.fold(n -> describe(n.person()), r -> "whoever holds the role " + r.role(),
          t -> "the whole team " + t.orgUnit());
    }
  }
}
