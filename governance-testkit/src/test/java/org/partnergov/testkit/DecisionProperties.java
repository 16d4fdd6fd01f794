package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.testkit.MoneyGenerators.REFERENCE;
import static org.partnergov.testkit.Plant.at;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightDraft;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionRightsMatrixDraft;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.DelegationDraft;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.time.Period;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of decision rights, delegations, the matrix and their drafts. */
class DecisionProperties {

  @Test
  void DEC_01_every_generator_yields_valid_values() {
    qt().forAll(DecisionGenerators.decisionRightDrafts()).check(d -> d.validate().isValid());
    qt().forAll(DecisionGenerators.delegationDrafts()).check(d -> d.validate().isValid());
    qt().withExamples(200).forAll(DecisionGenerators.matrixDrafts()).check(d -> d.validate().isValid());
    qt().forAll(DecisionGenerators.delegations()).check(d -> !d.delegator().equals(d.delegate())
        && d.limit().forAll(Money::isPositive)
        && Delegation.builder().from(d).build().equals(d));
    qt().withExamples(200).forAll(DecisionGenerators.matrices()).checkAssert(m -> {
      assertThat(m.rights().map(DecisionRight::id).distinct()).hasSameSizeAs(m.rights());
      assertThat(m.delegations().map(Delegation::id).distinct()).hasSameSizeAs(m.delegations());
      assertThat(m.rights().size()).isBetween(0, 30);
      assertThat(DecisionRightsMatrix.builder().from(m).build()).isEqualTo(m);
    });
    qt().forAll(DecisionGenerators.scopes()).check(s -> Scope.builder().from(s).build().equals(s));
  }

  @Test
  void DEC_02_drafts_of_generated_values_parse_back_to_the_same_value() {
    qt().forAll(DecisionGenerators.decisionRights(), Generate.booleans())
        .checkAssert((r, loose) -> assertThat(DecisionGenerators.draftOf(r, loose).validate().get()).isEqualTo(r));
    qt().forAll(DecisionGenerators.delegations(), Generate.booleans())
        .checkAssert((d, loose) -> assertThat(DecisionGenerators.draftOf(d, loose).validate().get()).isEqualTo(d));
    qt().withExamples(200).forAll(DecisionGenerators.matrices(), Generate.booleans())
        .checkAssert((m, loose) -> assertThat(DecisionGenerators.draftOf(m, loose).validate().get()).isEqualTo(m));
  }

  @Test
  void DEC_03_right_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(DecisionGenerators.decisionRightDrafts().map(DecisionProperties::withBand),
            at("id", d -> DecisionRightDraft.builder().from(d).id(" ").build()),
            at("decisionType", d -> DecisionRightDraft.builder().from(d).decisionType(null).build()),
            at("holder", d -> DecisionRightDraft.builder().from(d).holderPerson("person-1").holderRole("x")
                .holderTeam(null).build()),
            at("role", d -> DecisionRightDraft.builder().from(d).role("veto").build()),
            at("partnerType", d -> DecisionRightDraft.builder().from(d).partnerType("franchise").build()),
            at("amountFrom", d -> DecisionRightDraft.builder().from(d).amountFrom(new BigDecimal("-0.01")).build()),
            at("amountTo", d -> DecisionRightDraft.builder().from(d).amountTo(new BigDecimal("-5")).build()),
            at("amountCurrency", d -> DecisionRightDraft.builder().from(d).amountCurrency("EURO").build()),
            at("validUntil", d -> DecisionRightDraft.builder().from(d).validUntil(d.validFrom()).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void DEC_04_delegation_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(DecisionGenerators.delegationDrafts().map(DecisionProperties::withBandAndLimit),
            at("id", d -> DelegationDraft.builder().from(d).id(null).build()),
            at("decisionType", d -> DelegationDraft.builder().from(d).decisionType("").build()),
            at("delegator", d -> DelegationDraft.builder().from(d).delegator(" ").build()),
            at("delegate", d -> DelegationDraft.builder().from(d).delegate(d.delegator()).build()),
            at("partnerType", d -> DelegationDraft.builder().from(d).partnerType("franchise").build()),
            at("amountCurrency", d -> DelegationDraft.builder().from(d).amountCurrency("EURO").build()),
            at("amountTo", d -> DelegationDraft.builder().from(d).amountTo(d.amountFrom()).build()),
            at("validFrom", d -> DelegationDraft.builder().from(d).validFrom(null).build()),
            at("limitAmount", d -> DelegationDraft.builder().from(d).limitAmount(BigDecimal.ZERO).build()),
            at("limitCurrency", d -> DelegationDraft.builder().from(d).limitCurrency("XYZ").build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void DEC_05_matrix_parse_reports_one_problem_per_planted_field_under_its_path() {
    qt().withExamples(300).forAll(Plant.some(DecisionGenerators.matrixDrafts(3, 12, 2, 4),
            at("rights[0].holder", m -> right(m, 0, d -> d.holderPerson(null).holderRole(null).holderTeam(" "))),
            at("rights[0].validUntil", m -> right(m, 0, d -> d.validUntil(m.rights().get(0).validFrom()))),
            at("rights[1].id", m -> right(m, 1, d -> d.id(m.rights().get(0).id()))),
            at("rights[2].amountCurrency", m -> right(right(m, 1, d -> d.decisionType("mixed")
                .amountFrom(BigDecimal.ZERO).amountTo(null).amountCurrency("GBP")), 2, d -> d.decisionType("MIXED")
                .amountFrom(BigDecimal.ONE).amountTo(null).amountCurrency("USD"))),
            at("delegations[0].delegate", m -> delegation(m, 0, d -> d.delegate(m.delegations().get(0).delegator()))),
            at("delegations[1].id", m -> delegation(m, 1, d -> d.id(" " + m.delegations().get(0).id())))))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void DEC_06_scope_covers_agrees_with_a_naive_reference() {
    Gen<Scope> scopes = DecisionGenerators.scopes();
    qt().withExamples(3000).forAll(scopes.flatMap(s -> DecisionGenerators.decisionContexts(s)
            .zip(DecisionGenerators.instantsAround(s.validity()), (d, at) -> new Case(s, d, at))))
        .check(c -> c.scope().covers(c.decision(), c.at()) == naiveCovers(c.scope(), c.decision(), c.at()));
    qt().forAll(MoneyGenerators.periods().flatMap(p -> DecisionGenerators.instantsAround(p).map(at -> io.vavr.Tuple.of(p, at))),
            DecisionGenerators.decisionContexts())
        .check((t, d) -> Scope.any(t._1).covers(d, t._2) == t._1.contains(t._2));
  }

  @Test
  void DEC_07_rights_and_delegations_are_in_force_inside_their_validity_before_their_revocation() {
    qt().withExamples(2000).forAll(DecisionGenerators.decisionRights().flatMap(r -> aroundValidityAndRevocation(
            r.scope().validity(), r.revokedAt()).map(at -> io.vavr.Tuple.of(r, at))))
        .check(t -> t._1.isInForceAt(t._2) == naiveInForce(t._1.scope().validity(), t._1.revokedAt(), t._2));
    qt().withExamples(2000).forAll(DecisionGenerators.delegations().flatMap(d -> aroundValidityAndRevocation(
            d.scope().validity(), d.revokedAt()).map(at -> io.vavr.Tuple.of(d, at))))
        .check(t -> t._1.isInForceAt(t._2) == naiveInForce(t._1.scope().validity(), t._1.revokedAt(), t._2));
  }

  @Test
  void DEC_08_an_amount_at_the_shared_limit_of_touching_bands_lies_in_exactly_the_upper_one() {
    qt().forAll(MoneyGenerators.currencies(), integers().between(1, 4)).checkAssert((currency, i) -> {
      Seq<Money> limits = DecisionGenerators.bandLimits(currency);
      Period always = Period.from(REFERENCE.minusSeconds(86_400));
      Scope lower = Scope.builder().amountBand(AmountBand.of(limits.get(i - 1), limits.get(i))).validity(always).build();
      Scope upper = Scope.builder().amountBand(AmountBand.of(limits.get(i), limits.get(i + 1))).validity(always).build();
      DecisionContext atLimit = DecisionContext.of(DecisionType.FUND_ALLOCATION).withAmount(limits.get(i));
      assertThat(lower.covers(atLimit, REFERENCE)).isFalse();
      assertThat(upper.covers(atLimit, REFERENCE)).isTrue();
    });
  }

  @Test
  void DEC_09_a_delegation_allows_amounts_up_to_and_including_its_limit() {
    qt().forAll(DecisionGenerators.delegations().map(DecisionProperties::withLimit)
            .flatMap(d -> MoneyGenerators.amountsAround(d.limit().get()).map(a -> io.vavr.Tuple.of(d, a))))
        .check(t -> t._1.allows(t._2) == (t._2.amount().compareTo(t._1.limit().get().amount()) <= 0));
  }

  @Test
  void DEC_10_a_limit_in_another_currency_than_the_band_is_a_currency_mismatch() {
    qt().forAll(DecisionGenerators.delegationDrafts().map(DecisionProperties::withBandAndLimit))
        .checkAssert(d -> {
          String other = d.amountCurrency().equalsIgnoreCase("USD") ? "EUR" : "USD";
          assertThat(DelegationDraft.builder().from(d).limitCurrency(other).build().validate().getError()
              .map(p -> p.code() + " " + p.path())).containsExactly(ProblemCode.CURRENCY_MISMATCH + " limitCurrency");
        });
  }

  @Test
  void DEC_11_matrix_queries_partition_the_rights_by_decision_type() {
    qt().withExamples(300).forAll(DecisionGenerators.matrices()).checkAssert(m -> {
      assertThat(m.decisionTypes()).containsExactlyInAnyOrderElementsOf(m.rights().map(DecisionRight::decisionType).distinct());
      assertThat(m.decisionTypes().toList().flatMap(m::rightsFor).sortBy(r -> r.id().value()))
          .isEqualTo(m.rights().sortBy(r -> r.id().value()));
      m.decisionTypes().forEach(t -> assertThat(m.rightsFor(t).map(DecisionRight::decisionType).distinct())
          .containsExactly(t));
    });
  }

  @Test
  void DEC_12_equal_values_have_equal_hash_codes() {
    qt().forAll(DecisionGenerators.decisionRights(), DecisionGenerators.decisionRights())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
    qt().forAll(DecisionGenerators.scopes(), DecisionGenerators.scopes())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
    qt().forAll(DecisionGenerators.delegations())
        .check(d -> Delegation.builder().from(d).build().hashCode() == d.hashCode());
    qt().withExamples(200).forAll(DecisionGenerators.matrices())
        .check(m -> DecisionRightsMatrix.of(m.rights(), m.delegations()).hashCode() == m.hashCode());
  }

  @Test
  void DEC_13_normalization_is_idempotent() {
    qt().forAll(PartyGenerators.names())
        .check(raw -> DecisionType.of(DecisionType.of(" " + raw + " ").code()).equals(DecisionType.of(raw)));
    qt().forAll(DecisionGenerators.decisionRightDrafts()).checkAssert(d -> {
      DecisionRight once = d.validate().get();
      assertThat(DecisionGenerators.draftOf(once, false).validate().get()).isEqualTo(once);
    });
  }

  @Test
  void DEC_14_generators_reach_the_boundaries() {
    AtomicInteger justExpired = new AtomicInteger();
    AtomicInteger justBegun = new AtomicInteger();
    AtomicInteger notNamed = new AtomicInteger();
    qt().forAll(DecisionGenerators.decisionRights()).checkAssert(r -> {
      count(justExpired, r.scope().validity().end().contains(REFERENCE));
      count(justBegun, r.scope().validity().start().equals(REFERENCE));
      count(notNamed, !r.holder().isNamedPerson());
    });
    AtomicInteger atLimit = new AtomicInteger();
    qt().forAll(DecisionGenerators.scopes().map(DecisionProperties::withBand)
            .flatMap(s -> DecisionGenerators.decisionContexts(s).map(d -> io.vavr.Tuple.of(s, d))))
        .checkAssert(t -> count(atLimit, t._2.amount().exists(a -> a.equals(t._1.amountBand().get().lower())
            || t._1.amountBand().get().upper().contains(a))));
    AtomicInteger delegateHolds = new AtomicInteger();
    AtomicInteger expiredDelegation = new AtomicInteger();
    qt().withExamples(300).forAll(DecisionGenerators.matrices(5, 30, 1, 5)).checkAssert(m -> {
      count(delegateHolds, m.delegations().exists(d -> m.rights().exists(r -> r.holder().fold(
          p -> p.person().equals(d.delegate()), x -> false, x -> false))));
      count(expiredDelegation, m.delegations().exists(d -> d.scope().validity().end().contains(REFERENCE)));
    });
    assertThat(List.of(justExpired, justBegun, notNamed, atLimit, delegateHolds, expiredDelegation)
        .map(AtomicInteger::get)).allMatch(n -> n >= 20);
  }

  @Test
  void DEC_15_rights_and_delegations_apply_exactly_when_type_scope_time_and_limit_say_so() {
    qt().withExamples(2000).forAll(DecisionGenerators.decisionRights().flatMap(r -> DecisionGenerators
            .decisionContexts(r.scope()).zip(aroundValidityAndRevocation(r.scope().validity(), r.revokedAt()),
                integers().between(0, 3), (d, at, keep) -> io.vavr.Tuple.of(r, keep == 0 ? d : retyped(d, r.decisionType()), at))))
        .check(t -> t._1.appliesTo(t._2, t._3) == (t._1.decisionType().equals(t._2.type())
            && naiveCovers(t._1.scope(), t._2, t._3) && naiveInForce(t._1.scope().validity(), t._1.revokedAt(), t._3)));
    qt().withExamples(2000).forAll(DecisionGenerators.delegations().flatMap(g -> DecisionGenerators
            .decisionContexts(g.scope()).zip(aroundValidityAndRevocation(g.scope().validity(), g.revokedAt()),
                integers().between(0, 3), (d, at, keep) -> io.vavr.Tuple.of(g, keep == 0 ? d : retyped(d, g.decisionType()), at))))
        .check(t -> t._1.appliesTo(t._2, t._3) == (t._1.decisionType().equals(t._2.type())
            && naiveCovers(t._1.scope(), t._2, t._3) && naiveInForce(t._1.scope().validity(), t._1.revokedAt(), t._3)
            && (t._1.limit().isEmpty() || t._2.amount().exists(a -> a.currency().equals(t._1.limit().get().currency())
                && a.amount().compareTo(t._1.limit().get().amount()) <= 0))));
  }

  // ---------------------------------------------------------------------------------------------
  // Reference models and helpers

  private record Case(Scope scope, DecisionContext decision, Instant at) {}

  /** The plain reading of a scope, spelled out field by field. */
  private static boolean naiveCovers(Scope s, DecisionContext d, Instant at) {
    if (at.isBefore(s.validity().start())) {
      return false;
    }
    if (s.validity().end().isDefined() && !at.isBefore(s.validity().end().get())) {
      return false;
    }
    if (s.program().isDefined() && !(d.program().isDefined() && d.program().get().equals(s.program().get()))) {
      return false;
    }
    if (s.region().isDefined() && !(d.region().isDefined() && d.region().get().equals(s.region().get()))) {
      return false;
    }
    if (s.tier().isDefined() && !(d.tier().isDefined() && d.tier().get().equals(s.tier().get()))) {
      return false;
    }
    if (s.partnerType().isDefined() && !(d.partnerType().isDefined() && d.partnerType().get() == s.partnerType().get())) {
      return false;
    }
    if (s.amountBand().isDefined()) {
      if (d.amount().isEmpty()) {
        return false;
      }
      Money amount = d.amount().get();
      AmountBand band = s.amountBand().get();
      if (!amount.currency().equals(band.lower().currency()) || amount.amount().compareTo(band.lower().amount()) < 0) {
        return false;
      }
      return band.upper().isEmpty() || amount.amount().compareTo(band.upper().get().amount()) < 0;
    }
    return true;
  }

  private static boolean naiveInForce(Period validity, Option<Instant> revokedAt, Instant at) {
    boolean started = !at.isBefore(validity.start());
    boolean ended = validity.end().isDefined() && !at.isBefore(validity.end().get());
    boolean revoked = revokedAt.isDefined() && !at.isBefore(revokedAt.get());
    return started && !ended && !revoked;
  }

  private static Gen<Instant> aroundValidityAndRevocation(Period validity, Option<Instant> revokedAt) {
    Gen<Instant> around = DecisionGenerators.instantsAround(validity);
    return revokedAt.fold(() -> around, r -> around.mix(
        Generate.pick(java.util.List.of(r, r.minusNanos(1), r.plusNanos(1))), 50));
  }

  /** The delegation, bounded by 5000 of its band's currency unless it has a limit already. */
  private static Delegation withLimit(Delegation d) {
    Currency currency = d.scope().amountBand().map(b -> b.lower().currency()).getOrElse(MoneyGenerators.EUR);
    return d.limit().isDefined() ? d : Delegation.builder().from(d).limit(new Money(new BigDecimal("5000"), currency)).build();
  }

  /** The scope, limited to the band [1000, 5000) EUR unless it has a band already. */
  private static Scope withBand(Scope s) {
    return s.amountBand().isDefined() ? s : Scope.builder().from(s)
        .amountBand(AmountBand.of(Money.of("1000", "EUR"), Money.of("5000", "EUR"))).build();
  }

  /** The same decision, of the given type. */
  private static DecisionContext retyped(DecisionContext d, DecisionType type) {
    return new DecisionContext(type, d.program(), d.region(), d.tier(), d.partnerType(), d.amount());
  }

  private static void count(AtomicInteger counter, boolean hit) {
    if (hit) {
      counter.incrementAndGet();
    }
  }

  /** The draft with a band (and so a currency and lower limit) for the band's breakers to act on. */
  private static DecisionRightDraft withBand(DecisionRightDraft d) {
    return d.amountFrom() != null ? d : DecisionRightDraft.builder().from(d).amountFrom(new BigDecimal("100"))
        .amountTo(new BigDecimal("200")).amountCurrency("EUR").build();
  }

  /** The draft with a band and a limit in the band's currency. */
  private static DelegationDraft withBandAndLimit(DelegationDraft d) {
    DelegationDraft banded = d.amountFrom() != null ? d : DelegationDraft.builder().from(d)
        .amountFrom(new BigDecimal("100")).amountTo(null).amountCurrency("CHF").build();
    return DelegationDraft.builder().from(banded).limitAmount(new BigDecimal("150"))
        .limitCurrency(Currency.getInstance(banded.amountCurrency().toUpperCase(java.util.Locale.ROOT)).getCurrencyCode())
        .build();
  }

  private static DecisionRightsMatrixDraft right(DecisionRightsMatrixDraft m, int i,
      java.util.function.UnaryOperator<DecisionRightDraft.Builder> change) {
    DecisionRightDraft changed = change.apply(DecisionRightDraft.builder().from(m.rights().get(i))).build();
    return DecisionRightsMatrixDraft.builder().from(m).rights(m.rights().update(i, changed)).build();
  }

  private static DecisionRightsMatrixDraft delegation(DecisionRightsMatrixDraft m, int i,
      java.util.function.UnaryOperator<DelegationDraft.Builder> change) {
    DelegationDraft changed = change.apply(DelegationDraft.builder().from(m.delegations().get(i))).build();
    return DecisionRightsMatrixDraft.builder().from(m).delegations(m.delegations().update(i, changed)).build();
  }
}
