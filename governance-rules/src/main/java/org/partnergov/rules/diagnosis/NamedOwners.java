package org.partnergov.rules.diagnosis;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Severity;
import org.partnergov.rules.decision.MatrixAnalysis;
import org.partnergov.rules.decision.MatrixCode;
import org.partnergov.rules.decision.MatrixProblem;

/**
 * {@code FM-2} no named owner across boundaries, from the matrix analysis: a decision type and
 * scope with rights in force but no decider ({@code MTX-01}), several deciders ({@code MTX-02}),
 * amounts no one may decide ({@code MTX-03}), or a cross-boundary decision decided by a role or a
 * team instead of a named person ({@code MTX-05}).
 */
final class NamedOwners implements GovernanceRule {

  @Override
  public String code() {
    return FailureMode.NO_NAMED_OWNER_ACROSS_BOUNDARIES.code();
  }

  @Override
  public String description() {
    return "decisions that touch several org units or the partner with no single named decider";
  }

  @Override
  public Seq<Finding> check(EcosystemSnapshot snapshot, Instant asOf) {
    return MatrixAnalysis.analyse(snapshot.parts().matrix(), snapshot.parts().persons(), asOf)
        .filter(p -> remediation(p.code()) != null)
        .map(this::finding);
  }

  private Finding finding(MatrixProblem problem) {
    return Finding.builder().code(code()).failureMode(FailureMode.NO_NAMED_OWNER_ACROSS_BOUNDARIES)
        .subjects(problem.involved().prepend(problem.decisionType().toString()))
        .severity(problem.code() == MatrixCode.UNNAMED_CROSS_BOUNDARY_DECIDER ? Severity.MEDIUM : Severity.HIGH)
        .evidence(problem.involved().prepend(problem.code().code()))
        .explanation(problem.explanation())
        .remediation(remediation(problem.code()))
        .build();
  }

  private static @org.jspecify.annotations.Nullable String remediation(MatrixCode code) {
    return switch (code) {
      case NO_DECIDER -> "Give one named person the Decide right for this scope, and keep the others as Agree, Recommend or Input.";
      case SEVERAL_DECIDERS -> "Keep one Decide right for this scope and turn the others into Agree or Recommend.";
      case AMOUNT_BAND_GAP -> "Extend the Decide bands so that every amount has exactly one decider.";
      case UNNAMED_CROSS_BOUNDARY_DECIDER -> "Name one person, not a team or a role, as the decider of this cross-boundary decision.";
      default -> null;
    };
  }
}
