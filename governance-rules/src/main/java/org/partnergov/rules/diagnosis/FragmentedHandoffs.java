package org.partnergov.rules.diagnosis;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.rules.evidence.CriterionStatus;
import org.partnergov.rules.evidence.LaunchReadiness;
import org.partnergov.rules.evidence.Readiness;
import org.partnergov.rules.evidence.RulePack;

/**
 * {@code FM-4} fragmented handoffs: for each evidence program of the ecosystem, every partner with
 * readiness activity but no qualifying evidence ({@link Readiness.AtRisk}). The partners assessed
 * are those enrolled in the evidence program's partner program, or every partner when it names
 * none. Severity grows as the deadline nears: critical once it has passed, high within 14 days,
 * medium before.
 */
final class FragmentedHandoffs implements GovernanceRule {

  /** How many days before the deadline a fragmented handoff becomes high severity. */
  static final long URGENT_DAYS = 14;

  private final RulePack pack;

  FragmentedHandoffs(RulePack pack) {
    this.pack = pack;
  }

  @Override
  public String code() {
    return FailureMode.FRAGMENTED_HANDOFFS.code();
  }

  @Override
  public String description() {
    return "readiness activity that never became launch-ready evidence";
  }

  @Override
  public Seq<Finding> check(EcosystemSnapshot snapshot, Instant asOf) {
    return snapshot.parts().evidencePrograms().flatMap(program -> {
      Seq<PartnerId> partners = program.program().flatMap(snapshot::program)
          .map(p -> p.enrollments().map(e -> e.partner()))
          .getOrElse(() -> snapshot.parts().partners().map(Partner::id));
      return LaunchReadiness.assessInOrder(program, pack, asOf, partners, snapshot.parts().activities())
          .flatMap(r -> r instanceof Readiness.AtRisk risk ? List.of(finding(snapshot, program, risk, asOf)) : List.empty());
    });
  }

  private Finding finding(EcosystemSnapshot snapshot, EvidenceProgram program, Readiness.AtRisk risk, Instant asOf) {
    boolean passed = !asOf.isBefore(program.launchDeadline());
    Severity severity = passed ? Severity.CRITICAL : risk.daysRemaining() <= URGENT_DAYS ? Severity.HIGH : Severity.MEDIUM;
    String partner = snapshot.partner(risk.partner()).map(Partner::name).getOrElse(risk.partner()::toString);
    String team = snapshot.orgUnit(program.deliveryTeam()).map(OrgUnit::name).getOrElse(program.deliveryTeam()::toString);
    Seq<String> missing = risk.gaps().map(g -> g.criterion().capability());
    return Finding.builder().code(code()).failureMode(FailureMode.FRAGMENTED_HANDOFFS)
        .subjects(List.of(risk.partner().toString(), program.id().toString()))
        .severity(severity)
        .evidence(risk.criteria().flatMap(CriterionStatus::qualifying).map(Object::toString))
        .explanation(partner + " has " + risk.readinessActivity() + " readiness "
            + (risk.readinessActivity() == 1 ? "activity" : "activities") + " for " + program.name()
            + " but no launch-ready evidence for " + missing.mkString(", ")
            + (passed ? "; the launch deadline has passed." : ", " + risk.daysRemaining() + " days before the launch deadline."))
        .remediation("Have " + team + " turn the readiness activity into qualifying evidence for "
            + missing.mkString(", ") + ", and hand it to " + program.audience().mkString(", ") + " before the deadline.")
        .build();
  }
}
