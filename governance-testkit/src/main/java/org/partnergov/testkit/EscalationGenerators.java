package org.partnergov.testkit;

import static org.partnergov.testkit.MoneyGenerators.REFERENCE;
import static org.partnergov.testkit.Weights.maybe;
import static org.partnergov.testkit.Weights.pair;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Stream;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationDraft;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationEventDraft;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.escalation.EscalationLevel;
import org.partnergov.model.escalation.EscalationLevelDraft;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.EscalationPathDraft;
import org.partnergov.model.escalation.EscalationPathId;
import org.partnergov.model.escalation.Magnitude;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskDraft;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.rules.escalation.EscalationPolicy;
import org.partnergov.rules.escalation.ResolvedPath;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the escalation and diagnosis slices: risks, consequences, escalation paths,
 * escalations as they happen, and findings. They lean to the boundaries where escalation rules
 * break: ratings of 1 and 5, no customers affected, deadlines exactly at
 * {@link MoneyGenerators#REFERENCE}, times to acknowledge of one second, acknowledgements exactly
 * when the time to acknowledge runs out, escalations with no path at all and escalations that
 * reach someone off their path.
 *
 * <p>To test an escalation against the path it follows, generate the path first and the
 * escalations on it: {@code escalationPaths().flatMap(p -> escalationsOn(p).map(e -> Tuple.of(p, e)))}.
 * To pin a failure mode, use {@link #findings(FailureMode)}. The {@code *Drafts()} generators give
 * the raw host form of the typed generators, valid by construction; {@code draftOf(...)} turns a
 * typed value back into a draft, for planting invalid fields with {@code Plant} (in the
 * testkit's own tests).
 *
 * <p>For the escalation rules: {@link #resolvedPaths()} gives paths resolved through generated
 * people (named owners, fallbacks and levels owned by nobody), {@link #instantsAlong} instants at
 * and around the moments a path's levels change, {@link #namedEscalationPaths} paths owned level
 * by level by named persons of a pool and {@link #escalationsFollowing} escalations that follow
 * such a path exactly, with nothing for escalation by relationship to find.
 */
public final class EscalationGenerators {

  private static final java.util.List<String> DESCRIPTIONS = java.util.List.of(
      "Only 2 of 6 engineers certified ahead of the launch", "Pilot deployment two sprints late",
      "Customer escalated repeated outages to the account team", "Co-op funds spent on an unrelated event",
      "Security certification expired last month", "Personal data shared without a processing agreement");
  private static final java.util.List<String> LEVEL_NAMES = java.util.List.of("Partner manager",
      "Alliance director", "VP field sales", "Chief revenue officer", "Legal counsel", "Leadership team");
  private static final java.util.List<String> RESOLUTIONS = java.util.List.of(
      "Partner adds two certified engineers", "Launch moved by two weeks with the customer's agreement",
      "Funds reclaimed and partner warned", "Customer credited and root cause fixed");

  private EscalationGenerators() {}

  /** {@return risk ids from a pool of ten} */
  public static Gen<RiskId> riskIds() {
    return PartyGenerators.ids("risk", 10).map(RiskId::new);
  }

  /** {@return escalation path ids from a pool of four} */
  public static Gen<EscalationPathId> escalationPathIds() {
    return PartyGenerators.ids("path", 4).map(EscalationPathId::new);
  }

  /** {@return escalation ids from a pool of ten} */
  public static Gen<EscalationId> escalationIds() {
    return PartyGenerators.ids("escalation", 10).map(EscalationId::new);
  }

  /** {@return the six built-in risk kinds, sometimes a host-defined one} */
  public static Gen<RiskKind> riskKinds() {
    return Generate.frequency(pair(5, Generate.pick(RiskKind.builtIn().asJava())),
        pair(1, Generate.pick(java.util.List.of("PARTNER_INSOLVENCY", "DATA_LEAK")).map(RiskKind::of)));
  }

  /** {@return ratings, 1 and 5 as often as the three between} */
  public static Gen<Rating> ratings() {
    return Generate.frequency(pair(2, Generate.pick(java.util.List.of(Rating.LOWEST, Rating.HIGHEST))),
        pair(3, integers().between(Rating.LOWEST, Rating.HIGHEST))).map(l -> Rating.of(l));
  }

  /** {@return numbers of customers affected: zero most often, then a few, sometimes very many} */
  public static Gen<Integer> customerCounts() {
    return Generate.frequency(pair(3, Generate.constant(0)), pair(2, integers().between(1, 12)),
        pair(1, Generate.pick(java.util.List.of(1, 1_000, 250_000))));
  }

  /** {@return every consequence category} */
  public static Gen<ConsequenceCategory> consequenceCategories() {
    return Generate.enumValues(ConsequenceCategory.class);
  }

  /** {@return every severity} */
  public static Gen<Severity> severities() {
    return Generate.enumValues(Severity.class);
  }

  /** {@return the five failure modes} */
  public static Gen<FailureMode> failureModes() {
    return Generate.enumValues(FailureMode.class);
  }

  /** {@return magnitudes: often nothing known, sometimes zero revenue at risk, often a regulation} */
  public static Gen<Magnitude> magnitudes() {
    Gen<Money> revenue = Generate.frequency(pair(4, MoneyGenerators.positiveAmounts()),
        pair(1, Generate.constant(Money.zero(MoneyGenerators.EUR))));
    Gen<String> regulation = Generate.pick(java.util.List.of("GDPR", "SOX", "FCPA", "Export control"));
    return customerCounts().zip(maybe(revenue, 60), maybe(regulation, 40), Magnitude::new);
  }

  /** {@return consequences of every category and severity, each with its explanation} */
  public static Gen<Consequence> consequences() {
    return consequenceCategories().zip(severities(), magnitudes(), (category, severity, magnitude) ->
        new Consequence(category, severity, magnitude, "A " + severity.name().toLowerCase(Locale.ROOT)
            + " " + category.name().toLowerCase(Locale.ROOT) + " consequence of the partner risk"));
  }

  /** {@return risks of every kind, ratings at the edges, deadlines often exactly at the reference instant} */
  public static Gen<Risk> risks() {
    Gen<Option<Instant>> deadlines = Generate.frequency(pair(2, Generate.constant(Option.<Instant>none())),
        pair(2, Generate.constant(Option.some(REFERENCE))), pair(1, MoneyGenerators.instants().map(Option::some)));
    Gen<Risk> base = riskIds().zip(PartyGenerators.partnerIds(), riskKinds(), MoneyGenerators.instants(),
        (id, partner, kind, raisedAt) -> Risk.builder().id(id).partner(partner).kind(kind).raisedAt(raisedAt)
            .raisedBy(PersonId.of("person-1")).description(DESCRIPTIONS.get(0))
            .impact(Rating.of(1)).likelihood(Rating.of(1)).build());
    Gen<Risk> rated = base.zip(PartyGenerators.personIds(), Generate.pick(DESCRIPTIONS), ratings(), ratings(),
        (r, by, text, impact, likelihood) -> Risk.builder().from(r).raisedBy(by).description(text)
            .impact(impact).likelihood(likelihood).build());
    return rated.zip(maybe(PartyGenerators.programIds(), 60), magnitudes(), deadlines,
        (r, program, m, deadline) -> Risk.builder().from(r).program(program)
            .customersAffected(m.customersAffected()).revenueAtRisk(m.revenueAtRisk())
            .regulation(m.regulation()).deadline(deadline).build());
  }

  /** {@return times to acknowledge: one second (the shortest), round hours and days, or any up to 90 days} */
  public static Gen<Duration> timesToAcknowledge() {
    return Generate.frequency(pair(1, Generate.constant(Duration.ofSeconds(1))),
        pair(2, Generate.pick(java.util.List.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1)))),
        pair(2, MoneyGenerators.durations()));
  }

  /** {@return escalation levels with owners of all three kinds} */
  public static Gen<EscalationLevel> escalationLevels() {
    return Generate.pick(LEVEL_NAMES).zip(DecisionGenerators.holders(), timesToAcknowledge(), EscalationLevel::new);
  }

  /** {@return escalation paths of one to four levels, for every category and minimum severity} */
  public static Gen<EscalationPath> escalationPaths() {
    return escalationPathIds().zip(consequenceCategories(), severities(),
        lists().of(escalationLevels()).ofSizeBetween(1, 4), (id, category, minimum, levels) ->
            EscalationPath.builder().id(id).category(category).minimumSeverity(minimum)
                .levels(List.ofAll(levels)).build());
  }

  /** {@return single events of every kind: reached at a level or off the path, acknowledged, resolved} */
  public static Gen<EscalationEvent> escalationEvents() {
    Gen<PersonId> who = PartyGenerators.personIds();
    Gen<Instant> when = MoneyGenerators.instants();
    return Generate.frequency(
        pair(2, who.zip(when, integers().between(1, 4), EscalationEvent::reached)),
        pair(1, who.zip(when, EscalationEvent::reachedOffPath)),
        pair(2, who.zip(when, EscalationEvent::acknowledged)),
        pair(1, who.zip(when, Generate.pick(RESOLUTIONS), EscalationEvent::resolved)));
  }

  /**
   * Escalations: three in four follow a generated path (see {@link #escalationsOn}), one in four
   * has no path at all (see {@link #escalationsWithoutPath()}).
   *
   * @return escalations on a generated path or on none
   */
  public static Gen<Escalation> escalations() {
    return Generate.frequency(pair(3, escalationPaths().<Escalation>flatMap(EscalationGenerators::escalationsOn)),
        pair(1, escalationsWithoutPath()));
  }

  /**
   * Escalations that follow the path: they reach each level's owner in turn (a person standing
   * in for a role or a team), are acknowledged exactly when the time to acknowledge runs out, a
   * second before or a second late, or move up a level exactly then; some reach someone off the
   * path first or get resolved by someone off the path; some stay open.
   *
   * @param path the path every escalation names and follows
   * @return escalations on the path, their events at and around the moments its levels fall due
   */
  public static Gen<Escalation> escalationsOn(EscalationPath path) {
    return escalationIds().zip(riskIds(), MoneyGenerators.instants(), choices(), people(),
        (id, risk, raisedAt, choices, people) -> Escalation.builder().id(id).risk(risk)
            .path(Option.some(path.id())).raisedAt(raisedAt)
            .events(onPath(path, raisedAt, Stream.ofAll(choices).cycle().iterator(), people)).build());
  }

  /**
   * Escalations with no defined path: no event yet, or someone reached off any path (often at
   * the very instant it was raised), then maybe acknowledged and resolved.
   *
   * @return escalations that name no path: with no event yet, or reaching people off any path
   */
  public static Gen<Escalation> escalationsWithoutPath() {
    return escalationIds().zip(riskIds(), MoneyGenerators.instants(), choices(), people(),
        (id, risk, raisedAt, choices, people) -> Escalation.builder().id(id).risk(risk).raisedAt(raisedAt)
            .events(offPath(raisedAt, Stream.ofAll(choices).cycle().iterator(), people)).build());
  }

  /**
   * Paths of one to seven levels (one more than the default maximum depth) resolved through zero to
   * twelve generated people, with or without a program owner and a host fallback, so that levels
   * are owned by a named person, by a fallback, or by nobody.
   *
   * @return paths resolved under the default escalation policy, with or without a fallback
   */
  public static Gen<ResolvedPath> resolvedPaths() {
    Gen<EscalationPath> paths = escalationPathIds().zip(consequenceCategories(), severities(),
        lists().of(escalationLevels()).ofSizeBetween(1, 7), (id, category, minimum, levels) ->
            EscalationPath.builder().id(id).category(category).minimumSeverity(minimum)
                .levels(List.ofAll(levels)).build());
    Gen<List<Person>> people = lists().of(PartyGenerators.persons()).ofSizeBetween(0, 12)
        .map(ps -> List.ofAll(ps).distinctBy(Person::id));
    return paths.zip(people, maybe(PartyGenerators.personIds(), 30), maybe(PartyGenerators.personIds(), 30),
        (path, ps, programOwner, fallback) -> fallback.map(EscalationPolicy.defaults()::withFallback)
            .getOrElse(EscalationPolicy.defaults()).resolve(path, ps, programOwner));
  }

  /**
   * Instants along the path for an escalation raised at {@code raisedAt}: exactly when a level's
   * time to acknowledge runs out, a nanosecond before or after, somewhere inside a level's window,
   * long after the last level is due, or before the escalation was raised.
   *
   * @param path the resolved path whose levels' times to acknowledge set the moments
   * @param raisedAt when the escalation was raised, the moment the first level is reached
   * @return instants mostly at, or a nanosecond either side of, the moments the escalation is
   *     raised or a level falls due; else inside a level's window or outside the path's span
   */
  public static Gen<Instant> instantsAlong(ResolvedPath path, Instant raisedAt) {
    java.util.List<Instant> changes = new ArrayList<>();
    Instant at = raisedAt;
    changes.add(at);
    for (EscalationLevel level : path.path().levels()) {
      at = at.plus(level.timeToAcknowledge());
      changes.add(at);
    }
    Instant last = at;
    Gen<Instant> change = Generate.pick(changes);
    Gen<Instant> edge = change.zip(Generate.pick(java.util.List.of(-1L, 0L, 1L)), Instant::plusNanos);
    Gen<Instant> inside = change.zip(MoneyGenerators.durations(), Instant::plus);
    Gen<Instant> outside = Generate.pick(java.util.List.of(raisedAt.minusSeconds(1), raisedAt.minusNanos(1),
        last.plus(Duration.ofDays(3650))));
    return Generate.frequency(pair(5, edge), pair(3, inside), pair(1, outside));
  }

  /**
   * Paths of one to six levels, each owned by a named person of the pool (which must not be
   * empty), for every category and minimum severity.
   *
   * @param owners the persons who may own a level, at least one; a person may own several levels
   * @return paths whose every level is owned by a person of {@code owners}
   * @throws IllegalArgumentException if {@code owners} is empty
   */
  public static Gen<EscalationPath> namedEscalationPaths(io.vavr.collection.Seq<PersonId> owners) {
    if (owners.isEmpty()) {
      throw new IllegalArgumentException("named paths need at least one owner to draw from");
    }
    Gen<EscalationLevel> level = Generate.pick(LEVEL_NAMES).zip(Generate.pick(owners.asJava()), timesToAcknowledge(),
        (name, owner, time) -> new EscalationLevel(name, Holder.person(owner), time));
    return escalationPathIds().zip(consequenceCategories(), severities(),
        lists().of(level).ofSizeBetween(1, 6), (id, category, minimum, levels) ->
            EscalationPath.builder().id(id).category(category).minimumSeverity(minimum)
                .levels(List.ofAll(levels)).build());
  }

  /**
   * Escalations of the risk that follow the path exactly: they reach levels 1 to k in order, each
   * by its named owner exactly when the level below timed out, then maybe the owner of the level
   * reached acknowledges (often exactly at the instant it was reached) and resolves it. Every level
   * of the path must be owned by a named person ({@link #namedEscalationPaths}).
   *
   * @param path the path to follow, every level of which a named person owns
   * @param risk the risk every escalation is about
   * @return escalations that reach the path's first level, or more of its levels in order, then
   *     stay open, are acknowledged, or are resolved
   * @throws IllegalArgumentException if a level of the path is not owned by a named person
   */
  public static Gen<Escalation> escalationsFollowing(EscalationPath path, RiskId risk) {
    if (!path.levels().forAll(l -> l.owner().isNamedPerson())) {
      throw new IllegalArgumentException("escalations follow path " + path.id() + " exactly only if a named person owns each level");
    }
    return escalationIds().zip(MoneyGenerators.instants(), integers().between(1, path.levels().size()),
        integers().between(0, 2), (id, raisedAt, reached, ending) -> {
          ArrayList<EscalationEvent> events = new ArrayList<>();
          Instant at = raisedAt;
          PersonId owner = null;
          for (int k = 1; k <= reached; k++) {
            owner = ((Holder.NamedPerson) path.levels().get(k - 1).owner()).person();
            events.add(EscalationEvent.reached(owner, at, k));
            if (k < reached) {
              at = at.plus(path.levels().get(k - 1).timeToAcknowledge());
            }
          }
          if (ending >= 1) {
            events.add(EscalationEvent.acknowledged(owner, at));
          }
          if (ending == 2) {
            events.add(EscalationEvent.resolved(owner, at.plusSeconds(3600), RESOLUTIONS.get(0)));
          }
          return Escalation.builder().id(id).risk(risk).path(Option.some(path.id())).raisedAt(raisedAt)
              .events(List.ofAll(events)).build();
        });
  }

  /** {@return findings of every failure mode} */
  public static Gen<Finding> findings() {
    return failureModes().<Finding>flatMap(EscalationGenerators::findings);
  }

  /**
   * {@return findings of the failure mode, with its code or a sub-code, one to three subjects}
   *
   * @param mode the failure mode of every finding
   */
  public static Gen<Finding> findings(FailureMode mode) {
    Gen<String> subject = Generate.oneOf(PartyGenerators.ids("partner", 8), PartyGenerators.ids("request", 10),
        PartyGenerators.ids("risk", 10), PartyGenerators.ids("program", 4));
    Gen<String> evidence = Generate.oneOf(PartyGenerators.ids("activity", 20), PartyGenerators.ids("record", 10),
        PartyGenerators.ids("escalation", 10));
    Gen<String> code = integers().between(0, 3).map(sub -> sub == 0 ? mode.code() : mode.code() + "." + sub);
    return code.zip(lists().of(subject).ofSizeBetween(1, 3), severities(), lists().of(evidence).ofSizeBetween(0, 3),
        (c, subjects, severity, shown) -> Finding.builder().code(c).failureMode(mode)
            .subjects(List.ofAll(subjects)).severity(severity).evidence(List.ofAll(shown))
            .explanation(mode.title() + ": " + explanation(mode))
            .remediation(remediation(mode)).build());
  }

  /**
   * Valid risk drafts with the raw form of {@link #risks()}: kinds sometimes in lower case with
   * spaces, zero customers affected sometimes left out.
   *
   * @return valid risk drafts, in the raw form a host would send
   */
  public static Gen<RiskDraft> riskDrafts() {
    return risks().zip(Generate.booleans(), (r, plain) -> {
      RiskDraft draft = draftOf(r);
      return plain ? draft : RiskDraft.builder().from(draft)
          .kind(r.kind().code().toLowerCase(Locale.ROOT).replace('_', ' '))
          .customersAffected(r.customersAffected() == 0 ? null : r.customersAffected()).build();
    });
  }

  /** {@return valid level drafts with the raw form of {@link #escalationLevels()}} */
  public static Gen<EscalationLevelDraft> escalationLevelDrafts() {
    return escalationLevels().map(EscalationGenerators::draftOf);
  }

  /** {@return valid path drafts with the raw form of {@link #escalationPaths()}, names in mixed case} */
  public static Gen<EscalationPathDraft> escalationPathDrafts() {
    return escalationPaths().zip(Generate.booleans(), (p, lower) -> lower
        ? EscalationPathDraft.builder().from(draftOf(p)).category(p.category().name().toLowerCase(Locale.ROOT))
            .minimumSeverity(p.minimumSeverity().name().toLowerCase(Locale.ROOT)).build()
        : draftOf(p));
  }

  /** {@return valid event drafts with the raw form of {@link #escalationEvents()}} */
  public static Gen<EscalationEventDraft> escalationEventDrafts() {
    return escalationEvents().map(EscalationGenerators::draftOf);
  }

  /** {@return valid escalation drafts with the raw form of {@link #escalations()}} */
  public static Gen<EscalationDraft> escalationDrafts() {
    return escalations().map(EscalationGenerators::draftOf);
  }

  /**
   * {@return the draft a host would send for the risk}
   *
   * @param r the risk to turn back into its raw form
   */
  public static RiskDraft draftOf(Risk r) {
    return RiskDraft.builder().id(r.id().value()).partner(r.partner().value())
        .program(r.program().map(p -> p.value()).getOrNull()).kind(r.kind().code()).raisedAt(r.raisedAt())
        .raisedBy(r.raisedBy().value()).description(r.description()).impact(r.impact().level())
        .likelihood(r.likelihood().level()).customersAffected(r.customersAffected())
        .revenueAtRisk(r.revenueAtRisk().map(Money::amount).getOrNull())
        .revenueCurrency(r.revenueAtRisk().map(m -> m.currency().getCurrencyCode()).getOrNull())
        .regulation(r.regulation().getOrNull()).deadline(r.deadline().getOrNull()).build();
  }

  /**
   * {@return the draft a host would send for the level}
   *
   * @param level the level to turn back into its raw form
   */
  public static EscalationLevelDraft draftOf(EscalationLevel level) {
    EscalationLevelDraft.Builder draft = EscalationLevelDraft.builder().name(level.name())
        .timeToAcknowledge(level.timeToAcknowledge());
    return level.owner().fold(p -> draft.person(p.person().value()), r -> draft.role(r.role().value()),
        t -> draft.team(t.orgUnit().value())).build();
  }

  /**
   * {@return the draft a host would send for the path}
   *
   * @param path the path to turn back into its raw form, levels included
   */
  public static EscalationPathDraft draftOf(EscalationPath path) {
    return EscalationPathDraft.builder().id(path.id().value()).category(path.category().name())
        .minimumSeverity(path.minimumSeverity().name()).levels(path.levels().map(EscalationGenerators::draftOf))
        .build();
  }

  /**
   * {@return the draft a host would send for the event}
   *
   * @param event the event to turn back into its raw form
   */
  public static EscalationEventDraft draftOf(EscalationEvent event) {
    EscalationEventDraft.Builder draft = EscalationEventDraft.builder().person(event.person().value()).at(event.at());
    return event.fold(r -> draft.type("reached").level(r.level().getOrNull()), a -> draft.type("acknowledged"),
        r -> draft.type("resolved").resolution(r.resolution())).build();
  }

  /**
   * {@return the draft a host would send for the escalation}
   *
   * @param e the escalation to turn back into its raw form, events included
   */
  public static EscalationDraft draftOf(Escalation e) {
    return EscalationDraft.builder().id(e.id().value()).risk(e.risk().value())
        .path(e.path().map(EscalationPathId::value).getOrNull()).raisedAt(e.raisedAt())
        .events(e.events().map(EscalationGenerators::draftOf)).build();
  }

  private static List<EscalationEvent> onPath(EscalationPath path, Instant raisedAt, Iterator<Integer> c,
      java.util.List<PersonId> people) {
    ArrayList<EscalationEvent> events = new ArrayList<>();
    if (c.next() < 15) {
      events.add(EscalationEvent.reachedOffPath(people.get(0), raisedAt));
    }
    Instant at = raisedAt;
    for (int k = 1; k <= path.levels().size(); k++) {
      EscalationLevel level = path.levels().get(k - 1);
      PersonId owner = level.owner().fold(Holder.NamedPerson::person, r -> people.get(1), t -> people.get(2));
      events.add(EscalationEvent.reached(owner, at, k));
      Instant due = at.plus(level.timeToAcknowledge());
      int roll = c.next();
      if (roll < 40) {
        int when = c.next();
        Instant ack = when < 50 ? due
            : when < 75 ? due.minus(min(Duration.ofSeconds(1), level.timeToAcknowledge())) : due.plusSeconds(1);
        events.add(EscalationEvent.acknowledged(owner, ack));
        afterAcknowledged(events, owner, ack, c, people);
        break;
      }
      if (roll < 50) {
        break;
      }
      at = due;
    }
    return List.ofAll(events);
  }

  private static List<EscalationEvent> offPath(Instant raisedAt, Iterator<Integer> c, java.util.List<PersonId> people) {
    ArrayList<EscalationEvent> events = new ArrayList<>();
    if (c.next() < 15) {
      return List.empty();
    }
    Instant at = raisedAt;
    PersonId last = people.get(0);
    for (int j = 0, reached = 1 + c.next() % 3; j < reached; j++) {
      at = at.plus(delay(c));
      last = people.get(j);
      events.add(EscalationEvent.reachedOffPath(last, at));
    }
    if (c.next() < 60) {
      at = at.plus(delay(c));
      events.add(EscalationEvent.acknowledged(last, at));
      afterAcknowledged(events, last, at, c, people);
    }
    return List.ofAll(events);
  }

  private static void afterAcknowledged(ArrayList<EscalationEvent> events, PersonId owner, Instant at,
      Iterator<Integer> c, java.util.List<PersonId> people) {
    int roll = c.next();
    String resolution = RESOLUTIONS.get(c.next() % RESOLUTIONS.size());
    if (roll < 45) {
      events.add(EscalationEvent.resolved(owner, at.plus(delay(c)), resolution));
    } else if (roll < 60) {
      Instant called = at.plus(delay(c));
      events.add(EscalationEvent.reachedOffPath(people.get(3), called));
      events.add(EscalationEvent.resolved(people.get(3), called.plus(delay(c)), resolution));
    }
  }

  private static Duration delay(Iterator<Integer> c) {
    int roll = c.next();
    return roll < 30 ? Duration.ZERO : Duration.ofMinutes(roll * 15L);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Gen<java.util.List<Integer>> choices() {
    return lists().of(integers().between(0, 99)).ofSize(24);
  }

  private static Gen<java.util.List<PersonId>> people() {
    return lists().of(PartyGenerators.personIds()).ofSize(4);
  }

  private static String explanation(FailureMode mode) {
    return switch (mode) {
      case ACTIVITY_MISTAKEN_FOR_VALUE -> "training completions are reported as the partner's performance.";
      case NO_NAMED_OWNER_ACROSS_BOUNDARIES ->
          "the decision spans field sales and the partner organization and only a team owns it.";
      case EXCEPTIONS_HANDLED_BY_RELATIONSHIP ->
          "the incentive exception was approved by the relationship owner without a review path.";
      case FRAGMENTED_HANDOFFS -> "readiness activity was recorded but never turned into launch-ready evidence.";
      case ESCALATION_BY_RELATIONSHIP -> "the risk reached leadership through a personal call, not a defined path.";
    };
  }

  private static String remediation(FailureMode mode) {
    return switch (mode) {
      case ACTIVITY_MISTAKEN_FOR_VALUE ->
          "Report enablement separately and cite performance evidence for value claims.";
      case NO_NAMED_OWNER_ACROSS_BOUNDARIES -> "Name one person with the Decide right for this decision type.";
      case EXCEPTIONS_HANDLED_BY_RELATIONSHIP -> "Route incentive exceptions through the defined review path.";
      case FRAGMENTED_HANDOFFS -> "Define qualification criteria that turn readiness activity into evidence.";
      case ESCALATION_BY_RELATIONSHIP -> "Define an escalation path with a named owner for this consequence.";
    };
  }
}
