package org.partnergov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.escalation.EscalationFixture.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskId;
import org.partnergov.model.time.Period;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.Magnitude;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.party.Partner;

class EscalationPolicyTest {

  private final EscalationPolicy policy = EscalationPolicy.defaults();

  static Consequence consequence(ConsequenceCategory category, Severity severity) {
    return new Consequence(category, severity, Magnitude.none(), "A test consequence.");
  }

  @Test
  void the_most_specific_path_handling_the_consequence_is_selected() {
    EscalationPath critical = path("p-compliance-critical", ConsequenceCategory.COMPLIANCE, Severity.HIGH,
        level("Chief revenue officer", Holder.person(CHRIS), Duration.ofHours(1)));
    EscalationPath customer = path("p-customer", ConsequenceCategory.CUSTOMER, Severity.LOW,
        level("Partner manager", Holder.person(DANA), Duration.ofHours(1)));
    Seq<EscalationPath> paths = List.of(COMPLIANCE, critical, customer);
    assertThat(policy.select(paths, consequence(ConsequenceCategory.COMPLIANCE, Severity.CRITICAL)).get()).isEqualTo(critical);
    assertThat(policy.select(paths, consequence(ConsequenceCategory.COMPLIANCE, Severity.MEDIUM)).get()).isEqualTo(COMPLIANCE);
    assertThat(policy.select(paths, consequence(ConsequenceCategory.CUSTOMER, Severity.LOW)).get()).isEqualTo(customer);
  }

  @Test
  void a_consequence_without_a_path_is_ESC_05() {
    EscalationProblem problem = policy.select(List.of(COMPLIANCE), consequence(ConsequenceCategory.COMPLIANCE, Severity.LOW))
        .getLeft();
    assertThat(problem.code().code()).isEqualTo("ESC-05");
    assertThat(problem.subjects()).containsExactly("COMPLIANCE", "LOW");
    assertThat(problem.explanation()).isEqualTo("No escalation path takes a low compliance consequence, so it would"
        + " reach leadership only through whoever someone knows: define a compliance path with a minimum severity of"
        + " low or lower.");
  }

  @Test
  void owners_resolve_to_a_named_person_through_the_people() {
    ResolvedPath resolved = policy.resolve(COMPLIANCE, PEOPLE, Option.none());
    assertThat(resolved.owners()).containsExactly(new LevelOwner.Named(DANA, "Dana Lee"),
        new LevelOwner.Named(VIC, "Vic Moreau"), new LevelOwner.Named(CHRIS, "Chris Roe"));
    assertThat(resolved.explanation()).isEqualTo("Path p-compliance takes medium and more serious compliance"
        + " consequences: level 1 Partner manager, Dana Lee, 4 hours to acknowledge; level 2 VP field sales, Vic Moreau,"
        + " 1 day to acknowledge; level 3 Chief revenue officer, Chris Roe, 2 days to acknowledge.");
  }

  @Test
  void a_level_without_a_named_owner_falls_back_to_the_program_owner_then_the_host_fallback_then_nobody() {
    EscalationPath legal = path("p-legal", ConsequenceCategory.COMPLIANCE, Severity.HIGH,
        level("Legal", Holder.team(LEGAL), Duration.ofHours(8)));
    assertThat(policy.resolve(legal, PEOPLE, Option.some(PAT)).owner(1)).isEqualTo(new LevelOwner.Fallback(PAT,
        "Pat Quinn", "team legal has 2 members, so the owner of the risk's program owns it"));
    assertThat(policy.withFallback(CHRIS).resolve(legal, PEOPLE, Option.none()).owner(1).describe())
        .isEqualTo("Chris Roe (fallback: team legal has 2 members, so the host's fallback person owns it)");
    LevelOwner nobody = policy.resolve(legal, PEOPLE, Option.none()).owner(1);
    assertThat(nobody.owningPerson()).isEmpty();
    assertThat(nobody.describe()).isEqualTo("nobody (team legal has 2 members and no fallback is defined)");
  }

  @Test
  void a_level_without_a_named_owner_is_owned_through_the_decision_rights_before_any_fallback() {
    EscalationPath legal = path("p-legal", ConsequenceCategory.COMPLIANCE, Severity.HIGH,
        level("Legal", Holder.team(LEGAL), Duration.ofHours(8)));
    EcosystemSnapshot base = snapshot(List.of(legal), List.empty());
    EcosystemSnapshot withRights = EcosystemParts.builder().from(base.parts())
        .matrix(DecisionRightsMatrix.of(List.of(DecisionRight.builder().id(new DecisionRightId("r-escalations"))
            .decisionType(DecisionType.ESCALATION_RESOLUTION).holder(Holder.person(CHRIS)).role(RapidRole.DECIDE)
            .scope(Scope.any(Period.from(T0.minus(Duration.ofDays(30))))).build()), List.empty()))
        .build().validate().get();
    Risk risk = base.risk(RiskId.of("r-1")).get();
    assertThat(policy.resolve(withRights, risk, legal).owner(1)).isEqualTo(new LevelOwner.Fallback(CHRIS, "Chris Roe",
        "team legal has 2 members, so the person the decision rights give Decide over escalation resolution owns it"));
    assertThat(policy.resolve(base, risk, legal).owner(1).owningPerson()).contains(PAT);
  }

  @Test
  void a_sound_path_has_no_problems() {
    assertThat(policy.validate(COMPLIANCE, PEOPLE, List.of(ACME_SYSTEMS))).isEmpty();
  }

  @Test
  void ESC_01_a_path_that_goes_back_to_an_earlier_owner_loops() {
    EscalationPath loop = path("p-loop", ConsequenceCategory.REVENUE, Severity.LOW,
        level("Partner manager", Holder.person(DANA), Duration.ofHours(4)),
        level("VP field sales", Holder.person(VIC), Duration.ofHours(4)),
        level("Partner manager again", Holder.role(org.partnergov.model.party.Role.of("partner manager")), Duration.ofHours(4)),
        level("Chief revenue officer", Holder.person(CHRIS), Duration.ofHours(4)));
    Seq<EscalationProblem> problems = policy.validate(loop, PEOPLE, List.empty());
    assertThat(problems.map(p -> p.code().code())).containsExactly("ESC-01");
    assertThat(problems.head().subjects()).containsExactly("p-loop", "dana");
    assertThat(problems.head().explanation()).isEqualTo("Path p-loop goes back to Dana Lee at levels 1, 3 after someone"
        + " else, so the escalation loops back instead of moving up: give each level its own owner.");
    EscalationPath twice = path("p-twice", ConsequenceCategory.REVENUE, Severity.LOW,
        level("Partner manager", Holder.person(DANA), Duration.ofHours(4)),
        level("Partner manager, second day", Holder.person(DANA), Duration.ofHours(4)),
        level("Chief revenue officer", Holder.person(CHRIS), Duration.ofHours(4)));
    assertThat(policy.validate(twice, PEOPLE, List.empty())).isEmpty();
  }

  @Test
  void ESC_02_a_path_deeper_than_the_maximum() {
    assertThat(policy.maxDepth()).isEqualTo(6);
    EscalationProblem problem = policy.withMaxDepth(2).validate(COMPLIANCE, PEOPLE, List.empty()).single();
    assertThat(problem.code().code()).isEqualTo("ESC-02");
    assertThat(problem.explanation()).isEqualTo("Path p-compliance has 3 levels, more than the maximum of 2, so a risk"
        + " could wait too long before reaching leadership: shorten it.");
  }

  @Test
  void ESC_03_a_level_without_a_named_owner() {
    EscalationPath unowned = path("p-unowned", ConsequenceCategory.OPERATIONAL, Severity.LOW,
        level("Legal", Holder.team(LEGAL), Duration.ofHours(8)),
        level("Alliance director", Holder.role(ALLIANCE_DIRECTOR), Duration.ofHours(8)),
        level("Ghost", Holder.person(org.partnergov.model.party.PersonId.of("ghost")), Duration.ofHours(8)),
        level("Chief revenue officer", Holder.person(CHRIS), Duration.ofHours(8)));
    Seq<EscalationProblem> problems = policy.validate(unowned, PEOPLE, List.empty());
    assertThat(problems.map(p -> p.code().code())).containsExactly("ESC-03", "ESC-03", "ESC-03");
    assertThat(problems.map(EscalationProblem::subjects)).containsExactly(List.of("p-unowned", "1"),
        List.of("p-unowned", "2"), List.of("p-unowned", "3"));
    assertThat(problems.map(EscalationProblem::explanation)).containsExactly(
        "Level 1 (Legal) of path p-unowned has no named owner: team legal has 2 members; until then the risk's program"
            + " owner owns it, and nobody for a risk outside a program. Name one person for the level.",
        "Level 2 (Alliance director) of path p-unowned has no named owner: the role alliance director is held by"
            + " nobody; until then the risk's program owner owns it, and nobody for a risk outside a program. Name one"
            + " person for the level.",
        "Level 3 (Ghost) of path p-unowned has no named owner: ghost is not a person known to the ecosystem; until"
            + " then the risk's program owner owns it, and nobody for a risk outside a program. Name one person for the"
            + " level.");
  }

  @Test
  void ESC_04_the_relationship_owner_owning_the_last_level_is_the_only_route_to_leadership() {
    EscalationPath onlyDana = path("p-dana", ConsequenceCategory.CUSTOMER, Severity.LOW,
        level("Account executive", Holder.person(SAM), Duration.ofHours(4)),
        level("Partner manager", Holder.person(DANA), Duration.ofHours(4)));
    Partner other = Partner.builder().from(ACME_SYSTEMS).id(org.partnergov.model.party.PartnerId.of("beta"))
        .name("Beta").relationshipOwner(VIC).build();
    EscalationProblem problem = policy.validate(onlyDana, PEOPLE, List.of(ACME_SYSTEMS, other)).single();
    assertThat(problem.code().code()).isEqualTo("ESC-04");
    assertThat(problem.subjects()).containsExactly("p-dana", "acme");
    assertThat(problem.explanation()).isEqualTo("Dana Lee, the relationship owner of Acme Systems, owns every level"
        + " above the first of path p-dana, so a risk of that partner reaches leadership only through the"
        + " relationship: give the last level to someone else.");
    EscalationPath danaLast = path("p-dana-last", ConsequenceCategory.CUSTOMER, Severity.LOW,
        level("Account executive", Holder.person(SAM), Duration.ofHours(4)),
        level("VP", Holder.person(VIC), Duration.ofHours(4)),
        level("Partner manager", Holder.person(DANA), Duration.ofHours(4)));
    assertThat(policy.validate(danaLast, PEOPLE, List.of(ACME_SYSTEMS)).single().explanation())
        .startsWith("Dana Lee, the relationship owner of Acme Systems, owns the last level of path p-dana-last");
    assertThat(policy.validate(COMPLIANCE, PEOPLE, List.of(ACME_SYSTEMS))).isEmpty();
  }

  @Test
  void the_snapshot_is_validated_path_by_path_and_routes_a_risk_with_its_program_owner_as_fallback() {
    EscalationPath legal = path("p-legal", ConsequenceCategory.COMPLIANCE, Severity.HIGH,
        level("Legal", Holder.team(LEGAL), Duration.ofHours(8)),
        level("Chief revenue officer", Holder.person(CHRIS), Duration.ofHours(8)));
    var snapshot = snapshot(List.of(COMPLIANCE, legal), List.empty());
    assertThat(policy.validate(snapshot).map(EscalationProblem::toString)).containsExactly("ESC-03 [p-legal, 1]: Level"
        + " 1 (Legal) of path p-legal has no named owner: team legal has 2 members; until then the risk's program owner"
        + " owns it, and nobody for a risk outside a program. Name one person for the level.");
    ResolvedPath routed = policy.route(snapshot, risk("r-1", Option.some(PILOT)),
        consequence(ConsequenceCategory.COMPLIANCE, Severity.HIGH)).get();
    assertThat(routed.path()).isEqualTo(legal);
    assertThat(routed.owner(1).owningPerson()).contains(PAT);
  }
}
