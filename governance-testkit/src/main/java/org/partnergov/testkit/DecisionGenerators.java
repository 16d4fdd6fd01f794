package org.partnergov.testkit;

import static org.partnergov.testkit.MoneyGenerators.REFERENCE;
import static org.partnergov.testkit.Weights.maybe;
import static org.partnergov.testkit.Weights.pair;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightDraft;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionRightsMatrixDraft;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.DelegationDraft;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.time.Period;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for decision rights: RAPID roles, holders, scopes, decision contexts, rights,
 * delegations, matrices and their drafts. They lean toward the boundaries where rights break:
 * validity that ends or starts exactly at {@link MoneyGenerators#REFERENCE} (a right or
 * delegation that just expired or just began), amount bands cut from one {@linkplain #bandLimits
 * ladder of limits} so that bands of one decision type touch (the upper limit of one is the lower
 * limit of the next) or leave gaps, amounts exactly at band limits, delegates who also hold rights
 * of their own, and revocations at the reference instant.
 *
 * <p>Combine them with {@code zip} and {@code flatMap}; aim them with the parameterized ones:
 * {@link #decisionContexts(Scope)} for decisions at the edges of one scope,
 * {@link #instantsAround(Period)} for instants at the edges of a validity,
 * {@link #scopes(Currency)} and {@link #matrices(int, int, int, int)} to fix a currency or sizes.
 * Every generated value is valid: drafts validate, and typed values pass their builders' checks.
 */
public final class DecisionGenerators {

  /** The host-defined decision type that generators use beside the six built-in ones. */
  public static final DecisionType PILOT_EXTENSION = DecisionType.of("PILOT_EXTENSION");

  private static final List<DecisionType> TYPES = List.of(DecisionType.FUND_ALLOCATION,
      DecisionType.INCENTIVE_EXCEPTION, DecisionType.CUSTOMER_COMMITMENT, DecisionType.READINESS_CLAIM,
      DecisionType.TIER_CHANGE, DecisionType.ESCALATION_RESOLUTION, PILOT_EXTENSION);

  private static final List<BigDecimal> LADDER = List.of("0", "1000", "5000", "10000", "25000", "100000")
      .map(BigDecimal::new);

  private DecisionGenerators() {}

  /** {@return the six built-in decision types and {@link #PILOT_EXTENSION}, each as likely} */
  public static Gen<DecisionType> decisionTypes() {
    return Generate.pick(TYPES.asJava());
  }

  /** {@return decision right ids from a pool of twenty, {@code right-1} to {@code right-20}} */
  public static Gen<DecisionRightId> decisionRightIds() {
    return PartyGenerators.ids("right", 20).map(DecisionRightId::new);
  }

  /** {@return delegation ids from a pool of ten, {@code delegation-1} to {@code delegation-10}} */
  public static Gen<DelegationId> delegationIds() {
    return PartyGenerators.ids("delegation", 10).map(DelegationId::new);
  }

  /** {@return RAPID roles, {@link RapidRole#DECIDE} most often} */
  public static Gen<RapidRole> rapidRoles() {
    return Generate.frequency(pair(3, Generate.constant(RapidRole.DECIDE)),
        pair(4, Generate.enumValues(RapidRole.class)));
  }

  /** {@return holders of all three kinds: a named person most often, then a role, then a team} */
  public static Gen<Holder> holders() {
    return Generate.frequency(
        pair(6, PartyGenerators.personIds().map(Holder::person)),
        pair(2, PartyGenerators.roles().map(Holder::role)),
        pair(1, PartyGenerators.orgUnitIds().map(Holder::team)));
  }

  /**
   * {@return the limits bands are cut from: 0, 1000, 5000, 10000, 25000 and 100000 of the
   * currency, in ascending order}
   *
   * @param currency the currency of every limit
   */
  public static Seq<Money> bandLimits(Currency currency) {
    return LADDER.map(a -> new Money(a, currency));
  }

  /**
   * Bands between two limits of {@link #bandLimits}: often neighbours, so that two bands of one
   * type touch, sometimes wider (gaps and overlaps between bands), sometimes open above.
   *
   * @param currency the currency of both limits of every band
   * @return bands from one limit of the ladder to the next (three in five), to a limit further up,
   *     or open above
   */
  public static Gen<AmountBand> amountBands(Currency currency) {
    Seq<Money> limits = bandLimits(currency);
    int last = limits.size() - 1;
    Gen<Integer> lowers = integers().between(0, last);
    Gen<Integer> widths = Generate.frequency(pair(3, Generate.constant(1)), pair(1, integers().between(2, last)),
        pair(1, Generate.constant(0)));
    return lowers.zip(widths, (lower, width) -> width == 0 || lower + width > last
        ? AmountBand.from(limits.get(lower))
        : AmountBand.of(limits.get(lower), limits.get(lower + width)));
  }

  /** {@return validity periods: just expired or just begun at the reference instant, open-ended, or any} */
  public static Gen<Period> validities() {
    Gen<Period> justExpired = MoneyGenerators.durations().map(d -> Period.of(REFERENCE.minus(d), REFERENCE));
    Gen<Period> justBegun = MoneyGenerators.durations().zip(Generate.booleans(),
        (d, open) -> open ? Period.from(REFERENCE) : Period.of(REFERENCE, REFERENCE.plus(d)));
    Gen<Period> sinceLongAgo = MoneyGenerators.durations().map(d -> Period.from(REFERENCE.minus(d.multipliedBy(8))));
    return Generate.frequency(pair(2, justExpired), pair(2, justBegun), pair(1, sinceLongAgo),
        pair(3, MoneyGenerators.periods()));
  }

  /**
   * {@return instants at the edges of the period: its start, its end, a moment either side, or the
   * reference} One in four is any instant of {@link MoneyGenerators#instants()} instead.
   *
   * @param period the period whose edges to aim at; an open end counts as a day after the reference
   */
  public static Gen<Instant> instantsAround(Period period) {
    Instant end = period.end().getOrElse(REFERENCE.plusSeconds(86_400));
    Gen<Instant> edges = Generate.pick(java.util.List.of(period.start(), period.start().minusNanos(1),
        period.start().plusSeconds(1), end, end.minusNanos(1), end.plusSeconds(1), REFERENCE));
    return edges.mix(MoneyGenerators.instants(), 25);
  }

  /** {@return scopes in {@link MoneyGenerators#currencies()}; see {@link #scopes(Currency)}} */
  public static Gen<Scope> scopes() {
    return MoneyGenerators.currencies().flatMap(DecisionGenerators::scopes);
  }

  /**
   * {@return scopes whose band, if any, is in the currency; each dimension is "any" more often than
   * not}
   *
   * @param currency the currency of the scopes' amount bands
   */
  public static Gen<Scope> scopes(Currency currency) {
    return scopes(currency, validities());
  }

  private static Gen<Scope> scopes(Currency currency, Gen<Period> validities) {
    Gen<Scope> dimensions = maybe(PartyGenerators.programIds(), 30).zip(maybe(PartyGenerators.regions(), 40),
        maybe(PartyGenerators.tiers(), 25), maybe(Generate.enumValues(PartnerType.class), 20),
        (program, region, tier, type) -> Scope.builder().program(program).region(region).tier(tier)
            .partnerType(type).validity(Period.from(REFERENCE)).build());
    return dimensions.zip(maybe(amountBands(currency), 60), validities, (scope, band, validity) ->
        Scope.builder().from(scope).amountBand(band).validity(validity).build());
  }

  /** {@return decisions of any type, with dimensions and amounts (around band limits) often unknown} */
  public static Gen<DecisionContext> decisionContexts() {
    Gen<Money> amounts = MoneyGenerators.currencies().zip(integers().between(0, LADDER.size() - 1),
        (currency, i) -> bandLimits(currency).get(i)).flatMap(MoneyGenerators::amountsAround);
    return decisionTypes().zip(maybe(PartyGenerators.programIds(), 60), maybe(PartyGenerators.regions(), 70),
        maybe(PartyGenerators.tiers(), 70), (type, program, region, tier) ->
            new DecisionContext(type, program, region, tier, Option.none(), Option.none()))
        .zip(maybe(Generate.enumValues(PartnerType.class), 70), maybe(amounts, 80), (d, partnerType, amount) ->
            new DecisionContext(d.type(), d.program(), d.region(), d.tier(), partnerType, amount));
  }

  /**
   * Decisions at the edges of the scope: each limited dimension mostly matches (else differs or
   * is unknown), and amounts lie at, just below or just above the band's limits.
   *
   * @param scope the scope to aim at
   * @return decisions of any type whose program, region, tier, partner type and amount lie at the
   *     edges of the scope
   */
  public static Gen<DecisionContext> decisionContexts(Scope scope) {
    Gen<Option<Money>> amounts = scope.amountBand().fold(
        () -> maybe(MoneyGenerators.positiveAmounts(), 70),
        band -> maybe(Generate.pick(List.of(band.lower()).appendAll(band.upper()).asJava())
            .flatMap(MoneyGenerators::amountsAround), 90));
    return decisionContexts().zip(integers().between(0, 4), amounts, (d, keep, amount) ->
        new DecisionContext(d.type(), keep == 0 ? d.program() : scope.program().orElse(d.program()),
            keep == 1 ? d.region() : scope.region().orElse(d.region()),
            keep == 2 ? d.tier() : scope.tier().orElse(d.tier()),
            keep == 3 ? d.partnerType() : scope.partnerType().orElse(d.partnerType()), amount));
  }

  /** {@return rights of any type; see {@link #decisionRights(Function)}} */
  public static Gen<DecisionRight> decisionRights() {
    return MoneyGenerators.currencies().flatMap(currency -> decisionRights(type -> currency));
  }

  /**
   * Rights with ids from a pool of twenty, any type, bands in the currency of their type, holders
   * of every kind, and revocations none most often, else at the reference instant or near it.
   *
   * @param currencyOf the currency of each decision type's amount bands
   * @return rights of every decision type, their bands in the currency {@code currencyOf} gives
   *     the type
   */
  public static Gen<DecisionRight> decisionRights(Function<DecisionType, Currency> currencyOf) {
    return decisionTypes().flatMap(type -> decisionRightIds().zip(scopes(currencyOf.apply(type)),
        holders(), rapidRoles(), revocations(), (id, scope, holder, role, revokedAt) -> DecisionRight.builder()
            .id(id).decisionType(type).scope(scope).holder(holder).role(role)
            .revokedAt(revokedAt).build()));
  }

  /** {@return delegations of any type; see {@link #delegations(Function)}} */
  public static Gen<Delegation> delegations() {
    return MoneyGenerators.currencies().flatMap(currency -> delegations(type -> currency));
  }

  /**
   * Delegations with ids from a pool of ten between two distinct persons of the pool, time boxes
   * that just expired, just began, are open-ended or contain the reference instant, and limits at
   * band limits or anywhere (or none), in the currency of their type.
   *
   * @param currencyOf the currency of each decision type's bands and limits
   * @return delegations of every decision type between two distinct persons, their bands and
   *     limits in the currency {@code currencyOf} gives the type
   */
  public static Gen<Delegation> delegations(Function<DecisionType, Currency> currencyOf) {
    Gen<Period> boxes = Generate.frequency(pair(3, validities()), pair(1, MoneyGenerators.durations()
        .zip(MoneyGenerators.durations(), (before, after) -> Period.of(REFERENCE.minus(before), REFERENCE.plus(after)))));
    return decisionTypes().flatMap(type -> {
      Currency currency = currencyOf.apply(type);
      Gen<Money> limits = Generate.pick(bandLimits(currency).tail().asJava()).mix(MoneyGenerators.positiveAmounts(currency));
      return delegationIds().zip(PartyGenerators.personIds(), integers().between(1, 11),
          scopes(currency, boxes), maybe(limits, 60), (id, delegator, offset, scope, limit) -> Delegation.builder()
              .id(id).decisionType(type).delegator(delegator).delegate(another(delegator, offset))
              .scope(scope).limit(limit).build())
          .zip(revocations(), (d, revokedAt) -> Delegation.builder().from(d).revokedAt(revokedAt).build());
    });
  }

  /**
   * {@return matrices of 0 to 30 rights and 0 to 5 delegations; see
   * {@link #matrices(int, int, int, int)}}
   */
  public static Gen<DecisionRightsMatrix> matrices() {
    return matrices(0, 30, 0, 5);
  }

  /**
   * Matrices with the given numbers of rights and delegations, over the six built-in types and
   * {@link #PILOT_EXTENSION}, one currency per type. Ids are unique ({@code right-1}...). Most
   * delegators hold a Decide right of the delegated type, and many delegates hold a right of their
   * own, so that a delegate can also be an Agree or Recommend holder of the same decision.
   *
   * @param minRights the fewest rights a matrix holds, at least 0
   * @param maxRights the most rights a matrix holds, at least {@code minRights}
   * @param minDelegations the fewest delegations a matrix holds, at least 0
   * @param maxDelegations the most delegations a matrix holds, at least {@code minDelegations}
   * @return valid matrices whose delegations tie in with their rights' holders
   */
  public static Gen<DecisionRightsMatrix> matrices(int minRights, int maxRights, int minDelegations, int maxDelegations) {
    return lists().of(MoneyGenerators.currencies()).ofSize(TYPES.size()).flatMap(currencies -> {
      Function<DecisionType, Currency> currencyOf = type -> currencies.get(Math.max(0, TYPES.indexOf(type)));
      Gen<java.util.List<DecisionRight>> rights = lists().of(decisionRights(currencyOf)).ofSizeBetween(minRights, maxRights);
      Gen<java.util.List<Picked>> delegations = lists().of(delegations(currencyOf).zip(integers().between(0, 99),
          integers().between(0, 99), Picked::new)).ofSizeBetween(minDelegations, maxDelegations);
      return rights.zip(delegations, (rs, ds) -> assemble(List.ofAll(rs), List.ofAll(ds)));
    });
  }

  /** A delegation generated on its own, with two picks to tie its persons to the matrix's holders. */
  private record Picked(Delegation delegation, int delegator, int delegate) {}

  private static DecisionRightsMatrix assemble(Seq<DecisionRight> generated, Seq<Picked> picked) {
    Seq<DecisionRight> rights = generated.zipWithIndex((r, i) ->
        DecisionRight.builder().from(r).id(DecisionRightId.of("right-" + (i + 1))).build());
    Seq<PersonId> holders = rights.flatMap(r -> namedPerson(r.holder())).distinct();
    Seq<Delegation> delegations = picked.zipWithIndex((p, i) -> {
      Delegation d = p.delegation();
      Seq<PersonId> deciders = rights.filter(r -> r.decisionType().equals(d.decisionType()) && r.role().decides())
          .flatMap(r -> namedPerson(r.holder()));
      PersonId delegator = deciders.isEmpty() || p.delegator() % 4 == 0 ? d.delegator() : deciders.get(p.delegator() % deciders.size());
      PersonId delegate = holders.isEmpty() || p.delegate() % 3 == 0 ? d.delegate() : holders.get(p.delegate() % holders.size());
      if (delegate.equals(delegator)) {
        delegate = d.delegate().equals(delegator) ? d.delegator() : d.delegate();
      }
      return Delegation.builder().from(d).id(DelegationId.of("delegation-" + (i + 1)))
          .delegator(delegator).delegate(delegate).build();
    });
    return DecisionRightsMatrix.of(rights, delegations);
  }

  /** {@return valid right drafts with the raw data of {@link #decisionRights()}, names in mixed case} */
  public static Gen<DecisionRightDraft> decisionRightDrafts() {
    return decisionRights().zip(Generate.booleans(), DecisionGenerators::draftOf);
  }

  /** {@return valid delegation drafts with the raw data of {@link #delegations()}} */
  public static Gen<DelegationDraft> delegationDrafts() {
    return delegations().zip(Generate.booleans(), DecisionGenerators::draftOf);
  }

  /** {@return valid matrix drafts with the raw data of {@link #matrices()}} */
  public static Gen<DecisionRightsMatrixDraft> matrixDrafts() {
    return matrixDrafts(0, 30, 0, 5);
  }

  /**
   * {@return valid matrix drafts with the raw data of {@link #matrices(int, int, int, int)}, names
   * in mixed case}
   *
   * @param minRights the fewest rights a draft holds, at least 0
   * @param maxRights the most rights a draft holds, at least {@code minRights}
   * @param minDelegations the fewest delegations a draft holds, at least 0
   * @param maxDelegations the most delegations a draft holds, at least {@code minDelegations}
   */
  public static Gen<DecisionRightsMatrixDraft> matrixDrafts(int minRights, int maxRights, int minDelegations,
      int maxDelegations) {
    return matrices(minRights, maxRights, minDelegations, maxDelegations).zip(Generate.booleans(), DecisionGenerators::draftOf);
  }

  /** The draft a host would hand in for the right; {@code loose} writes names and codes loosely. */
  static DecisionRightDraft draftOf(DecisionRight r, boolean loose) {
    Scope s = r.scope();
    return DecisionRightDraft.builder().id(loose ? " " + r.id().value() + " " : r.id().value())
        .decisionType(code(r.decisionType(), loose))
        .holderPerson(r.holder().fold(p -> p.person().value(), x -> null, x -> null))
        .holderRole(r.holder().fold(x -> null, h -> h.role().value(), x -> null))
        .holderTeam(r.holder().fold(x -> null, x -> null, t -> t.orgUnit().value()))
        .role(name(r.role(), loose))
        .program(s.program().map(Object::toString).getOrNull()).region(s.region().map(Object::toString).getOrNull())
        .tier(s.tier().map(Object::toString).getOrNull()).partnerType(s.partnerType().map(t -> name(t, loose)).getOrNull())
        .amountFrom(s.amountBand().map(b -> b.lower().amount()).getOrNull())
        .amountTo(s.amountBand().flatMap(AmountBand::upper).map(Money::amount).getOrNull())
        .amountCurrency(s.amountBand().map(b -> currency(b.lower(), loose)).getOrNull())
        .validFrom(s.validity().start()).validUntil(s.validity().end().getOrNull())
        .revokedAt(r.revokedAt().getOrNull()).build();
  }

  /** The draft a host would hand in for the delegation. */
  static DelegationDraft draftOf(Delegation d, boolean loose) {
    DecisionRightDraft scope = draftOf(DecisionRight.builder().id(DecisionRightId.of(d.id().value()))
        .decisionType(d.decisionType()).scope(d.scope()).holder(Holder.person(d.delegate()))
        .role(RapidRole.DECIDE).build(), loose);
    return DelegationDraft.builder().id(scope.id()).decisionType(scope.decisionType())
        .delegator(d.delegator().value()).delegate(d.delegate().value())
        .program(scope.program()).region(scope.region()).tier(scope.tier()).partnerType(scope.partnerType())
        .amountFrom(scope.amountFrom()).amountTo(scope.amountTo()).amountCurrency(scope.amountCurrency())
        .validFrom(scope.validFrom()).validUntil(scope.validUntil())
        .limitAmount(d.limit().map(Money::amount).getOrNull())
        .limitCurrency(d.limit().map(m -> currency(m, loose)).getOrNull())
        .revokedAt(d.revokedAt().getOrNull()).build();
  }

  /** The draft a host would hand in for the matrix. */
  static DecisionRightsMatrixDraft draftOf(DecisionRightsMatrix m, boolean loose) {
    return DecisionRightsMatrixDraft.builder().rights(m.rights().map(r -> draftOf(r, loose)))
        .delegations(m.delegations().map(d -> draftOf(d, loose))).build();
  }

  private static Gen<Option<Instant>> revocations() {
    return maybe(Generate.pick(java.util.List.of(REFERENCE, REFERENCE.plusSeconds(1))).mix(MoneyGenerators.instants()), 20);
  }

  private static Option<PersonId> namedPerson(Holder holder) {
    return holder.fold(p -> Option.some(p.person()), r -> Option.none(), t -> Option.none());
  }

  /** Another person of the pool of {@link PartyGenerators#personIds()}, offset 1 to 11 places away. */
  private static PersonId another(PersonId person, int offset) {
    int n = Integer.parseInt(person.value().substring("person-".length()));
    return PersonId.of("person-" + ((n - 1 + offset) % 12 + 1));
  }

  private static String code(DecisionType type, boolean loose) {
    return loose ? type.code().toLowerCase(Locale.ROOT).replace('_', ' ') : type.code();
  }

  private static String name(Enum<?> value, boolean loose) {
    return loose ? value.name().toLowerCase(Locale.ROOT).replace('_', ' ') : value.name();
  }

  private static String currency(Money money, boolean loose) {
    String code = money.currency().getCurrencyCode();
    return loose ? code.toLowerCase(Locale.ROOT) : code;
  }
}
