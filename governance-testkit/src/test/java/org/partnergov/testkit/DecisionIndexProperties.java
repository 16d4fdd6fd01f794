package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionContext;
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
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.time.Period;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.decision.Decider;
import org.partnergov.rules.decision.DecisionIndex;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of resolving accountability, named by what they guard. RES_01 compares the compiled
 * index with a naive reference kept here: a plain loop over every right and delegation of the
 * matrix, with the scope, band, validity, revocation and limit rules written out again.
 */
class DecisionIndexProperties {

  /** One generated case: a matrix, a decision aimed at one of its scopes, an instant at an edge. */
  record Case(DecisionRightsMatrix matrix, DecisionContext decision, Instant at) {}

  /**
   * Cases over generated matrices, most of them {@linkplain #dense made dense} and some also
   * {@linkplain #anywhere without dimensions}, whose decision is drawn from the scope of a right
   * or delegation of the matrix (its type too; a delegation's scope about one time in four), and
   * whose instant lies at the edges of the
   * validity of a right or delegation (mostly the same one), so that bands, expiries, revocations
   * and delegation limits are hit exactly.
   */
  static Gen<Case> cases() {
    return cases(Generate.frequency(
        Pair.of(1, DecisionGenerators.matrices()),
        Pair.of(2, DecisionGenerators.matrices(0, 8, 1, 5).map(DecisionIndexProperties::dense)),
        Pair.of(2, DecisionGenerators.matrices(1, 4, 2, 5).map(DecisionIndexProperties::dense)
            .map(DecisionIndexProperties::anywhere))), false);
  }

  /**
   * Cases over small dense matrices without dimensions, {@linkplain #tied tied} to a delegator
   * who decides, always aimed at a delegation's scope and time box, so that delegations in force, just expired and over their limit are met often.
   */
  static Gen<Case> delegationCases() {
    return cases(DecisionGenerators.matrices(1, 4, 1, 5).map(DecisionIndexProperties::dense)
        .map(DecisionIndexProperties::anywhere).map(DecisionIndexProperties::tied), true);
  }

  /**
   * The matrix with its first right made a Decide right of a named person, and its first
   * delegation made by that person (to someone else), so that the two meet.
   */
  static DecisionRightsMatrix tied(DecisionRightsMatrix m) {
    DecisionRight first = m.rights().head();
    PersonId boss = first.holder() instanceof Holder.NamedPerson p ? p.person() : PersonId.of("boss");
    DecisionRight decide = DecisionRight.builder().from(first).role(RapidRole.DECIDE).holder(Holder.person(boss)).build();
    Delegation given = m.delegations().head();
    PersonId delegate = given.delegate().equals(boss) ? given.delegator() : given.delegate();
    Delegation delegation = Delegation.builder().from(given).delegator(boss).delegate(delegate).build();
    return DecisionRightsMatrix.of(m.rights().tail().prepend(decide), m.delegations().tail().prepend(delegation));
  }

  private static Gen<Case> cases(Gen<DecisionRightsMatrix> matrices, boolean aimAtDelegations) {
    return matrices.flatMap(m -> integers().between(0, 999).zip(integers().between(0, 999),
        integers().between(0, 3), (i, j, mode) -> new int[] {i, j, mode}).flatMap(pick -> {
          Seq<Scoped> rows = m.rights().map(r -> new Scoped(r.scope(), r.decisionType()))
              .appendAll(m.delegations().map(d -> new Scoped(d.scope(), d.decisionType())));
          if (rows.isEmpty()) {
            return DecisionGenerators.decisionContexts().zip(MoneyGenerators.instants(), (c, t) -> new Case(m, c, t));
          }
          int delegations = m.delegations().size();
          Scoped aim = (aimAtDelegations || pick[2] == 1) && delegations > 0
              ? rows.get(rows.size() - delegations + pick[0] % delegations) : rows.get(pick[0] % rows.size());
          Scoped clock = pick[2] == 0 ? rows.get(pick[1] % rows.size()) : aim;
          return DecisionGenerators.decisionContexts(aim.scope()).zip(instants(clock.scope()),
              (c, t) -> new Case(m, new DecisionContext(aim.type(), c.program(), c.region(), c.tier(),
                  c.partnerType(), c.amount()), t));
        }));
  }

  /**
   * Instants at the edges of the validity ({@link DecisionGenerators#instantsAround}), the first
   * and last instants inside it and its end, or at and around the reference instant, where
   * generated validities end or begin and generated revocations lie.
   */
  static Gen<Instant> instants(Scope scope) {
    Period p = scope.validity();
    Instant end = p.end().getOrElse(MoneyGenerators.REFERENCE.plusSeconds(86_400));
    Gen<Instant> inside = Generate.pick(java.util.List.of(p.start(), end.minusNanos(1), end));
    Gen<Instant> reference = Generate.pick(java.util.List.of(MoneyGenerators.REFERENCE.minusNanos(1),
        MoneyGenerators.REFERENCE, MoneyGenerators.REFERENCE.plusSeconds(1)));
    return Generate.frequency(Pair.of(2, DecisionGenerators.instantsAround(p)), Pair.of(1, inside),
        Pair.of(2, reference));
  }

  /**
   * The matrix with every right and delegation made about {@link DecisionType#FUND_ALLOCATION} in
   * euros, so that rights meet: bands touch and overlap, deciders clash, delegations apply.
   */
  static DecisionRightsMatrix dense(DecisionRightsMatrix m) {
    return DecisionRightsMatrix.of(
        m.rights().map(r -> DecisionRight.builder().from(r).decisionType(DecisionType.FUND_ALLOCATION)
            .scope(inEuros(r.scope())).build()),
        m.delegations().map(d -> Delegation.builder().from(d).decisionType(DecisionType.FUND_ALLOCATION)
            .scope(inEuros(d.scope())).limit(d.limit().map(DecisionIndexProperties::euros)).build()));
  }

  /** The matrix with every scope limited by amount and validity only, so that delegations meet their rights. */
  static DecisionRightsMatrix anywhere(DecisionRightsMatrix m) {
    return DecisionRightsMatrix.of(
        m.rights().map(r -> DecisionRight.builder().from(r).scope(anywhere(r.scope())).build()),
        m.delegations().map(d -> Delegation.builder().from(d).scope(anywhere(d.scope())).build()));
  }

  private static Scope anywhere(Scope s) {
    return Scope.builder().amountBand(s.amountBand()).validity(s.validity()).build();
  }

  private static Scope inEuros(Scope s) {
    return Scope.builder().from(s).amountBand(s.amountBand().map(b ->
        new AmountBand(euros(b.lower()), b.upper().map(DecisionIndexProperties::euros)))).build();
  }

  private static Money euros(Money m) {
    return new Money(m.amount(), MoneyGenerators.EUR);
  }

  private record Scoped(Scope scope, DecisionType type) {}

  // ---- the naive reference ----

  static boolean inPeriod(Period p, Instant t) {
    return p.start().compareTo(t) <= 0 && (p.end().isEmpty() || t.compareTo(p.end().get()) < 0);
  }

  static boolean notRevoked(Option<Instant> revokedAt, Instant t) {
    return revokedAt.isEmpty() || t.compareTo(revokedAt.get()) < 0;
  }

  static boolean inScope(Scope s, DecisionContext c, Instant t) {
    if (!inPeriod(s.validity(), t)) {
      return false;
    }
    if (s.program().isDefined() && !(c.program().isDefined() && c.program().get().equals(s.program().get()))) {
      return false;
    }
    if (s.region().isDefined() && !(c.region().isDefined() && c.region().get().equals(s.region().get()))) {
      return false;
    }
    if (s.tier().isDefined() && !(c.tier().isDefined() && c.tier().get().equals(s.tier().get()))) {
      return false;
    }
    if (s.partnerType().isDefined() && !(c.partnerType().isDefined() && c.partnerType().get() == s.partnerType().get())) {
      return false;
    }
    if (s.amountBand().isDefined()) {
      AmountBand band = s.amountBand().get();
      if (c.amount().isEmpty()) {
        return false;
      }
      Money a = c.amount().get();
      if (!a.currency().equals(band.lower().currency()) || a.amount().compareTo(band.lower().amount()) < 0) {
        return false;
      }
      if (band.upper().isDefined() && a.amount().compareTo(band.upper().get().amount()) >= 0) {
        return false;
      }
    }
    return true;
  }

  static Accountability reference(DecisionRightsMatrix m, DecisionContext c, Instant t) {
    return reference(m, null, c, t);
  }

  /** Whether someone of the people fills the role or team, written out without {@code Holder.includes}. */
  static boolean filled(Holder holder, Seq<Person> people) {
    for (Person p : people) {
      if (holder instanceof Holder.ByRole r && p.roles().contains(r.role())
          || holder instanceof Holder.Team team && p.affiliation() instanceof Affiliation.Internal i
              && i.orgUnit().equals(team.orgUnit())) {
        return true;
      }
    }
    return false;
  }

  /** The reference; with people (not null), a single Decide right of a role or team none of them fills is unheld. */
  static Accountability reference(DecisionRightsMatrix m, @Nullable Seq<Person> people, DecisionContext c, Instant t) {
    ArrayList<DecisionRight> matched = new ArrayList<>();
    for (DecisionRight r : m.rights()) {
      if (r.decisionType().equals(c.type()) && inScope(r.scope(), c, t) && notRevoked(r.revokedAt(), t)) {
        matched.add(r);
      }
    }
    matched.sort((a, b) -> a.id().value().compareTo(b.id().value()));
    ArrayList<DecisionRight> deciders = new ArrayList<>();
    for (DecisionRight r : matched) {
      if (r.role() == RapidRole.DECIDE) {
        deciders.add(r);
      }
    }
    Decider decider;
    if (deciders.isEmpty()) {
      decider = new Decider.NoRight();
    } else if (deciders.size() >= 2) {
      decider = new Decider.Contested(List.ofAll(deciders).map(DecisionRight::id));
    } else if (people != null && !deciders.get(0).holder().isNamedPerson() && !filled(deciders.get(0).holder(), people)) {
      decider = new Decider.Unheld(deciders.get(0).holder(), deciders.get(0).id());
    } else {
      DecisionRight right = deciders.get(0);
      Delegation chosen = null;
      if (right.holder() instanceof Holder.NamedPerson p) {
        for (Delegation d : m.delegations()) {
          boolean applies = d.decisionType().equals(c.type()) && d.delegator().equals(p.person())
              && inScope(d.scope(), c, t) && notRevoked(d.revokedAt(), t)
              && (d.limit().isEmpty() || (c.amount().isDefined()
                  && c.amount().get().currency().equals(d.limit().get().currency())
                  && c.amount().get().amount().compareTo(d.limit().get().amount()) <= 0));
          if (applies && (chosen == null || d.id().value().compareTo(chosen.id().value()) < 0)) {
            chosen = d;
          }
        }
      }
      decider = chosen == null
          ? new Decider.Decided(right.holder(), right.id(), Option.none())
          : new Decider.Decided(Holder.person(chosen.delegate()), right.id(), Option.some(chosen.id()));
    }
    return new Accountability(c, t, decider, holders(matched, RapidRole.AGREE), holders(matched, RapidRole.RECOMMEND),
        holders(matched, RapidRole.INPUT), holders(matched, RapidRole.PERFORM), List.ofAll(matched).map(DecisionRight::id));
  }

  static Seq<Holder> holders(java.util.List<DecisionRight> matched, RapidRole role) {
    ArrayList<Holder> found = new ArrayList<>();
    for (DecisionRight r : matched) {
      if (r.role() == role && !found.contains(r.holder())) {
        found.add(r.holder());
      }
    }
    return List.ofAll(found);
  }

  // ---- the properties ----

  @Test
  void RES_01_theIndexAgreesWithTheNaiveReference() {
    qt().withExamples(10_000).forAll(cases()).checkAssert(DecisionIndexProperties::agreesWithTheReference);
  }

  @Test
  void RES_01_theIndexAgreesWithTheNaiveReferenceOnDelegations() {
    qt().withExamples(5_000).forAll(delegationCases()).checkAssert(DecisionIndexProperties::agreesWithTheReference);
  }

  /** Both the whole accountability and the decider alone are the reference's. */
  private static void agreesWithTheReference(Case k) {
    DecisionIndex index = DecisionIndex.of(k.matrix());
    Accountability expected = reference(k.matrix(), k.decision(), k.at());
    assertThat(index.resolve(k.decision(), k.at())).isEqualTo(expected);
    assertThat(index.decider(k.decision(), k.at())).isEqualTo(expected.decider());
  }

  /**
   * With the people known, a single Decide right of a role or team resolves to its holder only when
   * one of them fills it, else to {@link Decider.Unheld}; the people are generated from the
   * matrix's roles and teams, each filled or not.
   */
  @Test
  void RES_05_aRoleNobodyHoldsDecidesNothing() {
    int[] unheld = new int[1];
    qt().withExamples(5_000).forAll(cases(), integers().between(0, 1 << 20)).checkAssert((k, mask) -> {
      Seq<Person> people = staff(k.matrix(), mask);
      Accountability expected = reference(k.matrix(), people, k.decision(), k.at());
      DecisionIndex index = DecisionIndex.of(k.matrix(), people);
      assertThat(index.resolve(k.decision(), k.at())).isEqualTo(expected);
      assertThat(index.decider(k.decision(), k.at())).isEqualTo(expected.decider());
      unheld[0] += expected.decider() instanceof Decider.Unheld ? 1 : 0;
    });
    assertThat(unheld[0]).as("cases where a role or team nobody fills would decide").isGreaterThan(10);
  }

  /** One person per role or team of the matrix's holders whose bit in the mask is set. */
  private static Seq<Person> staff(DecisionRightsMatrix m, int mask) {
    Seq<Holder> holders = m.rights().map(DecisionRight::holder).filter(h -> !h.isNamedPerson()).distinct();
    return holders.zipWithIndex().filter(h -> (mask >> (h._2 % 20) & 1) == 1).map(h -> h._1.fold(
        n -> null,
        r -> Person.builder().id(new PersonId("staff-" + h._2)).name("Staff " + h._2).affiliation(Affiliation.internal(new OrgUnitId("ops")))
            .roles(io.vavr.collection.HashSet.of(r.role())).build(),
        team -> Person.builder().id(new PersonId("staff-" + h._2)).name("Staff " + h._2).affiliation(Affiliation.internal(team.orgUnit()))
            .build()));
  }

  /** How often each outcome occurs: delegated, decided without delegation, ambiguous, none. */
  private static List<Integer> outcomes(Gen<Case> cases, int examples) {
    int[] seen = new int[4];
    qt().withExamples(examples).forAll(cases).checkAssert(k -> {
      Decider d = DecisionIndex.of(k.matrix()).resolve(k.decision(), k.at()).decider();
      seen[d.fold(x -> x.via().isDefined() ? 0 : 1, none -> 3, contested -> 2, unheld -> 3)]++;
    });
    return List.ofAll(seen);
  }

  @Test
  void RES_01_theCasesReachEveryOutcome() {
    List<Integer> all = outcomes(cases(), 2_000);
    List<Integer> delegated = outcomes(delegationCases(), 1_000);
    System.out.println("RES_01 outcomes (delegated, decided, ambiguous, none) of 2000 cases " + all
        + ", of 1000 delegation cases " + delegated);
    assertThat(all).as("delegated, decided, ambiguous, none").allSatisfy(n -> assertThat(n).isPositive());
    assertThat(delegated.head()).as("delegated").isGreaterThan(10);
  }

  @Test
  void RES_02_anEmptyMatrixDecidesNothing() {
    DecisionIndex empty = DecisionIndex.of(DecisionRightsMatrix.empty());
    qt().forAll(DecisionGenerators.decisionContexts(), MoneyGenerators.instants()).checkAssert((c, t) -> {
      Accountability a = empty.resolve(c, t);
      assertThat(a.decider()).isInstanceOf(Decider.NoDecider.class);
      assertThat(a.matched()).isEmpty();
      assertThat(List.of(a.agree(), a.recommend(), a.input(), a.perform())).allSatisfy(s -> assertThat(s).isEmpty());
    });
  }

  @Test
  void RES_03_theDeciderHoldsARightOrDelegationInForce() {
    qt().withExamples(3_000).forAll(cases()).checkAssert(k -> {
      Accountability a = DecisionIndex.of(k.matrix()).resolve(k.decision(), k.at());
      a.decider().fold(d -> {
        DecisionRight right = k.matrix().rights().find(r -> r.id().equals(d.right())).get();
        assertThat(right.isInForceAt(k.at())).isTrue();
        assertThat(right.role().decides()).isTrue();
        if (d.via().isEmpty()) {
          assertThat(d.holder()).isEqualTo(right.holder());
        } else {
          Delegation via = k.matrix().delegations().find(x -> x.id().equals(d.via().get())).get();
          assertThat(via.isInForceAt(k.at())).isTrue();
          assertThat(Holder.person(via.delegator())).isEqualTo(right.holder());
          assertThat(d.holder()).isEqualTo(Holder.person(via.delegate()));
        }
        return null;
      }, n -> null);
      assertThat(a.matched().map(id -> k.matrix().rights().find(r -> r.id().equals(id)).get()))
          .allSatisfy(r -> assertThat(r.isInForceAt(k.at())).isTrue());
    });
  }

  @Test
  void RES_04_theOrderOfTheMatrixRowsChangesNothing() {
    qt().withExamples(2_000).forAll(cases(), integers().between(0, 29)).checkAssert((k, turn) -> {
      DecisionRightsMatrix m = k.matrix();
      int n = Math.max(1, m.rights().size());
      DecisionRightsMatrix turned = DecisionRightsMatrix.of(m.rights().drop(turn % n).appendAll(m.rights().take(turn % n)).reverse(),
          m.delegations().reverse());
      assertThat(DecisionIndex.of(turned).resolve(k.decision(), k.at()))
          .isEqualTo(DecisionIndex.of(m).resolve(k.decision(), k.at()));
    });
  }
}
