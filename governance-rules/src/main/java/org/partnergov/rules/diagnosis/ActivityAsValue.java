package org.partnergov.rules.diagnosis;

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
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramId;
import org.partnergov.rules.evidence.ClaimCheck;
import org.partnergov.rules.evidence.ClaimVerdict;
import org.partnergov.rules.evidence.Classification;
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
    Seq<ValueClaim> made = snapshot.parts().valueClaims().filter(c -> !c.madeAt().isAfter(asOf));
    Read read = read(made, snapshot.parts().activities(), asOf);
    Seq<Finding> claims = made
        .flatMap(c -> ClaimCheck.check(c, read.cited(), pack, asOf, window) instanceof ClaimVerdict.ActivityOnly only
            ? List.of(claim(c, only)) : List.empty());
    Seq<Finding> programs = snapshot.parts().programs()
        .flatMap(p -> program(p, read.mix().getOrDefault(p.id(), new int[2])));
    return claims.appendAll(programs);
  }

  /**
   * What one pass over the records up to the as-of instant gives.
   *
   * @param cited the records the claims cite, by id: only they are kept, so the map grows with the
   *     citations, not with all the activity
   * @param mix the enablement and value record counts (in that order) of each program
   */
  private record Read(Map<ActivityRecordId, ActivityRecord> cited, java.util.Map<ProgramId, int[]> mix) {}

  /** Reads the records once, classifying each kind once. */
  private Read read(Seq<ValueClaim> claims, Seq<ActivityRecord> activities, Instant asOf) {
    java.util.Set<ActivityRecordId> wanted = new java.util.HashSet<>();
    claims.forEach(c -> wanted.addAll(c.cited().toJavaList()));
    java.util.Map<ActivityRecordId, ActivityRecord> cited = new java.util.HashMap<>();
    java.util.Map<ActivityKind, Classification> classes = new java.util.HashMap<>();
    java.util.function.Function<ActivityKind, Classification> classify = pack::classify;
    java.util.Map<ProgramId, int[]> mix = new java.util.HashMap<>();
    for (ActivityRecord r : activities) {
      if (r.occurredAt().isAfter(asOf)) {
        continue;
      }
      if (wanted.contains(r.id())) {
        cited.put(r.id(), r);
      }
      if (r.program().isDefined()) {
        Classification c = classes.computeIfAbsent(r.kind(), classify);
        if (c.countsAsValue()) {
          mix.computeIfAbsent(r.program().get(), p -> new int[2])[1]++;
        } else if (c instanceof Classification.Classified) {
          mix.computeIfAbsent(r.program().get(), p -> new int[2])[0]++;
        }
      }
    }
    return new Read(HashMap.ofAll(cited), mix);
  }

  private Finding claim(ValueClaim claim, ClaimVerdict.ActivityOnly verdict) {
    return finding(List.of(claim.id().toString(), claim.partner().toString()), Severity.HIGH,
        claim.cited().map(ActivityRecordId::toString), verdict.summary(),
        "Report the cited trainings, certifications and events as enablement, and back the claim with delivery, "
            + "revenue, risk, readiness or customer evidence before it is reported upward.");
  }

  private Seq<Finding> program(Program program, int[] mix) {
    ProgramId id = program.id();
    int enablement = mix[0];
    int value = mix[1];
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
