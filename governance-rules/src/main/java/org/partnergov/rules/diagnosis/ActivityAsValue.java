package org.partnergov.rules.diagnosis;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramId;
import org.partnergov.rules.evidence.ClaimCheck;
import org.partnergov.rules.evidence.ClaimVerdict;
import org.partnergov.rules.evidence.RulePack;

/**
 * {@code FM-1} activity mistaken for value: a value claim, made by the as-of instant, whose cited
 * evidence is enablement only ({@link ClaimVerdict.ActivityOnly}); and a program whose evidence up
 * to the as-of instant is mostly enablement: at least {@value #MINIMUM_RECORDS} classified records,
 * more than three quarters of them enablement.
 */
final class ActivityAsValue implements GovernanceRule {

  /** The fewest classified records of a program before its mix is judged. */
  static final int MINIMUM_RECORDS = 4;

  private final RulePack pack;
  private final Duration window;

  ActivityAsValue(RulePack pack, Duration window) {
    this.pack = pack;
    this.window = window;
  }

  @Override
  public String code() {
    return FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE.code();
  }

  @Override
  public String description() {
    return "value claims backed only by enablement, and programs whose evidence is mostly enablement";
  }

  @Override
  public Seq<Finding> check(EcosystemSnapshot snapshot, Instant asOf) {
    Seq<ActivityRecord> records = snapshot.parts().activities().filter(r -> !r.occurredAt().isAfter(asOf));
    Map<ActivityRecordId, ActivityRecord> byId = HashMap.ofEntries(records.map(r -> Tuple.of(r.id(), r)));
    Seq<Finding> claims = snapshot.parts().valueClaims().filter(c -> !c.madeAt().isAfter(asOf))
        .flatMap(c -> ClaimCheck.check(c, byId, pack, asOf, window) instanceof ClaimVerdict.ActivityOnly only
            ? List.of(claim(c, only)) : List.empty());
    Seq<Finding> programs = snapshot.parts().programs().flatMap(p -> program(p, records));
    return claims.appendAll(programs);
  }

  private Finding claim(ValueClaim claim, ClaimVerdict.ActivityOnly verdict) {
    return finding(List.of(claim.id().toString(), claim.partner().toString()), Severity.HIGH,
        claim.cited().map(ActivityRecordId::toString), verdict.summary(),
        "Report the cited trainings, certifications and events as enablement, and back the claim with delivery, "
            + "revenue, risk, readiness or customer evidence before it is reported upward.");
  }

  private Seq<Finding> program(Program program, Seq<ActivityRecord> records) {
    ProgramId id = program.id();
    Seq<ActivityRecord> ofProgram = records.filter(r -> r.program().contains(id));
    int enablement = 0;
    int value = 0;
    for (ActivityRecord r : ofProgram) {
      var c = pack.classify(r);
      if (c.countsAsValue()) {
        value++;
      } else if (c.classOrNone().isDefined()) {
        enablement++;
      }
    }
    int total = enablement + value;
    if (total < MINIMUM_RECORDS || 4 * enablement <= 3 * total) {
      return List.empty();
    }
    return List.of(finding(List.of(id.toString()), Severity.MEDIUM, List.of(enablement + " enablement", value + " value"),
        "The evidence of program " + program.name() + " is mostly enablement: " + enablement + " of its " + total
            + " classified records are trainings, certifications, onboarding, events or collateral, and "
            + value + (value == 1 ? " shows" : " show") + " performance or customer impact.",
        "Keep reporting enablement as enablement, and define the delivery, revenue, risk, readiness or customer "
            + "evidence the program must produce, with an owner for collecting it."));
  }

  private Finding finding(Seq<String> subjects, Severity severity, Seq<String> evidence, String explanation,
      String remediation) {
    return Finding.builder().code(code()).failureMode(FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE).subjects(subjects)
        .severity(severity).evidence(evidence).explanation(explanation).remediation(remediation).build();
  }
}
