package org.partnergov.model.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Role;
import org.partnergov.model.problem.Problem;

class EscalationPathTest {

  private final EscalationPathDraft valid = EscalationPathDraft.builder().id("path-customer")
      .category("customer").minimumSeverity("High")
      .levels(List.of(
          EscalationLevelDraft.builder().name("Partner manager").person("u-1")
              .timeToAcknowledge(Duration.ofHours(4)).build(),
          EscalationLevelDraft.builder().name("VP field sales").role("VP field sales")
              .timeToAcknowledge(Duration.ofDays(1)).build(),
          EscalationLevelDraft.builder().name("Leadership team").team("exec")
              .timeToAcknowledge(Duration.ofSeconds(1)).build()))
      .build();

  @Test
  void parses_a_valid_draft_with_owners_of_all_three_kinds() {
    EscalationPath path = valid.validate().get();

    assertThat(path.category()).isEqualTo(ConsequenceCategory.CUSTOMER);
    assertThat(path.minimumSeverity()).isEqualTo(Severity.HIGH);
    assertThat(path.levels().map(EscalationLevel::owner)).containsExactly(
        Holder.person(PersonId.of("u-1")), Holder.role(Role.of("VP field sales")),
        Holder.team(OrgUnitId.of("exec")));
    assertThat(path.level(1).map(EscalationLevel::name)).isEqualTo(Option.some("Partner manager"));
    assertThat(path.level(0)).isEmpty();
    assertThat(path.level(4)).isEmpty();
  }

  @Test
  void handles_consequences_of_its_category_from_its_minimum_severity() {
    EscalationPath path = valid.validate().get();
    Magnitude none = Magnitude.none();

    assertThat(path.handles(new Consequence(ConsequenceCategory.CUSTOMER, Severity.HIGH, none, "x"))).isTrue();
    assertThat(path.handles(new Consequence(ConsequenceCategory.CUSTOMER, Severity.CRITICAL, none, "x"))).isTrue();
    assertThat(path.handles(new Consequence(ConsequenceCategory.CUSTOMER, Severity.MEDIUM, none, "x"))).isFalse();
    assertThat(path.handles(new Consequence(ConsequenceCategory.REVENUE, Severity.HIGH, none, "x"))).isFalse();
  }

  @Test
  void reports_every_problem_at_once_with_code_and_path() {
    EscalationPathDraft bad = EscalationPathDraft.builder().from(valid).category("legal").minimumSeverity(null)
        .levels(List.of(
            EscalationLevelDraft.builder().name(" ").person("u-1").role("VP field sales")
                .timeToAcknowledge(Duration.ZERO).build(),
            EscalationLevelDraft.builder().name("Nobody").timeToAcknowledge(Duration.ofHours(-1)).build(),
            EscalationLevelDraft.builder().name("Later").team("exec").build()))
        .build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-07 category: 'legal' is not one of [customer, revenue, operational, compliance]",
        "VAL-01 minimumSeverity: is required and must not be blank",
        "VAL-01 levels[0].name: is required and must not be blank",
        "VAL-12 levels[0].owner: give exactly one of person, role and team, was 2",
        "VAL-02 levels[0].timeToAcknowledge: must be longer than zero, was PT0S",
        "VAL-12 levels[1].owner: give exactly one of person, role and team, was 0",
        "VAL-02 levels[1].timeToAcknowledge: must be longer than zero, was PT-1H",
        "VAL-01 levels[2].timeToAcknowledge: is required");
  }

  @Test
  void a_path_without_levels_is_reported_and_refused() {
    EscalationPathDraft empty = EscalationPathDraft.builder().from(valid).levels(List.empty()).build();

    assertThat(empty.validate().getError().map(Problem::toString))
        .containsExactly("VAL-11 levels: a path has at least one level");
    assertThatThrownBy(() -> EscalationPath.builder().id(EscalationPathId.of("p"))
        .category(ConsequenceCategory.REVENUE).minimumSeverity(Severity.LOW).levels(List.empty()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one level");
  }

  @Test
  void a_level_refuses_a_time_to_acknowledge_that_is_not_positive() {
    Holder owner = Holder.person(PersonId.of("u"));

    assertThatThrownBy(() -> new EscalationLevel("L1", owner, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeToAcknowledge");
    assertThat(new EscalationLevel(" L1 ", owner, Duration.ofNanos(1)).name()).isEqualTo("L1");
  }
}
