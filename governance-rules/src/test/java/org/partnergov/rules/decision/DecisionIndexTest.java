package org.partnergov.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
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
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Role;
import org.partnergov.model.party.Tier;
import org.partnergov.model.time.Period;

/** Examples of resolving accountability through a compiled index. */
class DecisionIndexTest {

  static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant Q1_END = Instant.parse("2026-04-01T00:00:00Z");
  static final Period ALWAYS = Period.from(Instant.parse("2026-01-01T00:00:00Z"));
  static final Period Q1 = Period.of(Instant.parse("2026-01-01T00:00:00Z"), Q1_END);
  static final DecisionType FUNDS = DecisionType.FUND_ALLOCATION;
  static final Holder DANA = Holder.person(new PersonId("dana"));
  static final Holder SAM = Holder.person(new PersonId("sam"));
  static final Holder KIM = Holder.person(new PersonId("kim"));
  static final Holder FINANCE = Holder.team(new OrgUnitId("finance"));
  static final Holder MANAGER = Holder.role(new Role("partner-manager"));

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static DecisionRight right(String id, Holder holder, RapidRole role, Scope scope) {
    return DecisionRight.builder().id(new DecisionRightId(id)).decisionType(FUNDS).holder(holder).role(role)
        .scope(scope).build();
  }

  static DecisionRight decide(String id, Holder holder, AmountBand band) {
    return right(id, holder, RapidRole.DECIDE, Scope.builder().validity(ALWAYS).amountBand(band).build());
  }

  static Delegation delegation(String id, Holder from, Holder to, Period box, Option<Money> limit) {
    return Delegation.builder().id(new DelegationId(id)).decisionType(FUNDS)
        .delegator(((Holder.NamedPerson) from).person()).delegate(((Holder.NamedPerson) to).person())
        .scope(Scope.any(box)).limit(limit).build();
  }

  static Accountability resolve(Seq<DecisionRight> rights, Seq<Delegation> delegations, DecisionContext c, Instant at) {
    return DecisionIndex.of(DecisionRightsMatrix.of(rights, delegations)).resolve(c, at);
  }

  static Accountability resolve(Seq<DecisionRight> rights, DecisionContext c) {
    return resolve(rights, List.empty(), c, AT);
  }

  static DecisionContext funds(String amount) {
    return DecisionContext.of(FUNDS).withAmount(eur(amount));
  }

  static Decider decided(Holder holder, String right) {
    return new Decider.Decided(holder, new DecisionRightId(right), Option.none());
  }

  static final Seq<DecisionRight> LADDER = List.of(
      decide("r-low", DANA, AmountBand.of(eur("0"), eur("10000"))),
      decide("r-high", SAM, AmountBand.from(eur("10000"))));

  @Test
  void aSingleDecider() {
    Accountability a = resolve(List.of(right("r-1", DANA, RapidRole.DECIDE, Scope.any(ALWAYS))), funds("500"));
    assertThat(a.decider()).isEqualTo(decided(DANA, "r-1"));
    assertThat(a.matched()).containsExactly(new DecisionRightId("r-1"));
    assertThat(a.decider().isDecided()).isTrue();
  }

  @Test
  void anAmountExactlyAtAnUpperLimitGoesToTheNextBand() {
    assertThat(resolve(LADDER, funds("9999.99")).decider()).isEqualTo(decided(DANA, "r-low"));
    assertThat(resolve(LADDER, funds("10000")).decider()).isEqualTo(decided(SAM, "r-high"));
    assertThat(resolve(LADDER, funds("0")).decider()).isEqualTo(decided(DANA, "r-low"));
  }

  @Test
  void aDecisionWithoutAmountIsOutsideEveryBand() {
    assertThat(resolve(LADDER, DecisionContext.of(FUNDS)).decider()).isInstanceOf(Decider.NoDecider.class);
  }

  @Test
  void anExpiredRightDoesNotDecide() {
    Seq<DecisionRight> rights = List.of(right("r-1", DANA, RapidRole.DECIDE, Scope.any(Q1)));
    assertThat(resolve(rights, List.empty(), funds("1"), Q1_END.minusNanos(1)).decider()).isEqualTo(decided(DANA, "r-1"));
    Accountability after = resolve(rights, List.empty(), funds("1"), Q1_END);
    assertThat(after.decider()).isInstanceOf(Decider.NoDecider.class);
    assertThat(after.matched()).isEmpty();
  }

  @Test
  void aRevokedRightDoesNotDecideFromItsRevocationOn() {
    DecisionRight revoked = DecisionRight.builder().from(right("r-1", DANA, RapidRole.DECIDE, Scope.any(ALWAYS)))
        .revokedAt(AT).build();
    assertThat(resolve(List.of(revoked), List.empty(), funds("1"), AT.minusSeconds(1)).decider())
        .isEqualTo(decided(DANA, "r-1"));
    assertThat(resolve(List.of(revoked), List.empty(), funds("1"), AT).decider()).isInstanceOf(Decider.NoDecider.class);
  }

  @Test
  void aDelegationInForceHandsTheDecisionToTheDelegate() {
    Delegation toKim = delegation("d-1", DANA, KIM, Q1, Option.some(eur("5000")));
    Accountability a = resolve(LADDER, List.of(toKim), funds("5000"), AT);
    assertThat(a.decider()).isEqualTo(new Decider.Decided(KIM, new DecisionRightId("r-low"), Option.some(new DelegationId("d-1"))));
  }

  @Test
  void aJustExpiredDelegationLeavesTheDecisionWithTheDelegator() {
    Delegation toKim = delegation("d-1", DANA, KIM, Q1, Option.none());
    assertThat(resolve(LADDER, List.of(toKim), funds("10"), Q1_END.minusNanos(1)).decider())
        .isEqualTo(new Decider.Decided(KIM, new DecisionRightId("r-low"), Option.some(new DelegationId("d-1"))));
    assertThat(resolve(LADDER, List.of(toKim), funds("10"), Q1_END).decider()).isEqualTo(decided(DANA, "r-low"));
  }

  @Test
  void aDelegationDoesNotCoverAnAmountAboveItsLimitNorAnUnknownAmount() {
    Delegation toKim = delegation("d-1", DANA, KIM, Q1, Option.some(eur("5000")));
    assertThat(resolve(LADDER, List.of(toKim), funds("5000.01"), AT).decider()).isEqualTo(decided(DANA, "r-low"));
    Seq<DecisionRight> unbanded = List.of(right("r-1", DANA, RapidRole.DECIDE, Scope.any(ALWAYS)));
    assertThat(resolve(unbanded, List.of(toKim), DecisionContext.of(FUNDS), AT).decider()).isEqualTo(decided(DANA, "r-1"));
    Delegation unbounded = delegation("d-2", DANA, SAM, Q1, Option.none());
    assertThat(resolve(unbanded, List.of(toKim, unbounded), DecisionContext.of(FUNDS), AT).decider())
        .isEqualTo(new Decider.Decided(SAM, new DecisionRightId("r-1"), Option.some(new DelegationId("d-2"))));
  }

  @Test
  void theSmallestDelegationIdWinsAndOnlyOneHopIsFollowed() {
    Delegation toSam = delegation("d-2", DANA, SAM, Q1, Option.none());
    Delegation toKim = delegation("d-1", DANA, KIM, Q1, Option.none());
    Delegation kimToSam = delegation("d-0", KIM, SAM, Q1, Option.none());
    assertThat(resolve(LADDER, List.of(toSam, toKim, kimToSam), funds("10"), AT).decider())
        .isEqualTo(new Decider.Decided(KIM, new DecisionRightId("r-low"), Option.some(new DelegationId("d-1"))));
  }

  @Test
  void noRightMeansNoDecider() {
    Accountability a = resolve(List.of(right("r-1", FINANCE, RapidRole.AGREE, Scope.any(ALWAYS))), funds("10"));
    assertThat(a.decider()).isEqualTo(new Decider.NoRight());
    assertThat(a.agree()).containsExactly(FINANCE);
    assertThat(resolve(List.empty(), funds("10")).decider().isDecided()).isFalse();
  }

  @Test
  void twoDecidersAreAmbiguousNotAGuess() {
    Seq<DecisionRight> rights = List.of(right("r-2", SAM, RapidRole.DECIDE, Scope.any(ALWAYS)),
        right("r-1", DANA, RapidRole.DECIDE, Scope.builder().validity(ALWAYS).region(new Region("EMEA")).build()));
    assertThat(resolve(rights, funds("10")).decider()).isEqualTo(decided(SAM, "r-2"));
    assertThat(resolve(rights, funds("10").withRegion(new Region("EMEA"))).decider())
        .isEqualTo(new Decider.Contested(List.of(new DecisionRightId("r-1"), new DecisionRightId("r-2"))));
  }

  @Test
  void theOtherRapidRolesAreCollected() {
    Seq<DecisionRight> rights = List.of(
        right("r-5", MANAGER, RapidRole.RECOMMEND, Scope.any(ALWAYS)),
        right("r-4", FINANCE, RapidRole.AGREE, Scope.any(ALWAYS)),
        right("r-3", KIM, RapidRole.INPUT, Scope.any(ALWAYS)),
        right("r-2", SAM, RapidRole.PERFORM, Scope.any(ALWAYS)),
        right("r-6", SAM, RapidRole.INPUT, Scope.any(ALWAYS)),
        right("r-7", DANA, RapidRole.INPUT, Scope.any(Q1)),
        right("r-1", DANA, RapidRole.DECIDE, Scope.any(ALWAYS)));
    Accountability a = resolve(rights, List.empty(), funds("10"), Q1_END);
    assertThat(a.agree()).containsExactly(FINANCE);
    assertThat(a.recommend()).containsExactly(MANAGER);
    assertThat(a.input()).containsExactly(KIM, SAM);
    assertThat(a.perform()).containsExactly(SAM);
    assertThat(a.matched().map(DecisionRightId::value)).containsExactly("r-1", "r-2", "r-3", "r-4", "r-5", "r-6");
  }

  @Test
  void theExplanationReadsAsASentence() {
    Seq<DecisionRight> rights = LADDER.appendAll(List.of(right("r-4", FINANCE, RapidRole.AGREE, Scope.any(ALWAYS)),
        right("r-5", MANAGER, RapidRole.RECOMMEND, Scope.any(ALWAYS))));
    Delegation toKim = delegation("d-1", DANA, KIM, Q1, Option.some(eur("5000")));
    assertThat(resolve(rights, List.of(toKim), funds("2500"), AT).explanation()).isEqualTo(
        "FUND_ALLOCATION of 2500.00 EUR at 2026-03-01T00:00:00Z: kim decides (right r-low, by delegation d-1)."
            + " Agree: team finance. Recommend: whoever holds the role partner-manager. Input: nobody. Perform: nobody.");
    assertThat(resolve(List.empty(), funds("1")).explanation()).isEqualTo(
        "FUND_ALLOCATION of 1.00 EUR at 2026-03-01T00:00:00Z: nobody may decide, no decision right in force gives"
            + " anyone Decide over this decision (default deny). Agree: nobody. Recommend: nobody. Input: nobody."
            + " Perform: nobody.");
  }

  @Test
  void theOrderOfTheMatrixRowsChangesNothing() {
    Seq<DecisionRight> rights = LADDER.append(right("r-4", FINANCE, RapidRole.AGREE, Scope.any(ALWAYS)))
        .append(right("r-0", SAM, RapidRole.AGREE, Scope.any(ALWAYS)));
    for (String amount : List.of("0", "9999.99", "10000", "20000")) {
      assertThat(resolve(rights.reverse(), funds(amount))).isEqualTo(resolve(rights, funds(amount)));
    }
  }

  @Test
  void aRegionOrTierNamedAnyIsNotMistakenForAnyRegionOrTier() {
    DecisionRight named = right("r-named", DANA, RapidRole.DECIDE,
        Scope.builder().validity(ALWAYS).region(new Region("any")).tier(new Tier("any")).build());
    DecisionRight anywhere = right("r-anywhere", SAM, RapidRole.DECIDE, Scope.builder().validity(ALWAYS).build());
    DecisionIndex index = DecisionIndex.of(DecisionRightsMatrix.of(List.of(named, anywhere), List.empty()));

    DecisionContext elsewhere = DecisionContext.of(FUNDS).withRegion(new Region("EMEA")).withTier(new Tier("Gold"));
    assertThat(index.decider(elsewhere, AT)).isEqualTo(decided(SAM, "r-anywhere"));
    DecisionContext inAny = DecisionContext.of(FUNDS).withRegion(new Region("any")).withTier(new Tier("any"));
    assertThat(index.decider(inAny, AT).isDecided()).as("both rights cover it: ambiguous").isFalse();
    assertThat(index.resolve(inAny, AT).matched()).hasSize(2);
  }

  // ---------------------------------------------------------------- who fills a role or team

  static Person person(String id, String name, String unit, Role... roles) {
    return Person.builder().id(new PersonId(id)).name(name).affiliation(Affiliation.internal(new OrgUnitId(unit)))
        .roles(HashSet.of(roles)).build();
  }

  static final Seq<DecisionRight> MANAGERS_DECIDE = List.of(right("r-1", MANAGER, RapidRole.DECIDE, Scope.any(ALWAYS)));

  @Test
  void aRoleNobodyHoldsResolvesToUnheld() {
    Seq<Person> people = List.of(person("dana", "Dana Lee", "partner-office"), person("sam", "Sam Ortiz", "finance"));
    DecisionIndex index = DecisionIndex.of(DecisionRightsMatrix.of(MANAGERS_DECIDE, List.empty()), people);
    Decider decider = index.resolve(funds("10"), AT).decider();
    assertThat(decider).isEqualTo(new Decider.Unheld(MANAGER, new DecisionRightId("r-1")));
    assertThat(decider.isDecided()).isFalse();
    assertThat(((Decider.NoDecider) decider).reason())
        .isEqualTo("right r-1 gives the decision to the role partner-manager, which nobody holds");
    assertThat(index.decider(funds("10"), AT)).isEqualTo(decider);
    assertThat(decider.<String>fold(d -> "decided", n -> "no right", c -> "contested", u -> "unheld")).isEqualTo("unheld");
  }

  @Test
  void theSameRoleHeldBySomeoneResolvesToDecided() {
    Seq<Person> people = List.of(person("dana", "Dana Lee", "partner-office", new Role("partner-manager")),
        person("sam", "Sam Ortiz", "finance"));
    DecisionIndex index = DecisionIndex.of(DecisionRightsMatrix.of(MANAGERS_DECIDE, List.empty()), people);
    assertThat(index.resolve(funds("10"), AT).decider()).isEqualTo(decided(MANAGER, "r-1"));
    assertThat(index.decider(funds("10"), AT)).isEqualTo(decided(MANAGER, "r-1"));
  }

  @Test
  void withoutThePeopleARoleIsTakenToBeHeld() {
    DecisionIndex index = DecisionIndex.of(DecisionRightsMatrix.of(MANAGERS_DECIDE, List.empty()));
    assertThat(index.resolve(funds("10"), AT).decider()).isEqualTo(decided(MANAGER, "r-1"));
    assertThat(index.decider(funds("10"), AT)).isEqualTo(decided(MANAGER, "r-1"));
  }

  @Test
  void aTeamWithoutMembersResolvesToUnheldAndANamedPersonNeverDoes() {
    Seq<Person> nobodyInFinance = List.of(person("dana", "Dana Lee", "partner-office"));
    Seq<DecisionRight> financeDecides = List.of(right("r-1", FINANCE, RapidRole.DECIDE, Scope.any(ALWAYS)));
    Decider decider = DecisionIndex.of(DecisionRightsMatrix.of(financeDecides, List.empty()), nobodyInFinance)
        .resolve(funds("10"), AT).decider();
    assertThat(decider).isEqualTo(new Decider.Unheld(FINANCE, new DecisionRightId("r-1")));
    assertThat(((Decider.NoDecider) decider).reason())
        .isEqualTo("right r-1 gives the decision to the team finance, which has no members");
    Seq<DecisionRight> samDecides = List.of(right("r-2", SAM, RapidRole.DECIDE, Scope.any(ALWAYS)));
    assertThat(DecisionIndex.of(DecisionRightsMatrix.of(samDecides, List.empty()), nobodyInFinance)
        .resolve(funds("10"), AT).decider()).isEqualTo(decided(SAM, "r-2"));
  }

  @Test
  void contestedListsTheRightsInIdOrderAndSaysSo() {
    Seq<DecisionRight> rights = List.of(right("c", SAM, RapidRole.DECIDE, Scope.any(ALWAYS)),
        right("a", DANA, RapidRole.DECIDE, Scope.any(ALWAYS)), right("b", KIM, RapidRole.DECIDE, Scope.any(ALWAYS)));
    Decider decider = resolve(rights, funds("10")).decider();
    assertThat(decider).isEqualTo(new Decider.Contested(List.of(new DecisionRightId("a"), new DecisionRightId("b"),
        new DecisionRightId("c"))));
    assertThat(((Decider.NoDecider) decider).reason()).isEqualTo("ambiguous: rights a, b and c all decide");
    assertThat(((Decider.NoDecider) resolve(rights.take(2), funds("10")).decider()).reason())
        .isEqualTo("ambiguous: rights a and c both decide");
    assertThat(DecisionIndex.of(DecisionRightsMatrix.of(rights.reverse(), List.empty())).decider(funds("10"), AT))
        .isEqualTo(decider);
  }
}
