package org.partnergov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PersonId;

/**
 * Escalation by relationship, failure mode {@code FM-5}: risk that reaches leadership because
 * someone knew whom to call, not through a defined path. For each escalation of a snapshot, at
 * most one finding per code:
 * <ul>
 *   <li>{@code FM-5.1} (high): it reached someone off its path (a reached event without a level,
 *       or at a level the person does not own), or someone who owns no level of its path
 *       acknowledged or resolved it;</li>
 *   <li>{@code FM-5.2} (medium): it reached a level before every level below it had been reached;</li>
 *   <li>{@code FM-5.3} (high): it follows no defined path at all.</li>
 * </ul>
 * A person owns a level when the level names them, when they hold its role or belong to its team,
 * or when they are the level's {@linkplain EscalationPolicy#resolve fallback owner}. Each finding
 * names the escalation, its risk, the risk's partner and the path as subjects, cites the events
 * that show it as evidence, and says what to do.
 */
public final class EscalationByRelationship {

  private EscalationByRelationship() {}

  /**
   * {@return every FM-5 finding of the snapshot under the default policy}
   *
   * @param snapshot the ecosystem, with its escalations, risks, paths and people
   */
  public static Seq<Finding> detect(EcosystemSnapshot snapshot) {
    return detect(snapshot, EscalationPolicy.defaults());
  }

  /**
   * Every FM-5 finding of the snapshot, ordered by escalation id, then code.
   *
   * @param snapshot the ecosystem
   * @param policy the policy whose fallback decides who owns a level without a named owner
   * @return the findings; empty when every escalation followed its path
   */
  public static Seq<Finding> detect(EcosystemSnapshot snapshot, EscalationPolicy policy) {
    requireNonNull(snapshot, "snapshot");
    requireNonNull(policy, "policy");
    return detect(snapshot, policy, snapshot.parts().escalations());
  }

  /**
   * {@return the FM-5 findings of the given escalations of the snapshot, ordered by escalation id, then code}
   *
   * @param snapshot the ecosystem the escalations belong to
   * @param policy the policy whose fallback decides who owns a level without a named owner
   * @param escalations the escalations to check, any subset of the snapshot's
   */
  public static Seq<Finding> detect(EcosystemSnapshot snapshot, EscalationPolicy policy, Seq<Escalation> escalations) {
    requireNonNull(snapshot, "snapshot");
    requireNonNull(policy, "policy");
    EscalationPolicy.Resolver resolver = policy.resolver(snapshot);
    return escalations.sortBy(e -> e.id().value()).flatMap(e -> detect(snapshot, resolver, e));
  }

  /**
   * {@return the FM-5 findings of one escalation of the snapshot, in code order}
   *
   * @param snapshot the ecosystem the escalation belongs to
   * @param policy the policy whose fallback decides who owns a level without a named owner
   * @param escalation the escalation to check
   */
  public static Seq<Finding> detect(EcosystemSnapshot snapshot, EscalationPolicy policy, Escalation escalation) {
    return detect(snapshot, policy.resolver(snapshot), escalation);
  }

  private static Seq<Finding> detect(EcosystemSnapshot snapshot, EscalationPolicy.Resolver resolver,
      Escalation escalation) {
    Option<Risk> risk = snapshot.risk(escalation.risk());
    Names names = new Names(snapshot);
    String subject = "Escalation " + escalation.id() + " of risk " + escalation.risk()
        + risk.map(r -> " (partner " + names.partner(r) + ")").getOrElse("");
    Seq<String> subjects = List.of(escalation.id().value(), escalation.risk().value())
        .appendAll(risk.map(r -> r.partner().value()));
    Option<EscalationPath> path = escalation.path().flatMap(snapshot::escalationPath);
    if (path.isEmpty()) {
      Seq<String> reached = escalation.events().filter(e -> e instanceof EscalationEvent.Reached)
          .map(e -> names.person(e.person())).distinct();
      return List.of(finding(EscalationCode.NO_PATH, Severity.HIGH, subjects, escalation.events().map(names::event),
          subject + " follows no defined escalation path" + (reached.isEmpty() ? ""
              : "; it reached " + reached.mkString(", ") + " because someone knew whom to call") + ".",
          "Define an escalation path for the risk's consequence, with a named owner at each level, and route this"
              + " escalation through it."));
    }
    ResolvedPath resolved = risk.map(r -> resolver.resolve(r, path.get()))
        .getOrElse(() -> resolver.policy().resolve(path.get(), snapshot.parts().persons(), Option.none()));
    subjects = subjects.append(path.get().id().value());
    List<EscalationEvent> offPath = List.empty();
    List<String> skipped = List.empty();
    Set<Integer> reached = HashSet.empty();
    for (EscalationEvent event : escalation.events()) {
      if (event instanceof EscalationEvent.Reached r) {
        if (r.level().isEmpty() || r.level().get() > resolved.depth() || !owns(snapshot, resolved, r.person(), r.level().get())) {
          offPath = offPath.append(event);
        }
        for (Integer level : r.level().filter(l -> l <= resolved.depth())) {
          Set<Integer> before = reached;
          Seq<Integer> missing = List.range(1, level).filter(l -> !before.contains(l));
          if (!missing.isEmpty()) {
            skipped = skipped.append(names.event(event) + " before level" + (missing.size() == 1 ? " " : "s ")
                + missing.mkString(", "));
          }
          reached = reached.add(level);
        }
      } else if (List.range(1, resolved.depth() + 1).forAll(l -> !owns(snapshot, resolved, event.person(), l))) {
        offPath = offPath.append(event);
      }
    }
    List<Finding> findings = List.empty();
    if (!offPath.isEmpty()) {
      findings = findings.append(finding(EscalationCode.REACHED_OFF_PATH, Severity.HIGH, subjects, offPath.map(names::event),
          subject + " went around path " + path.get().id() + ": " + offPath.map(names::event).mkString("; ")
              + ", though " + offPath.map(e -> names.person(e.person())).distinct().mkString(", ")
              + (offPath.map(EscalationEvent::person).distinct().size() == 1 ? " owns" : " own")
              + " no such level of the path.",
          "Route the escalation through the owners of path " + path.get().id() + " level by level; if "
              + "someone off the path should own it, put them on the path."));
    }
    if (!skipped.isEmpty()) {
      findings = findings.append(finding(EscalationCode.SKIPPED_LEVEL, Severity.MEDIUM, subjects, skipped,
          subject + " skipped levels of path " + path.get().id() + ": " + skipped.mkString("; ") + " had been reached.",
          "Let each level acknowledge or time out before the next is reached; if a level is never needed, remove it"
              + " from the path."));
    }
    return findings;
  }

  /** Whether the person owns the level: named by it, holding its role, in its team, or its fallback owner. */
  private static boolean owns(EcosystemSnapshot snapshot, ResolvedPath path, PersonId person, int level) {
    return path.owner(level).owningPerson().contains(person)
        || snapshot.person(person).exists(p -> path.level(level).owner().includes(p));
  }

  private static Finding finding(EscalationCode code, Severity severity, Seq<String> subjects, Seq<String> evidence,
      String explanation, String remediation) {
    return Finding.builder().code(code.code()).failureMode(FailureMode.ESCALATION_BY_RELATIONSHIP)
        .subjects(subjects).severity(severity).evidence(evidence).explanation(explanation)
        .remediation(remediation).build();
  }

  /** The names the snapshot gives people and partners, for sentences. */
  private record Names(EcosystemSnapshot snapshot) {

    String person(PersonId id) {
      return snapshot.person(id).map(p -> p.name() + " (" + id + ")").getOrElse(id::value);
    }

    String partner(Risk risk) {
      return snapshot.partner(risk.partner()).map(Partner::name).getOrElse(risk.partner()::value);
    }

    String event(EscalationEvent event) {
      return event.fold(
          r -> "reached " + person(r.person()) + r.level().map(l -> " at level " + l).getOrElse(" off the path")
              + " at " + r.at(),
          a -> "acknowledged by " + person(a.person()) + " at " + a.at(),
          r -> "resolved by " + person(r.person()) + " at " + r.at());
    }
  }
}
