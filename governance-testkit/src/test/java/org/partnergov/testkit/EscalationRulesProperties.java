package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationLevel;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.EscalationResolution;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.rules.escalation.EscalationByRelationship;
import org.partnergov.rules.escalation.EscalationCode;
import org.partnergov.rules.escalation.EscalationPolicy;
import org.partnergov.rules.escalation.EscalationProblem;
import org.partnergov.rules.escalation.EscalationState;
import org.partnergov.rules.escalation.EscalationState.Open;
import org.partnergov.rules.escalation.ResolvedPath;
import org.partnergov.rules.escalation.RiskTranslation;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Sequential;
import org.quicktheories.generators.Generate;

/**
 * Properties of the escalation rules, named by what they guard: ADV-01 to ADV-03 for
 * {@code advance}, ESC-STATE for escalation over time against a naive model, PTH-01 and PTH-02 for
 * path validation, TRN-01 and TRN-02
 * for translating risks, FM5-01 to FM5-03 for escalation by relationship. The naive model of a
 * level at an instant counts, from the time raised, how many running sums of the times to
 * acknowledge have passed.
 */
class EscalationRulesProperties {

  // ---- advance ----

  /** One path resolved through generated people, the instant raised, and two instants along it. */
  record Timeline(ResolvedPath path, Instant raisedAt, Instant t1, Instant t2) {}

  static Gen<Timeline> timelines() {
    return EscalationGenerators.resolvedPaths().zip(MoneyGenerators.instants(), (p, r) -> new Timeline(p, r, r, r))
        .flatMap(t -> EscalationGenerators.instantsAlong(t.path(), t.raisedAt())
            .zip(EscalationGenerators.instantsAlong(t.path(), t.raisedAt()), (a, b) -> new Timeline(t.path(),
                t.raisedAt(), a.isAfter(b) ? b : a, a.isAfter(b) ? a : b)));
  }

  /** The naive level at the instant: one plus the running sums of times to acknowledge passed, capped at the depth. */
  static int naiveLevel(ResolvedPath path, Instant raisedAt, Instant now) {
    int level = 1;
    Instant due = raisedAt;
    for (int k = 1; k < path.depth(); k++) {
      due = due.plus(path.level(k).timeToAcknowledge());
      if (!now.isBefore(due)) {
        level = k + 1;
      }
    }
    return level;
  }

  /** When the escalation reaches the level, naively. */
  static Instant naiveReached(ResolvedPath path, Instant raisedAt, int level) {
    Instant at = raisedAt;
    for (int k = 1; k < level; k++) {
      at = at.plus(path.level(k).timeToAcknowledge());
    }
    return at;
  }

  @Test
  void ADV_01_advance_is_monotone_in_time_and_ends_within_the_paths_depth() {
    qt().withExamples(3_000).forAll(timelines()).checkAssert(t -> {
      Open start = EscalationState.start(t.path(), t.raisedAt());
      Open early = start.advance(t.t1());
      Open late = start.advance(t.t2());
      assertThat(early.level()).isLessThanOrEqualTo(late.level());
      assertThat(late.level()).isBetween(1, t.path().depth());
      assertThat(early.level()).isBetween(1, t.path().depth());
      assertThat(early.advance(t.t2()).level()).isGreaterThanOrEqualTo(early.level());
    });
  }

  @Test
  void ADV_02_advancing_to_t1_then_t2_equals_advancing_to_t2() {
    qt().withExamples(3_000).forAll(timelines()).checkAssert(t -> {
      Open start = EscalationState.start(t.path(), t.raisedAt());
      assertThat(start.advance(t.t1()).advance(t.t2())).isEqualTo(start.advance(t.t2()));
    });
  }

  @Test
  void ADV_03_advance_reaches_the_level_of_the_naive_model_when_it_is_due() {
    qt().withExamples(3_000).forAll(timelines()).checkAssert(t -> {
      Open late = EscalationState.start(t.path(), t.raisedAt()).advance(t.t2());
      assertThat(late.level()).isEqualTo(naiveLevel(t.path(), t.raisedAt(), t.t2()));
      assertThat(late.since()).isEqualTo(naiveReached(t.path(), t.raisedAt(), late.level()));
      assertThat(late.isOverdue(t.t2())).isEqualTo(late.level() == t.path().depth() && !t.t2().isBefore(late.dueAt()));
    });
  }

  @Test
  void ADV_04_the_timelines_reach_every_outcome() {
    AtomicInteger stayed = new AtomicInteger();
    AtomicInteger movedOne = new AtomicInteger();
    AtomicInteger movedSeveral = new AtomicInteger();
    AtomicInteger overdue = new AtomicInteger();
    qt().withExamples(3_000).forAll(timelines()).checkAssert(t -> {
      Open late = EscalationState.start(t.path(), t.raisedAt()).advance(t.t2());
      (late.level() == 1 ? stayed : late.level() == 2 ? movedOne : movedSeveral).incrementAndGet();
      if (late.isOverdue(t.t2())) {
        overdue.incrementAndGet();
      }
    });
    assertThat(List.of(stayed, movedOne, movedSeveral, overdue).map(AtomicInteger::get)).allMatch(n -> n > 50);
  }

  // ---- escalation over time, against a naive model ----

  /**
   * What the naive model knows: open, acknowledged or resolved, at which level, since when, by whom
   * (none while open), and how many events were refused.
   */
  record Model(String status, int level, Instant since, Option<PersonId> by, int refused) {}

  /** The system under test: the escalation state, replaced on each accepted event, and the refusals counted. */
  static final class Sut {
    private EscalationState state;
    private int refused;

    Sut(EscalationState state) {
      this.state = state;
    }

    Sut accept(Either<EscalationProblem, ? extends EscalationState> result) {
      result.peek(s -> state = s).peekLeft(p -> refused++);
      return this;
    }

    Model model() {
      return new Model(state.fold(o -> "open", a -> "acknowledged", r -> "resolved"), state.level(), state.since(),
          state.fold(o -> Option.none(), a -> Option.some(a.by()), r -> Option.some(r.by())), refused);
    }
  }

  /** One generated command: advance (0), acknowledge (1) or resolve (2), by a person, at an instant. */
  record Step(int kind, PersonId person, Instant at) {}

  record Scenario(ResolvedPath path, Instant raisedAt, java.util.List<Step> steps) {}

  /**
   * Resolved paths with one to twelve steps at instants along them, in time order one time in two;
   * the persons acting are the owners of the path's levels or someone on no level.
   */
  static Gen<Scenario> scenarios() {
    return EscalationGenerators.resolvedPaths().zip(MoneyGenerators.instants(), (p, r) -> new Scenario(p, r, java.util.List.of()))
        .flatMap(s -> {
          java.util.List<PersonId> who = new java.util.ArrayList<>(s.path().owners()
              .flatMap(o -> o.owningPerson()).toJavaList());
          who.add(PersonId.of("person-99"));
          Gen<Step> step = integers().between(0, 9).zip(Generate.pick(who),
              EscalationGenerators.instantsAlong(s.path(), s.raisedAt()),
              (k, p, t) -> new Step(k < 5 ? 0 : k < 8 ? 1 : 2, p, t));
          return lists().of(step).ofSizeBetween(1, 12).zip(Generate.booleans(), (steps, sorted) -> new Scenario(
              s.path(), s.raisedAt(), sorted ? steps.stream().sorted(java.util.Comparator.comparing(Step::at)).toList() : steps));
        });
  }

  /** The naive next model: written out from the rules of the states, with levels from {@link #naiveLevel}. */
  static Model naiveNext(Scenario s, Step step, Model m) {
    boolean open = m.status().equals("open");
    if (m.status().equals("resolved") || step.kind() == 1 && !open) {
      return m;
    }
    int level = open ? Math.max(m.level(), naiveLevel(s.path(), s.raisedAt(), step.at())) : m.level();
    if (step.kind() == 0) {
      return open ? new Model("open", level, naiveReached(s.path(), s.raisedAt(), level), m.by(), m.refused()) : m;
    }
    boolean owner = false;
    for (int l = level; l <= s.path().depth(); l++) {
      owner |= s.path().owner(l).owningPerson().contains(step.person());
    }
    boolean allowed = !step.at().isBefore(m.since()) && (owner || m.by().contains(step.person()));
    return allowed
        ? new Model(step.kind() == 1 ? "acknowledged" : "resolved", level, step.at(), Option.some(step.person()), m.refused())
        : new Model(m.status(), m.level(), m.since(), m.by(), m.refused() + 1);
  }

  /** The command for a step: run on the states, expected by the naive model. */
  static Command<Sut, Model> command(Scenario s, Step step) {
    return new Command<>() {
      @Override
      public void run(Sut sut) {
        EscalationState state = sut.state;
        if (step.kind() == 0) {
          sut.state = EscalationState.advance(state, step.at());
        } else if (step.kind() == 1) {
          state.fold(o -> sut.accept(o.acknowledge(step.person(), step.at())), a -> sut, r -> sut);
        } else {
          state.fold(o -> sut.accept(o.resolve(step.person(), step.at(), "Resolved in the test")),
              a -> sut.accept(a.resolve(step.person(), step.at(), "Resolved in the test")), r -> sut);
        }
      }

      @Override
      public Model nextState(Model m) {
        return naiveNext(s, step, m);
      }

      @Override
      public String toString() {
        return List.of("advance to", "acknowledge by " + step.person() + " at", "resolve by " + step.person() + " at")
            .get(step.kind()) + " " + step.at();
      }
    };
  }

  @Test
  void ESC_STATE_escalation_over_time_agrees_with_the_naive_model_step_by_step() {
    qt().withExamples(2_000).forAll(scenarios()).checkAssert(s -> Sequential.modelCheck(
        new Model("open", 1, s.raisedAt(), Option.none(), 0),
        s.steps().stream().map(step -> command(s, step)).toList(),
        m -> new Sut(EscalationState.start(s.path(), s.raisedAt())), Sut::model));
  }

  @Test
  void ESC_STATE_the_scenarios_reach_every_state_and_refusal() {
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicInteger resolved = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(2_000).forAll(scenarios()).checkAssert(s -> {
      Model m = new Model("open", 1, s.raisedAt(), Option.none(), 0);
      for (Step step : s.steps()) {
        m = naiveNext(s, step, m);
      }
      (m.status().equals("acknowledged") ? acknowledged : m.status().equals("resolved") ? resolved : new AtomicInteger())
          .incrementAndGet();
      if (m.refused() > 0) {
        refused.incrementAndGet();
      }
    });
    assertThat(List.of(acknowledged, resolved, refused).map(AtomicInteger::get)).allMatch(n -> n > 100);
  }

  // ---- path validation ----

  /** A path owned level by level by distinct known persons, and partners whose relationship owners own no level. */
  record Sound(EscalationPath path, Seq<Person> people, Seq<Partner> partners) {

    Seq<String> codes(EscalationPolicy policy, EscalationPath path, Seq<Partner> partners) {
      return policy.validate(path, people, partners).map(p -> p.code().code());
    }

    PersonId owner(int level) {
      return ((Holder.NamedPerson) path.levels().get(level - 1).owner()).person();
    }
  }

  static Gen<Sound> soundPaths() {
    return EscalationGenerators.escalationPaths().zip(lists().of(PartyGenerators.persons()).ofSizeBetween(4, 12),
        lists().of(PartyGenerators.partners()).ofSizeBetween(1, 4), (path, ps, partners) -> {
          Seq<Person> people = List.ofAll(ps).distinctBy(Person::id);
          Seq<EscalationLevel> levels = path.levels().take(people.size()).zipWithIndex((l, i) ->
              new EscalationLevel(l.name(), Holder.person(people.get(i).id()), l.timeToAcknowledge()));
          return new Sound(EscalationPath.builder().from(path).levels(levels).build(), people,
              List.ofAll(partners).distinctBy(Partner::id).map(p -> Partner.builder().from(p)
                  .relationshipOwner(PersonId.of("person-99")).build()));
        });
  }

  @Test
  void PTH_01_a_sound_path_has_no_problem_and_planting_a_loop_gives_ESC_01_and_removing_it_clears_it() {
    EscalationPolicy roomy = EscalationPolicy.defaults().withMaxDepth(10);
    qt().withExamples(1_000).forAll(soundPaths()).checkAssert(s -> {
      assertThat(s.codes(EscalationPolicy.defaults(), s.path(), s.partners())).isEmpty();
      if (s.path().levels().size() >= 2) {
        EscalationPath looped = EscalationPath.builder().from(s.path()).levels(s.path().levels()
            .append(new EscalationLevel("Back to the start", Holder.person(s.owner(1)), Duration.ofHours(1)))).build();
        assertThat(s.codes(roomy, looped, s.partners())).containsExactly(EscalationCode.PATH_LOOPS_BACK.code());
        assertThat(s.codes(roomy, EscalationPath.builder().from(looped).levels(looped.levels().dropRight(1)).build(),
            s.partners())).isEmpty();
      }
    });
  }

  @Test
  void PTH_02_a_relationship_owner_at_the_last_level_gives_ESC_04_for_that_partner_and_removing_it_clears_it() {
    qt().withExamples(1_000).forAll(soundPaths()).checkAssert(s -> {
      Partner planted = Partner.builder().from(s.partners().head()).relationshipOwner(s.owner(s.path().levels().size())).build();
      Seq<EscalationProblem> problems = EscalationPolicy.defaults().validate(s.path(), s.people(),
          s.partners().tail().prepend(planted));
      assertThat(problems.map(p -> p.code().code())).containsExactly(EscalationCode.RELATIONSHIP_OWNER_ONLY_ROUTE.code());
      assertThat(problems.head().subjects()).containsExactly(s.path().id().value(), planted.id().value());
      assertThat(s.codes(EscalationPolicy.defaults(), s.path(), s.partners())).isEmpty();
    });
  }

  // ---- translation ----

  @Test
  void TRN_01_translation_is_total_over_the_default_kinds_and_reports_the_others() {
    RiskTranslation translation = RiskTranslation.defaults();
    qt().withExamples(3_000).forAll(EscalationGenerators.risks()).checkAssert(risk -> {
      Either<EscalationProblem, Seq<Consequence>> result = translation.translate(risk);
      if (risk.kind().isBuiltIn()) {
        assertThat(result.isRight()).as("%s translates", risk.kind()).isTrue();
        assertThat(result.get()).isNotEmpty();
        assertThat(result.get()).allSatisfy(c -> {
          assertThat(c.explanation()).contains(risk.id().value()).endsWith(".");
          assertThat(c.severity().isAtLeast(translation.rate(risk))).isTrue();
          assertThat(c.magnitude()).isEqualTo(risk.magnitude());
        });
        assertThat(result.get().map(Consequence::category).distinct()).hasSameSizeAs(result.get());
      } else {
        assertThat(result.getLeft().code()).isEqualTo(EscalationCode.NO_TRANSLATION_RULE);
        assertThat(result.getLeft().subjects()).contains(risk.kind().code());
      }
    });
  }

  @Test
  void TRN_02_translation_is_deterministic() {
    qt().withExamples(2_000).forAll(EscalationGenerators.risks()).checkAssert(risk -> {
      Risk copy = Risk.builder().from(risk).build();
      assertThat(RiskTranslation.defaults().translate(copy)).isEqualTo(RiskTranslation.defaults().translate(risk));
      assertThat(RiskTranslation.defaults().translate(risk)).isEqualTo(RiskTranslation.defaults().translate(risk));
    });
  }

  // ---- escalation by relationship ----

  /** A snapshot with one risk and one path owned by named internal persons, and an escalation that follows it exactly. */
  record Followed(EcosystemSnapshot snapshot, EscalationPath path, Escalation escalation, PersonId outsider) {

    Seq<Finding> findings(Escalation planted) {
      EcosystemSnapshot with = EcosystemParts.builder().from(snapshot.parts())
          .escalations(snapshot.parts().escalations().filter(e -> !e.id().equals(planted.id())).append(planted))
          .build().validate().get();
      return EscalationByRelationship.detect(with).filter(f -> f.subjects().head().equals(planted.id().value()));
    }
  }

  static Gen<Followed> followed() {
    return EcosystemGenerators.ecosystemParts().map(EscalationRulesProperties::withoutResolutions)
        .zip(EscalationGenerators.risks(), (parts, risk) -> {
      Seq<PersonId> internal = parts.persons().filter(p -> p.affiliation().fold(i -> true, s -> false)).map(Person::id);
      Risk known = Risk.builder().from(risk).partner(parts.partners().head().id()).program(Option.none())
          .raisedBy(internal.head()).build();
      return EcosystemParts.builder().from(parts).risks(parts.risks().filter(r -> !r.id().equals(known.id())).append(known))
          .build();
    }).flatMap(parts -> {
      Seq<PersonId> owners = parts.persons().map(Person::id).take(6);
      Risk risk = parts.risks().last();
      return EscalationGenerators.namedEscalationPaths(owners).flatMap(path -> {
        EcosystemParts withPath = EcosystemParts.builder().from(parts)
            .escalationPaths(parts.escalationPaths().filter(p -> !p.id().equals(path.id())).append(path))
            .escalations(parts.escalations().filter(e -> !e.path().contains(path.id()))).build();
        return EscalationGenerators.escalationsFollowing(path, risk.id()).map(e -> new Followed(
            EcosystemParts.builder().from(withPath).escalations(withPath.escalations().filter(x -> !x.id().equals(e.id())))
                .build().validate().get(), path, e, PersonId.of("person-12")));
      });
    });
  }

  /**
   * The parts without escalation resolutions and the records about them: the generator below
   * drops escalations and moves a risk to another partner, which would leave them resolving
   * nothing or for the wrong partner.
   */
  private static EcosystemParts withoutResolutions(EcosystemParts parts) {
    Seq<ExceptionRequest> kept = parts.requests().filter(r -> !(r instanceof EscalationResolution));
    return EcosystemParts.builder().from(parts).requests(kept)
        .decisionRecords(parts.decisionRecords().filter(d -> kept.exists(r -> r.id().equals(d.request())))).build();
  }

  @Test
  void FM5_01_an_escalation_that_follows_its_path_has_no_finding() {
    qt().withExamples(500).forAll(followed()).checkAssert(f -> assertThat(f.findings(f.escalation())).isEmpty());
  }

  @Test
  void FM5_02_planting_an_off_path_reach_produces_FM_5_1_and_removing_it_clears_it() {
    qt().withExamples(500).forAll(followed(), integers().between(0, 10)).checkAssert((f, where) -> {
      Escalation e = f.escalation();
      int at = where % (e.events().size() + 1);
      Instant when = at == 0 ? e.raisedAt() : e.events().get(at - 1).at();
      Seq<EscalationEvent> planted = e.events().insert(at, EscalationEvent.reachedOffPath(f.outsider(), when));
      Seq<Finding> found = f.findings(Escalation.builder().from(e).events(planted).build());
      assertThat(found.map(Finding::code)).containsExactly(EscalationCode.REACHED_OFF_PATH.code());
      assertThat(found.head().evidence()).hasSize(1);
      assertThat(found.head().explanation()).contains(f.outsider().value());
      assertThat(f.findings(Escalation.builder().from(e).events(planted.removeAt(at)).build())).isEmpty();
    });
  }

  @Test
  void FM5_03_planting_a_skipped_level_produces_FM_5_2_and_restoring_it_clears_it() {
    qt().withExamples(200).withGenerateAttempts(20_000).forAll(followed(), integers().between(0, 10))
        .assuming((f, which) -> f.escalation().events().count(x -> x instanceof EscalationEvent.Reached) > 1)
        .checkAssert((f, which) -> {
          Escalation e = f.escalation();
          Seq<Integer> reachedBelowTop = e.events().zipWithIndex()
              .filter(x -> x._1 instanceof EscalationEvent.Reached).map(x -> x._2).dropRight(1);
          int skip = reachedBelowTop.get(which % reachedBelowTop.size());
          Seq<Finding> found = f.findings(Escalation.builder().from(e).events(e.events().removeAt(skip)).build());
          assertThat(found.map(Finding::code)).containsExactly(EscalationCode.SKIPPED_LEVEL.code());
          assertThat(found.head().explanation()).contains("before level");
          assertThat(f.findings(e)).isEmpty();
        });
  }

  @Test
  void FM5_04_dropping_the_path_produces_FM_5_3_only() {
    qt().withExamples(300).forAll(followed()).checkAssert(f -> {
      Escalation e = f.escalation();
      Escalation pathless = Escalation.builder().from(e).path(Option.none())
          .events(e.events().map(x -> x.fold(r -> EscalationEvent.reachedOffPath(r.person(), r.at()), a -> a, r -> r)))
          .build();
      assertThat(f.findings(pathless).map(Finding::code)).containsExactly(EscalationCode.NO_PATH.code());
    });
  }
}
