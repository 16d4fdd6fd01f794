package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.testkit.MoneyGenerators.REFERENCE;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.DelegationId;
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
import org.partnergov.rules.decision.MatrixAnalysis;
import org.partnergov.rules.decision.MatrixCode;
import org.partnergov.rules.decision.MatrixProblem;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the decision-rights matrix analysis, named by the code they guard. Where easy,
 * the analysis is compared with a naive reference kept here: two rights overlap when some
 * decision at some instant from the analysis on lies inside both, found by trying the few
 * candidate decisions and instants that can tell.
 */
class MatrixAnalysisProperties {

  private static final Period SINCE_YESTERDAY = Period.from(REFERENCE.minus(Duration.ofDays(1)));

  private static Person internal(String id) {
    return Person.builder().id(new PersonId(id)).name("Person " + id)
        .affiliation(Affiliation.internal(new OrgUnitId("unit-1"))).build();
  }

  private static DecisionRight right(String id, DecisionType type, String holder, RapidRole role, Option<AmountBand> band) {
    return DecisionRight.builder().id(DecisionRightId.of(id)).decisionType(type).holder(Holder.person(PersonId.of(holder)))
        .role(role).scope(Scope.builder().validity(SINCE_YESTERDAY).amountBand(band).build()).build();
  }

  private static Set<MatrixCode> codes(Seq<MatrixProblem> problems) {
    return problems.map(MatrixProblem::code).toSet();
  }

  private static Seq<MatrixProblem> only(Seq<MatrixProblem> problems, MatrixCode code) {
    return problems.filter(p -> p.code() == code);
  }

  /** A ladder of band limits cut at some rungs: the cuts (starting at zero) and whether the top is open. */
  private record Ladder(DecisionType type, Currency currency, Seq<BigDecimal> cuts, boolean openTop) {

    Seq<AmountBand> bands() {
      Seq<Money> limits = cuts.map(c -> new Money(c, currency));
      Seq<AmountBand> closed = limits.sliding(2).filter(w -> w.size() == 2).map(w -> AmountBand.of(w.get(0), w.get(1)))
          .toList();
      return openTop ? closed.append(AmountBand.from(limits.last())) : closed;
    }

    Seq<DecisionRight> rights() {
      return bands().zipWithIndex((b, i) -> right("decide-" + i, type, "person-" + i, RapidRole.DECIDE, Option.some(b)))
          .append(right("recommend", type, "recommender", RapidRole.RECOMMEND, Option.none()));
    }

    Seq<Person> people() {
      return bands().zipWithIndex((b, i) -> internal("person-" + i)).append(internal("recommender"));
    }
  }

  private static Gen<Ladder> ladders() {
    return DecisionGenerators.decisionTypes().zip(MoneyGenerators.currencies(),
        lists().of(Generate.booleans()).ofSize(5), Generate.booleans(), (type, currency, keep, open) -> {
          Seq<BigDecimal> rungs = DecisionGenerators.bandLimits(currency).map(Money::amount);
          Seq<BigDecimal> cuts = rungs.zipWithIndex().filter(r -> r._2 == 0 || keep.get(r._2 - 1)).map(Tuple2::_1);
          return new Ladder(type, currency, cuts, open || cuts.size() == 1);
        });
  }

  @Test
  void MTX_00_the_analysis_does_not_depend_on_the_order_of_rights_delegations_or_people() {
    qt().withExamples(300).forAll(DecisionGenerators.matrices(), lists().of(PartyGenerators.persons()).ofSizeBetween(0, 12),
        org.quicktheories.generators.SourceDSL.longs().all()).checkAssert((m, list, seed) -> {
          Seq<Person> people = List.ofAll(list).distinctBy(Person::id);
          DecisionRightsMatrix shuffled = DecisionRightsMatrix.of(GovernanceRuleContract.shuffle(m.rights(), seed),
              GovernanceRuleContract.shuffle(m.delegations(), seed + 1));
          assertThat(MatrixAnalysis.analyse(shuffled, GovernanceRuleContract.shuffle(people, seed + 2), REFERENCE))
              .containsExactlyElementsOf(MatrixAnalysis.analyse(m, people, REFERENCE));
        });
  }

  @Test
  void MTX_01_and_MTX_03_one_decider_per_contiguous_band_and_a_recommender_is_sound() {
    qt().forAll(ladders()).checkAssert(l -> assertThat(MatrixAnalysis.analyse(
        DecisionRightsMatrix.of(l.rights(), List.empty()), l.people(), REFERENCE)).isEmpty());
  }

  @Test
  void MTX_01_and_MTX_03_removing_a_band_leaves_a_decision_without_decider_or_a_gap_exactly_there() {
    qt().forAll(ladders(), integers().between(0, 5)).checkAssert((l, pick) -> {
      int k = pick % l.bands().size();
      Seq<DecisionRight> rights = l.rights().removeAt(k);
      Seq<MatrixProblem> problems = MatrixAnalysis.analyse(DecisionRightsMatrix.of(rights, List.empty()), l.people(), REFERENCE);
      AmountBand removed = l.bands().get(k);
      if (l.bands().size() == 1) {
        assertThat(problems).singleElement().satisfies(p -> {
          assertThat(p.code().code()).isEqualTo("MTX-01");
          assertThat(p.involved()).containsExactly("recommend");
        });
      } else if (k == l.bands().size() - 1) {
        assertThat(problems).isEmpty();
      } else {
        Money to = removed.upper().get();
        assertThat(problems).singleElement().satisfies(p -> {
          assertThat(p.code().code()).isEqualTo("MTX-03");
          assertThat(p.decisionType()).isEqualTo(l.type());
          assertThat(p.explanation()).contains("from " + removed.lower() + " up to " + to);
          assertThat(p.involved()).doesNotContain("decide-" + k).contains("decide-" + (k + 1));
        });
      }
    });
  }

  // ---- naive reference for overlaps: try the few decisions and instants that can tell ----------

  /** The first instant from {@code at} on when both could hold. */
  private static Instant firstCommon(Instant at, Period a, Period b) {
    return List.of(at, a.start(), b.start()).max().get();
  }

  private static boolean holdTogether(DecisionRight a, DecisionRight b, Instant at) {
    Instant t = firstCommon(at, a.scope().validity(), b.scope().validity());
    Seq<Option<Money>> amounts = List.of(a, b).flatMap(r -> r.scope().amountBand()).map(band -> Option.some(band.lower()))
        .append(Option.none());
    return amounts.exists(amount -> {
      DecisionContext c = new DecisionContext(a.decisionType(), a.scope().program().orElse(b.scope().program()),
          a.scope().region().orElse(b.scope().region()), a.scope().tier().orElse(b.scope().tier()),
          a.scope().partnerType().orElse(b.scope().partnerType()), amount);
      return a.appliesTo(c, t) && b.appliesTo(c, t);
    });
  }

  private static boolean holdTogether(Delegation a, Delegation b, Instant at) {
    Instant t = firstCommon(at, a.scope().validity(), b.scope().validity());
    return a.isInForceAt(t) && b.isInForceAt(t);
  }

  private static boolean live(Delegation d, Instant at) {
    return d.isInForceAt(List.of(at, d.scope().validity().start()).max().get());
  }

  private static Set<Tuple2<MatrixCode, Seq<String>>> found(Seq<MatrixProblem> problems, MatrixCode... codes) {
    Set<MatrixCode> wanted = HashSet.of(codes);
    return problems.filter(p -> wanted.contains(p.code())).map(p -> Tuple.of(p.code(), p.involved())).toSet();
  }

  private static final Gen<Instant> ANALYSIS_INSTANTS = Generate.pick(java.util.List.of(REFERENCE,
      REFERENCE.minus(Duration.ofDays(30)), REFERENCE.plus(Duration.ofDays(3))));

  @Test
  void MTX_02_and_MTX_04_overlapping_deciders_match_the_naive_reference() {
    qt().withExamples(300).forAll(DecisionGenerators.matrices(), ANALYSIS_INSTANTS).checkAssert((m, at) -> {
      Seq<DecisionRight> deciders = m.rights().filter(r -> r.role().decides());
      Set<Tuple2<MatrixCode, Seq<String>>> expected = deciders.zipWithIndex()
          .flatMap(a -> deciders.drop(a._2 + 1).map(b -> Tuple.of(a._1, b)))
          .filter(p -> p._1.decisionType().equals(p._2.decisionType()) && holdTogether(p._1, p._2, at))
          .flatMap(p -> {
            Option<AmountBand> a = p._1.scope().amountBand();
            Option<AmountBand> b = p._2.scope().amountBand();
            Seq<String> ids = List.of(p._1.id().value(), p._2.id().value()).sorted();
            if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
              return p._1.holder().equals(p._2.holder()) ? Option.none()
                  : Option.some(Tuple.of(MatrixCode.SEVERAL_DECIDERS, ids));
            }
            return Option.some(Tuple.of(MatrixCode.OVERLAPPING_BANDS, ids));
          }).toSet();
      Seq<MatrixProblem> problems = MatrixAnalysis.analyse(m, List.empty(), at);
      assertThat(found(problems, MatrixCode.SEVERAL_DECIDERS, MatrixCode.OVERLAPPING_BANDS)).isEqualTo(expected);
    });
  }

  @Test
  void MTX_06_partner_staff_deciders_match_the_naive_reference() {
    qt().withExamples(300).forAll(DecisionGenerators.matrices(), lists().of(PartyGenerators.persons()).ofSizeBetween(0, 12))
        .checkAssert((m, list) -> {
          Seq<Person> people = List.ofAll(list).distinctBy(Person::id);
          Set<String> expected = m.rights().filter(r -> r.role().decides() && r.isInForceAt(REFERENCE))
              .filter(r -> people.exists(p -> p.affiliation() instanceof Affiliation.PartnerStaff
                  && r.holder().fold(n -> n.person().equals(p.id()), role -> p.holds(role.role()), team -> false)))
              .map(r -> r.id().value()).toSet();
          Seq<MatrixProblem> problems = MatrixAnalysis.analyse(m, people, REFERENCE);
          assertThat(only(problems, MatrixCode.PARTNER_STAFF_DECIDES).flatMap(MatrixProblem::involved).toSet())
              .isEqualTo(expected);
        });
  }

  @Test
  void MTX_07_a_limit_at_the_delegators_upper_limit_exceeds_it_and_just_below_does_not() {
    qt().forAll(MoneyGenerators.currencies(), integers().between(1, 5), Generate.booleans()).checkAssert((currency, i, at) -> {
      Money upper = DecisionGenerators.bandLimits(currency).get(i);
      Money limit = at ? upper : new Money(upper.amount().subtract(new BigDecimal("0.01")), currency);
      DecisionType type = DecisionType.FUND_ALLOCATION;
      DecisionRight own = right("own", type, "delegator", RapidRole.DECIDE, Option.some(AmountBand.below(upper)));
      Delegation d = Delegation.builder().id(DelegationId.of("d")).decisionType(type)
          .delegator(PersonId.of("delegator")).delegate(PersonId.of("delegate"))
          .scope(Scope.any(Period.of(REFERENCE, REFERENCE.plus(Duration.ofDays(7))))).limit(limit).build();
      Seq<MatrixProblem> problems = MatrixAnalysis.analyse(DecisionRightsMatrix.of(List.of(own), List.of(d)),
          List.of(internal("delegator"), internal("delegate")), REFERENCE);
      assertThat(only(problems, MatrixCode.DELEGATION_EXCEEDS_DELEGATOR).map(MatrixProblem::involved))
          .isEqualTo(at ? List.of(List.of("d", "own")) : List.empty());
    });
  }

  @Test
  void MTX_08_open_ended_delegations_match_the_naive_reference() {
    qt().withExamples(300).forAll(DecisionGenerators.matrices(), ANALYSIS_INSTANTS).checkAssert((m, at) -> {
      Set<String> expected = m.delegations().filter(d -> live(d, at) && d.scope().validity().end().isEmpty()
          && d.revokedAt().isEmpty()).map(d -> d.id().value()).toSet();
      assertThat(only(MatrixAnalysis.analyse(m, List.empty(), at), MatrixCode.OPEN_ENDED_DELEGATION)
          .flatMap(MatrixProblem::involved).toSet()).isEqualTo(expected);
    });
  }

  @Test
  void MTX_09_closing_a_chain_of_delegations_reports_exactly_one_cycle() {
    qt().forAll(integers().between(2, 6), DecisionGenerators.decisionTypes()).checkAssert((n, type) -> {
      Seq<Delegation> chain = List.range(0, n - 1).map(i -> delegation("d" + i, type, "p" + i, "p" + (i + 1)));
      Delegation closing = delegation("d" + (n - 1), type, "p" + (n - 1), "p0");
      Seq<MatrixProblem> open = MatrixAnalysis.analyse(DecisionRightsMatrix.of(List.empty(), chain), List.empty(), REFERENCE);
      assertThat(only(open, MatrixCode.DELEGATION_CYCLE)).isEmpty();
      Seq<MatrixProblem> closed = MatrixAnalysis.analyse(DecisionRightsMatrix.of(List.empty(), chain.append(closing)),
          List.empty(), REFERENCE);
      assertThat(only(closed, MatrixCode.DELEGATION_CYCLE)).singleElement().satisfies(p -> {
        assertThat(p.decisionType()).isEqualTo(type);
        assertThat(p.involved()).containsExactlyElementsOf(chain.append(closing).map(d -> d.id().value()));
      });
    });
  }

  private static Delegation delegation(String id, DecisionType type, String from, String to) {
    return Delegation.builder().id(DelegationId.of(id)).decisionType(type).delegator(PersonId.of(from))
        .delegate(PersonId.of(to)).scope(Scope.any(Period.of(REFERENCE, REFERENCE.plus(Duration.ofDays(7))))).build();
  }

  @Test
  void MTX_09_delegations_in_cycles_match_a_transitive_closure() {
    qt().withExamples(300).forAll(DecisionGenerators.matrices(0, 5, 2, 10), ANALYSIS_INSTANTS).checkAssert((m, at) -> {
      Seq<Delegation> live = m.delegations().filter(d -> live(d, at));
      Set<String> expected = live.filter(d -> closure(live.filter(e -> e.decisionType().equals(d.decisionType())))
          .contains(Tuple.of(d.delegate(), d.delegator()))).map(d -> d.id().value()).toSet();
      assertThat(only(MatrixAnalysis.analyse(m, List.empty(), at), MatrixCode.DELEGATION_CYCLE)
          .flatMap(MatrixProblem::involved).toSet()).isEqualTo(expected);
    });
  }

  /** Every pair (a, b) such that b can be reached from a, by adding pairs until nothing changes. */
  private static Set<Tuple2<PersonId, PersonId>> closure(Seq<Delegation> edges) {
    Set<Tuple2<PersonId, PersonId>> reach = edges.map(d -> Tuple.of(d.delegator(), d.delegate())).toSet();
    while (true) {
      Set<Tuple2<PersonId, PersonId>> current = reach;
      Set<Tuple2<PersonId, PersonId>> next = reach.union(reach.flatMap(x -> current.filter(y -> y._1.equals(x._2))
          .map(y -> Tuple.of(x._1, y._2))));
      if (next.size() == reach.size()) {
        return reach;
      }
      reach = next;
    }
  }

  @Test
  void MTX_10_re_delegations_match_the_naive_reference() {
    qt().withExamples(300).forAll(DecisionGenerators.matrices(0, 5, 2, 10), ANALYSIS_INSTANTS).checkAssert((m, at) -> {
      Seq<Delegation> ds = m.delegations();
      Set<Seq<String>> expected = ds.flatMap(a -> ds.map(b -> Tuple.of(a, b)))
          .filter(p -> p._1 != p._2 && p._1.decisionType().equals(p._2.decisionType())
              && p._1.delegate().equals(p._2.delegator()) && holdTogether(p._1, p._2, at))
          .map(p -> (Seq<String>) List.of(p._1.id().value(), p._2.id().value())).toSet();
      assertThat(only(MatrixAnalysis.analyse(m, List.empty(), at), MatrixCode.RE_DELEGATION)
          .map(MatrixProblem::involved).toSet()).isEqualTo(expected);
    });
  }

  @Test
  void every_problem_cites_ids_of_the_matrix_and_names_them_in_its_explanation() {
    qt().withExamples(300).forAll(DecisionGenerators.matrices(), lists().of(PartyGenerators.persons()).ofSizeBetween(0, 12),
        ANALYSIS_INSTANTS).checkAssert((m, list, at) -> {
          Set<String> ids = m.rights().map(r -> r.id().value()).appendAll(m.delegations().map(d -> d.id().value())).toSet();
          Seq<MatrixProblem> problems = MatrixAnalysis.analyse(m, List.ofAll(list).distinctBy(Person::id), at);
          assertThat(problems).allSatisfy(p -> {
            assertThat(p.involved()).isNotEmpty();
            assertThat(ids.containsAll(p.involved())).isTrue();
            assertThat(p.involved()).allSatisfy(id -> assertThat(p.explanation()).contains(id));
          });
          assertThat(MatrixAnalysis.analyse(m, List.ofAll(list).distinctBy(Person::id), at)).isEqualTo(problems);
        });
  }
}
