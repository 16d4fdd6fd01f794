package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.QualificationCriterion;
import org.partnergov.model.party.PartnerId;
import org.partnergov.rules.evidence.CriterionStatus;
import org.partnergov.rules.evidence.LaunchReadiness;
import org.partnergov.rules.evidence.Readiness;
import org.partnergov.rules.evidence.RulePack;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of launch readiness, named by what they guard. RDY_01 compares each partner's
 * outcome with a naive reference: the criteria checked record by record, written out again.
 */
class LaunchReadinessProperties {

  static final List<PartnerId> PARTNERS = List.rangeClosed(1, 8).map(i -> PartnerId.of("partner-" + i));

  /** As-of instants: at the reference instant, or a day or a month before or after the deadline. */
  static Gen<Instant> asOf(EvidenceProgram p) {
    Instant d = p.launchDeadline();
    return Generate.pick(java.util.List.of(MoneyGenerators.REFERENCE, d, d.minus(Duration.ofDays(1)),
        d.plus(Duration.ofDays(1)), d.minus(Duration.ofDays(30))));
  }

  /**
   * Programs without a partner program filter half the time, so that generated records count, and
   * a third of the time made easy (one criterion, any provenance, ten-year window), so that
   * partners qualify.
   */
  static Gen<EvidenceProgram> programs() {
    return EvidenceGenerators.evidencePrograms().zip(Generate.booleans(), integers().between(0, 2), (p, open, easy) -> {
      EvidenceProgram.Builder b = EvidenceProgram.builder().from(p);
      if (open) {
        b.program(io.vavr.control.Option.none());
      }
      if (easy == 0) {
        QualificationCriterion c = p.criteria().head();
        b.criteria(List.of(new QualificationCriterion(c.capability(), c.requiredClass(),
            org.partnergov.model.evidence.Provenance.SELF_REPORTED, 1, Duration.ofDays(3650))));
      }
      return b.build();
    });
  }

  @Test
  void RDY_01_readiness_agrees_with_a_naive_reference() {
    qt().withExamples(1_500).forAll(programs().flatMap(p -> asOf(p).map(t -> io.vavr.Tuple.of(p, t))),
        EvidenceCases.batches()).checkAssert((pt, records) -> {
          EvidenceProgram program = pt._1;
          Instant at = pt._2;
          SortedMap<PartnerId, Readiness> all = LaunchReadiness.assess(program, RulePack.defaults(), at, PARTNERS,
              records);
          assertThat(all.keySet()).containsExactlyElementsOf(PARTNERS.sorted());
          for (PartnerId p : PARTNERS) {
            assertThat(all.get(p).get()).isEqualTo(reference(program, at, p, records));
          }
        });
  }

  static Readiness reference(EvidenceProgram program, Instant at, PartnerId partner, List<ActivityRecord> records) {
    Instant cutOff = at.isBefore(program.launchDeadline()) ? at : program.launchDeadline();
    long activity = 0;
    for (ActivityRecord r : records) {
      if (counts(program, cutOff, partner, r)) {
        EvidenceClass ec = RulePack.defaults().classify(r.kind()).classOrNone().getOrNull();
        if (ec != null && (ec.equals(EvidenceClass.enablement())
            || ec.equals(EvidenceClass.performance(PerformanceDimension.READINESS))
            || program.criteria().exists(c -> c.requiredClass().equals(ec)))) {
          activity++;
        }
      }
    }
    Seq<CriterionStatus> statuses = List.empty();
    for (QualificationCriterion c : program.criteria()) {
      java.util.TreeSet<ActivityRecordId> ids = new java.util.TreeSet<>();
      for (ActivityRecord r : records) {
        if (counts(program, cutOff, partner, r)
            && RulePack.defaults().classify(r.kind()).classOrNone().contains(c.requiredClass())
            && r.provenance().compareTo(c.minimumProvenance()) >= 0
            && !r.occurredAt().isBefore(cutOff.minus(c.validityWindow()))) {
          ids.add(r.id());
        }
      }
      statuses = statuses.append(new CriterionStatus(c, List.ofAll(ids)));
    }
    long days = Math.max(0, Duration.between(at, program.launchDeadline()).toDays());
    boolean allMet = statuses.forAll(s -> s.qualifying().size() >= s.criterion().minimumCount());
    return allMet ? new Readiness.Qualified(partner, program.id(), statuses)
        : activity > 0 ? new Readiness.AtRisk(partner, program.id(), statuses, activity, days)
        : new Readiness.Gaps(partner, program.id(), statuses, days);
  }

  private static boolean counts(EvidenceProgram program, Instant cutOff, PartnerId partner, ActivityRecord r) {
    return r.partner().equals(partner) && !r.occurredAt().isAfter(cutOff)
        && (program.program().isEmpty() || program.program().equals(r.program()));
  }

  @Test
  void RDY_02_the_cases_reach_every_outcome() {
    int[] seen = new int[3];
    qt().withExamples(1_000).forAll(programs(), EvidenceCases.batches()).checkAssert((program, records) ->
        LaunchReadiness.assess(program, RulePack.defaults(), MoneyGenerators.REFERENCE, PARTNERS, records).values()
            .forEach(r -> seen[r.fold(q -> 0, g -> 1, k -> 2)]++));
    System.out.println("RDY_02 outcomes (qualified, gaps, at risk) " + List.ofAll(seen));
    assertThat(List.ofAll(seen)).allSatisfy(n -> assertThat(n).isGreaterThan(100));
  }
}
