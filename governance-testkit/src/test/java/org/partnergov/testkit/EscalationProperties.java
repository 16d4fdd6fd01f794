package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.testkit.Plant.at;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationDraft;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationEventDraft;
import org.partnergov.model.escalation.EscalationLevelDraft;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.EscalationPathDraft;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskDraft;
import org.partnergov.model.escalation.RiskKind;

/** Properties of the escalation and diagnosis values, their drafts and their generators. */
class EscalationProperties {

  @Test
  void ESC_01_every_generated_draft_is_valid() {
    qt().forAll(EscalationGenerators.riskDrafts()).check(d -> d.validate().isValid());
    qt().forAll(EscalationGenerators.escalationLevelDrafts()).check(d -> d.validate().isValid());
    qt().forAll(EscalationGenerators.escalationPathDrafts()).check(d -> d.validate().isValid());
    qt().forAll(EscalationGenerators.escalationEventDrafts()).check(d -> d.validate().isValid());
    qt().forAll(EscalationGenerators.escalationDrafts()).check(d -> d.validate().isValid());
  }

  @Test
  void ESC_02_typed_values_parse_back_from_their_drafts() {
    qt().forAll(EscalationGenerators.risks())
        .checkAssert(r -> assertThat(Risk.parse(EscalationGenerators.draftOf(r)).get()).isEqualTo(r));
    qt().forAll(EscalationGenerators.escalationPaths())
        .checkAssert(p -> assertThat(EscalationPath.parse(EscalationGenerators.draftOf(p)).get()).isEqualTo(p));
    qt().forAll(EscalationGenerators.escalations())
        .checkAssert(e -> assertThat(Escalation.parse(EscalationGenerators.draftOf(e)).get()).isEqualTo(e));
  }

  @Test
  void ESC_03_escalation_events_are_in_time_order_and_never_before_the_escalation_was_raised() {
    qt().forAll(EscalationGenerators.escalations()).check(e -> {
      Seq<Instant> times = e.events().map(EscalationEvent::at).prepend(e.raisedAt());
      return times.zip(times.tail()).forAll(t -> !t._2.isBefore(t._1));
    });
  }

  @Test
  void ESC_04_escalations_on_a_path_only_reach_its_levels_and_named_owners() {
    qt().forAll(EscalationGenerators.escalationPaths()
            .flatMap(p -> EscalationGenerators.escalationsOn(p).map(e -> Tuple.of(p, e))))
        .check(pe -> pe._2.path().contains(pe._1.id()) && pe._2.events().forAll(event -> event.fold(
            r -> r.level().forAll(l -> pe._1.level(l).exists(level -> level.owner().fold(
                named -> named.person().equals(r.person()), role -> true, team -> true))),
            a -> true, r -> true)));
  }

  @Test
  void ESC_05_escalation_generators_hit_the_boundaries() {
    AtomicInteger acknowledgedExactlyWhenDue = new AtomicInteger();
    AtomicInteger movedUpExactlyWhenDue = new AtomicInteger();
    AtomicInteger offPath = new AtomicInteger();
    AtomicInteger withoutPath = new AtomicInteger();
    qt().withExamples(2000).forAll(EscalationGenerators.escalationPaths()
            .flatMap(p -> EscalationGenerators.escalations().mix(EscalationGenerators.escalationsOn(p))
                .map(e -> Tuple.of(p, e))))
        .check(pe -> {
          Escalation e = pe._2;
          Instant due = e.raisedAt().plus(pe._1.levels().head().timeToAcknowledge());
          boolean onThisPath = e.path().contains(pe._1.id()) && e.events().exists(ev -> ev.fold(
              r -> r.level().contains(1) && r.at().equals(e.raisedAt()), a -> false, r -> false));
          count(acknowledgedExactlyWhenDue, onThisPath && e.events().exists(
              ev -> ev instanceof EscalationEvent.Acknowledged && ev.at().equals(due)));
          count(movedUpExactlyWhenDue, onThisPath && e.events().exists(
              ev -> ev.fold(r -> r.level().contains(2) && r.at().equals(due), a -> false, r -> false)));
          count(offPath, e.path().isDefined() && e.events().exists(
              ev -> ev.fold(r -> r.level().isEmpty(), a -> false, r -> false)));
          count(withoutPath, e.path().isEmpty());
          return true;
        });
    assertThat(List.of(acknowledgedExactlyWhenDue, movedUpExactlyWhenDue, offPath, withoutPath)
        .map(AtomicInteger::get)).allMatch(n -> n > 0);
  }

  @Test
  void ESC_06_risk_generators_hit_the_boundaries() {
    AtomicInteger lowest = new AtomicInteger();
    AtomicInteger highest = new AtomicInteger();
    AtomicInteger noCustomers = new AtomicInteger();
    AtomicInteger deadlineAtReference = new AtomicInteger();
    AtomicInteger allOwnerKinds = new AtomicInteger();
    qt().withExamples(1000).forAll(EscalationGenerators.risks(), EscalationGenerators.escalationPaths())
        .check((r, p) -> {
          count(lowest, r.impact().level() == 1 || r.likelihood().level() == 1);
          count(highest, r.impact().level() == 5 || r.likelihood().level() == 5);
          count(noCustomers, r.customersAffected() == 0);
          count(deadlineAtReference, r.deadline().contains(MoneyGenerators.REFERENCE));
          Seq<Holder> owners = p.levels().map(l -> l.owner());
          count(allOwnerKinds, owners.exists(Holder::isNamedPerson)
              && owners.exists(h -> h instanceof Holder.ByRole) && owners.exists(h -> h instanceof Holder.Team));
          return r.customersAffected() >= 0 && p.levels().size() >= 1 && p.levels().size() <= 4;
        });
    assertThat(List.of(lowest, highest, noCustomers, deadlineAtReference, allOwnerKinds)
        .map(AtomicInteger::get)).allMatch(n -> n > 0);
  }

  @Test
  void ESC_07_risk_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(EscalationGenerators.riskDrafts(),
            at("id", d -> RiskDraft.builder().from(d).id(" ").build()),
            at("partner", d -> RiskDraft.builder().from(d).partner(null).build()),
            at("kind", d -> RiskDraft.builder().from(d).kind("").build()),
            at("raisedAt", d -> RiskDraft.builder().from(d).raisedAt(null).build()),
            at("raisedBy", d -> RiskDraft.builder().from(d).raisedBy(" ").build()),
            at("description", d -> RiskDraft.builder().from(d).description(null).build()),
            at("impact", d -> RiskDraft.builder().from(d).impact(0).build()),
            at("likelihood", d -> RiskDraft.builder().from(d).likelihood(6).build()),
            at("customersAffected", d -> RiskDraft.builder().from(d).customersAffected(-1).build()),
            at("revenueAtRisk", d -> RiskDraft.builder().from(d).revenueAtRisk(new BigDecimal("-0.01"))
                .revenueCurrency("EUR").build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void ESC_08_path_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(EscalationGenerators.escalationPathDrafts(),
            at("id", d -> EscalationPathDraft.builder().from(d).id(null).build()),
            at("category", d -> EscalationPathDraft.builder().from(d).category("legal").build()),
            at("minimumSeverity", d -> EscalationPathDraft.builder().from(d).minimumSeverity("urgent").build()),
            at("levels[0].name", firstLevel(l -> EscalationLevelDraft.builder().from(l).name(" ").build())),
            at("levels[0].owner", firstLevel(l -> EscalationLevelDraft.builder().from(l)
                .person("person-1").role("VP field sales").build())),
            at("levels[0].timeToAcknowledge", firstLevel(l -> EscalationLevelDraft.builder().from(l)
                .timeToAcknowledge(Duration.ZERO).build()))))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void ESC_09_escalation_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(EscalationGenerators.escalationDrafts(),
            at("id", d -> EscalationDraft.builder().from(d).id("").build()),
            at("risk", d -> EscalationDraft.builder().from(d).risk(null).build()),
            at("events[0].type", firstEvent(e -> EscalationEventDraft.builder().from(e).type("called").build())),
            at("events[0].person", firstEvent(e -> EscalationEventDraft.builder().from(e).person(" ").build())),
            at("events[0].at", firstEvent(e -> EscalationEventDraft.builder().from(e).at(null).build())),
            at("raisedAt", d -> EscalationDraft.builder().from(d).raisedAt(null).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void ESC_10_an_event_planted_before_the_time_raised_is_reported_once_at_its_time() {
    qt().forAll(EscalationGenerators.escalationDrafts().assuming(d -> !d.events().isEmpty()),
            integers().between(0, 1000))
        .checkAssert((d, n) -> {
          int i = n % d.events().size();
          EscalationDraft bad = EscalationDraft.builder().from(d).events(d.events().update(i,
              e -> EscalationEventDraft.builder().from(e).at(d.raisedAt().minusNanos(1)).build())).build();
          assertThat(Plant.reportedPaths(bad.validate())).containsExactly("events[" + i + "].at");
        });
  }

  @Test
  void ESC_11_equal_values_have_equal_hash_codes_and_builders_copy_faithfully() {
    qt().forAll(EscalationGenerators.risks(), EscalationGenerators.risks())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
    qt().forAll(EscalationGenerators.escalations())
        .check(e -> Escalation.builder().from(e).build().equals(e)
            && Escalation.builder().from(e).build().hashCode() == e.hashCode());
    qt().forAll(EscalationGenerators.escalationPaths())
        .check(p -> EscalationPath.builder().from(p).build().equals(p)
            && EscalationPath.builder().from(p).build().hashCode() == p.hashCode());
    qt().forAll(EscalationGenerators.consequences(), EscalationGenerators.consequences())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
  }

  @Test
  void ESC_12_risk_kind_normalization_is_idempotent() {
    qt().forAll(EscalationGenerators.riskKinds()).check(k -> RiskKind.of(k.code()).equals(k)
        && RiskKind.of(" " + k.code().toLowerCase(Locale.ROOT).replace('_', ' ') + " ").equals(k)
        && k.isBuiltIn() == RiskKind.builtIn().contains(RiskKind.of(k.code())));
  }

  @Test
  void DIA_01_findings_keep_their_code_under_their_failure_mode() {
    for (FailureMode mode : FailureMode.values()) {
      qt().forAll(EscalationGenerators.findings(mode)).check(f -> f.failureMode() == mode
          && (f.code().equals(mode.code()) || f.code().startsWith(mode.code() + "."))
          && !f.subjects().isEmpty() && !f.explanation().isBlank() && !f.remediation().isBlank());
    }
  }

  @Test
  void DIA_02_generated_findings_rebuild_to_equal_values() {
    qt().forAll(EscalationGenerators.findings())
        .check(f -> Finding.builder().from(f).build().equals(f)
            && Finding.builder().from(f).build().hashCode() == f.hashCode());
  }

  private static void count(AtomicInteger counter, boolean hit) {
    if (hit) {
      counter.incrementAndGet();
    }
  }

  /** Applies {@code change} to the first level, adding a valid one first when there is none. */
  private static UnaryOperator<EscalationPathDraft> firstLevel(UnaryOperator<EscalationLevelDraft> change) {
    return d -> {
      Seq<EscalationLevelDraft> levels = d.levels().isEmpty()
          ? List.of(EscalationLevelDraft.builder().name("Partner manager").person("person-1")
              .timeToAcknowledge(Duration.ofHours(4)).build())
          : d.levels();
      return EscalationPathDraft.builder().from(d).levels(levels.update(0, change)).build();
    };
  }

  /** Applies {@code change} to the first event, adding a valid one first when there is none. */
  private static UnaryOperator<EscalationDraft> firstEvent(UnaryOperator<EscalationEventDraft> change) {
    return d -> {
      Seq<EscalationEventDraft> events = d.events().isEmpty()
          ? List.of(EscalationEventDraft.builder().type("acknowledged").person("person-1")
              .at(d.raisedAt() == null ? MoneyGenerators.REFERENCE : d.raisedAt()).build())
          : d.events();
      return EscalationDraft.builder().from(d).events(events.update(0, change)).build();
    };
  }
}
