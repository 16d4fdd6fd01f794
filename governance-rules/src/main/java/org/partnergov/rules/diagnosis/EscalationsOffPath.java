package org.partnergov.rules.diagnosis;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.rules.escalation.EscalationByRelationship;
import org.partnergov.rules.escalation.EscalationPolicy;

/**
 * {@code FM-5} escalation by relationship: escalations that reached someone not on their defined
 * path ({@code FM-5.1}), skipped levels ({@code FM-5.2}) or have no path at all ({@code FM-5.3}),
 * as {@link EscalationByRelationship} finds them. Escalations raised after the as-of instant are
 * not judged.
 */
final class EscalationsOffPath implements GovernanceRule {

  private final EscalationPolicy policy;

  EscalationsOffPath(EscalationPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String code() {
    return FailureMode.ESCALATION_BY_RELATIONSHIP.code();
  }

  @Override
  public String description() {
    return "escalations that reached someone off their defined path, skipped levels, or have no path";
  }

  @Override
  public Seq<Finding> check(EcosystemSnapshot snapshot, Instant asOf) {
    return EscalationByRelationship.detect(snapshot, policy,
        snapshot.parts().escalations().filter(e -> !e.raisedAt().isAfter(asOf)));
  }
}
