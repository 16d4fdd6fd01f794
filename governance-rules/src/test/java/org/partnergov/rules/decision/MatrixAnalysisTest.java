package org.partnergov.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import org.junit.jupiter.api.Test;
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
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Role;
import org.partnergov.model.time.Period;

/** Examples of matrix analysis, one or more per code. */
class MatrixAnalysisTest {

  static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
  static final Period ALWAYS = Period.from(Instant.parse("2026-01-01T00:00:00Z"));
  static final Period Q1 = Period.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
  static final DecisionType FUNDS = DecisionType.FUND_ALLOCATION;

  static final Person DANA = person("dana", "Dana Lee", Affiliation.internal(new OrgUnitId("finance")), "approver");
  static final Person SAM = person("sam", "Sam Ortiz", Affiliation.internal(new OrgUnitId("sales")), "approver");
  static final Person KIM = person("kim", "Kim Park", Affiliation.internal(new OrgUnitId("finance")));
  static final Person ALEX = person("alex", "Alex Acme", Affiliation.partnerStaff(new PartnerId("acme")));
  static final Seq<Person> PEOPLE = List.of(DANA, SAM, KIM, ALEX);

  static Person person(String id, String name, Affiliation affiliation, String... roles) {
    return Person.builder().id(new PersonId(id)).name(name).affiliation(affiliation)
        .roles(HashSet.of(roles).map(Role::new)).build();
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static DecisionRight right(String id, Holder holder, RapidRole role, Scope scope) {
    return DecisionRight.builder().id(new DecisionRightId(id)).decisionType(FUNDS).holder(holder).role(role)
        .scope(scope).build();
  }

  static DecisionRight decide(String id, Person who, AmountBand band) {
    return right(id, Holder.person(who.id()), RapidRole.DECIDE, Scope.builder().validity(ALWAYS).amountBand(band).build());
  }

  static Delegation delegation(String id, Person from, Person to, Period validity) {
    return Delegation.builder().id(new DelegationId(id)).decisionType(FUNDS).delegator(from.id()).delegate(to.id())
        .scope(Scope.any(validity)).build();
  }

  static Seq<MatrixProblem> analyse(Seq<DecisionRight> rights, Seq<Delegation> delegations) {
    return MatrixAnalysis.analyse(DecisionRightsMatrix.of(rights, delegations), PEOPLE, AT);
  }

  static Seq<MatrixProblem> only(Seq<MatrixProblem> problems, MatrixCode code) {
    return problems.filter(p -> p.code() == code);
  }

  @Test
  void a_sound_matrix_has_no_problems() {
    Seq<MatrixProblem> problems = analyse(List.of(
        decide("r1", DANA, AmountBand.below(eur("10000"))),
        decide("r2", SAM, AmountBand.from(eur("10000"))),
        right("r3", Holder.person(KIM.id()), RapidRole.RECOMMEND, Scope.any(ALWAYS))),
        List.of(Delegation.builder().from(delegation("d1", DANA, KIM, Q1)).limit(eur("5000")).build()));
    assertThat(problems).isEmpty();
  }

  @Test
  void MTX_01_rights_in_force_without_a_decider() {
    Seq<MatrixProblem> problems = analyse(List.of(
        right("r1", Holder.person(KIM.id()), RapidRole.RECOMMEND, Scope.any(ALWAYS)),
        right("r2", Holder.role(new Role("finance")), RapidRole.AGREE, Scope.any(ALWAYS)),
        right("r3", Holder.person(DANA.id()), RapidRole.DECIDE,
            Scope.builder().validity(ALWAYS).program(new ProgramId("p1")).build())), List.empty());
    assertThat(only(problems, MatrixCode.NO_DECIDER)).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("MTX-01");
      assertThat(p.decisionType()).isEqualTo(FUNDS);
      assertThat(p.involved()).containsExactly("r1", "r2");
      assertThat(p.explanation()).isEqualTo("Nobody may decide FUND_ALLOCATION for any program, any region, any tier,"
          + " any partner type at 2026-03-01T00:00:00Z: r1, r2 say who recommend, agree, but no right in force says"
          + " who decides.");
    });
  }

  @Test
  void MTX_01_an_expired_decider_leaves_a_gap() {
    Period past = Period.of(Instant.parse("2025-01-01T00:00:00Z"), AT);
    Seq<MatrixProblem> problems = analyse(List.of(
        right("r1", Holder.person(KIM.id()), RapidRole.RECOMMEND, Scope.any(ALWAYS)),
        right("r2", Holder.person(DANA.id()), RapidRole.DECIDE, Scope.any(past))), List.empty());
    assertThat(only(problems, MatrixCode.NO_DECIDER).map(MatrixProblem::involved)).containsExactly(List.of("r1"));
  }

  @Test
  void MTX_02_two_holders_decide_the_same_decisions() {
    Seq<MatrixProblem> problems = analyse(List.of(
        right("r1", Holder.person(DANA.id()), RapidRole.DECIDE, Scope.any(ALWAYS)),
        right("r2", Holder.person(SAM.id()), RapidRole.DECIDE,
            Scope.builder().validity(Q1).program(new ProgramId("p1")).build())), List.empty());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(MatrixCode.SEVERAL_DECIDERS);
      assertThat(p.involved()).containsExactly("r1", "r2");
      assertThat(p.explanation()).isEqualTo("Two holders decide the same FUND_ALLOCATION decisions: r1 gives them to"
          + " Dana Lee (dana) and r2 to Sam Ortiz (sam) for p1, any region, any tier, any partner type and any"
          + " amount; a decision has one decider.");
    });
  }

  @Test
  void MTX_02_not_for_disjoint_scopes_or_validities() {
    Period later = Period.of(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));
    assertThat(analyse(List.of(
        right("r1", Holder.person(DANA.id()), RapidRole.DECIDE, Scope.builder().validity(ALWAYS)
            .program(new ProgramId("p1")).build()),
        right("r2", Holder.person(SAM.id()), RapidRole.DECIDE, Scope.builder().validity(ALWAYS)
            .program(new ProgramId("p2")).build()),
        right("r3", Holder.person(SAM.id()), RapidRole.DECIDE, Scope.builder().validity(Q1)
            .program(new ProgramId("p3")).build()),
        right("r4", Holder.person(DANA.id()), RapidRole.DECIDE, Scope.builder().validity(later)
            .program(new ProgramId("p3")).build())), List.empty())).isEmpty();
  }

  @Test
  void MTX_03_a_gap_between_bands() {
    Seq<MatrixProblem> problems = analyse(List.of(
        decide("r1", DANA, AmountBand.below(eur("5000"))),
        decide("r2", SAM, AmountBand.of(eur("10000"), eur("25000")))), List.empty());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("MTX-03");
      assertThat(p.involved()).containsExactly("r1", "r2");
      assertThat(p.explanation()).isEqualTo("Nobody may decide FUND_ALLOCATION for any program, any region, any tier,"
          + " any partner type on amounts from 5000.00 EUR up to 10000.00 EUR: the bands of r1, r2 leave them uncovered.");
    });
  }

  @Test
  void MTX_03_a_gap_below_the_first_band() {
    Seq<MatrixProblem> problems = analyse(List.of(decide("r1", DANA, AmountBand.from(eur("1000")))), List.empty());
    assertThat(only(problems, MatrixCode.AMOUNT_BAND_GAP)).singleElement()
        .satisfies(p -> assertThat(p.explanation()).contains("from 0.00 EUR up to 1000.00 EUR"));
  }

  @Test
  void MTX_04_partly_overlapping_bands() {
    Seq<MatrixProblem> problems = analyse(List.of(
        decide("r1", DANA, AmountBand.below(eur("10000"))),
        decide("r2", SAM, AmountBand.from(eur("5000")))), List.empty());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(MatrixCode.OVERLAPPING_BANDS);
      assertThat(p.involved()).containsExactly("r1", "r2");
      assertThat(p.explanation()).isEqualTo("The amount bands [0.00 EUR, 10000.00 EUR) of r1 and [5000.00 EUR, ∞) of r2"
          + " overlap for FUND_ALLOCATION, so amounts in both have two deciders; bands should touch without"
          + " sharing amounts.");
    });
  }

  @Test
  void MTX_05_a_cross_boundary_type_decided_by_a_role() {
    Seq<MatrixProblem> problems = analyse(List.of(
        right("r1", Holder.role(new Role("approver")), RapidRole.DECIDE, Scope.any(ALWAYS)),
        right("r2", Holder.person(KIM.id()), RapidRole.RECOMMEND, Scope.any(ALWAYS))), List.empty());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("MTX-05");
      assertThat(p.involved()).containsExactly("r1");
      assertThat(p.explanation()).isEqualTo("FUND_ALLOCATION involves people from org unit finance, org unit sales,"
          + " but r1 gives the decision to whoever holds the role approver, so nobody in particular is accountable"
          + " across those boundaries: name a person.");
    });
  }

  @Test
  void MTX_05_not_for_a_team_within_one_org_unit() {
    assertThat(only(analyse(List.of(
        right("r1", Holder.team(new OrgUnitId("finance")), RapidRole.DECIDE, Scope.any(ALWAYS)),
        right("r2", Holder.person(KIM.id()), RapidRole.RECOMMEND, Scope.any(ALWAYS))), List.empty()),
        MatrixCode.UNNAMED_CROSS_BOUNDARY_DECIDER)).isEmpty();
  }

  @Test
  void MTX_06_partner_staff_decide() {
    Seq<MatrixProblem> problems = analyse(List.of(
        right("r1", Holder.person(ALEX.id()), RapidRole.DECIDE, Scope.any(ALWAYS))), List.empty());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("MTX-06");
      assertThat(p.involved()).containsExactly("r1");
      assertThat(p.explanation()).isEqualTo("r1 lets Alex Acme (alex), who works for partner acme, decide"
          + " FUND_ALLOCATION for any program, any region, any tier, any partner type, which could cover acme's"
          + " own exceptions.");
    });
  }

  @Test
  void MTX_07_a_delegation_above_the_delegators_band() {
    Delegation d1 = Delegation.builder().from(delegation("d1", DANA, KIM, Q1)).limit(eur("10000")).build();
    Seq<MatrixProblem> problems = analyse(List.of(
        decide("r1", DANA, AmountBand.below(eur("10000"))),
        decide("r2", SAM, AmountBand.from(eur("10000")))), List.of(d1));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("MTX-07");
      assertThat(p.involved()).containsExactly("d1", "r1");
      assertThat(p.explanation()).isEqualTo("Delegation d1 lets Kim Park (kim) decide FUND_ALLOCATION up to"
          + " 10000.00 EUR inclusive, but Dana Lee (dana) may only decide below 10000.00 EUR under r1.");
    });
  }

  @Test
  void MTX_07_a_delegation_within_the_band_and_one_from_nobody() {
    Delegation within = Delegation.builder().from(delegation("d1", DANA, KIM, Q1)).limit(eur("9999.99")).build();
    Seq<MatrixProblem> problems = analyse(List.of(
        decide("r1", DANA, AmountBand.below(eur("10000"))),
        decide("r2", SAM, AmountBand.from(eur("10000")))), List.of(within, delegation("d2", KIM, ALEX, Q1)));
    assertThat(only(problems, MatrixCode.DELEGATION_EXCEEDS_DELEGATOR)).singleElement().satisfies(p -> {
      assertThat(p.involved()).containsExactly("d2");
      assertThat(p.explanation()).endsWith("but Kim Park (kim) holds no Decide right for it to hand over.");
    });
  }

  @Test
  void MTX_08_a_delegation_without_end() {
    Seq<MatrixProblem> problems = analyse(List.of(decide("r1", DANA, AmountBand.from(eur("0")))),
        List.of(delegation("d1", DANA, KIM, ALWAYS)));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("MTX-08");
      assertThat(p.involved()).containsExactly("d1");
      assertThat(p.explanation()).isEqualTo("Delegation d1 of FUND_ALLOCATION from Dana Lee (dana) to Kim Park (kim)"
          + " starts 2026-01-01T00:00:00Z and never ends; a delegation must be time-boxed.");
    });
  }

  @Test
  void MTX_09_and_MTX_10_a_cycle_of_delegations() {
    Seq<MatrixProblem> problems = analyse(List.of(
        decide("r1", DANA, AmountBand.from(eur("0")))),
        List.of(delegation("d1", DANA, KIM, Q1), delegation("d2", KIM, SAM, Q1), delegation("d3", SAM, DANA, Q1)));
    assertThat(only(problems, MatrixCode.DELEGATION_CYCLE)).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("MTX-09");
      assertThat(p.involved()).containsExactly("d1", "d2", "d3");
      assertThat(p.explanation()).isEqualTo("Delegations d1, d2, d3 of FUND_ALLOCATION go round in a circle between"
          + " Dana Lee (dana), Kim Park (kim), Sam Ortiz (sam), so nobody can tell who finally decides.");
    });
    assertThat(only(problems, MatrixCode.RE_DELEGATION).map(MatrixProblem::involved))
        .containsExactly(List.of("d1", "d2"), List.of("d2", "d3"), List.of("d3", "d1"));
  }

  @Test
  void MTX_10_a_delegate_delegates_onward() {
    Seq<MatrixProblem> problems = analyse(List.of(decide("r1", DANA, AmountBand.from(eur("0")))),
        List.of(delegation("d1", DANA, KIM, Q1), delegation("d2", KIM, SAM, Q1)));
    assertThat(only(problems, MatrixCode.RE_DELEGATION)).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("MTX-10");
      assertThat(p.involved()).containsExactly("d1", "d2");
      assertThat(p.explanation()).isEqualTo("Kim Park (kim) received FUND_ALLOCATION from Dana Lee (dana) (d1) and"
          + " hands it on to Sam Ortiz (sam) (d2); a delegate may not delegate again.");
    });
    assertThat(problems.map(MatrixProblem::code)).containsExactly(MatrixCode.DELEGATION_EXCEEDS_DELEGATOR,
        MatrixCode.RE_DELEGATION);
  }

  @Test
  void MTX_11_one_person_recommends_and_decides() {
    Seq<MatrixProblem> problems = analyse(List.of(
        decide("r1", DANA, AmountBand.from(eur("0"))),
        right("r2", Holder.role(new Role("approver")), RapidRole.RECOMMEND, Scope.any(ALWAYS))), List.empty());
    assertThat(only(problems, MatrixCode.RECOMMENDS_AND_DECIDES)).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("MTX-11");
      assertThat(p.involved()).containsExactly("r2", "r1");
      assertThat(p.explanation()).isEqualTo("Dana Lee (dana) may both recommend (r2) and decide (r1) FUND_ALLOCATION"
          + " for any program, any region, any tier, any partner type, so they could approve what they asked for.");
    });
  }

  @Test
  void codes_are_numbered_in_order_with_a_sentence_each() {
    assertThat(List.of(MatrixCode.values()).map(MatrixCode::code)).containsExactly("MTX-01", "MTX-02", "MTX-03",
        "MTX-04", "MTX-05", "MTX-06", "MTX-07", "MTX-08", "MTX-09", "MTX-10", "MTX-11");
    assertThat(List.of(MatrixCode.values())).allSatisfy(c -> assertThat(c.description()).isNotBlank());
  }
}
