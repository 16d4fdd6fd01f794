package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.QualificationCriterion;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;

/**
 * Launch readiness of partners against an evidence program, at an as-of instant.
 *
 * <p>The evidence is judged at the <em>cut-off</em>: the as-of instant, or the launch deadline
 * once it has passed, so evidence must exist by the deadline. A record counts only when it is of a
 * partner assessed, of the program's partner program (when the evidence program names one), and
 * happened at or before the cut-off. It <em>qualifies</em> for a criterion when the pack classifies
 * its kind as the criterion's class, its provenance is at least the minimum, and it happened no
 * longer than the validity window before the cut-off (inclusive). A criterion is met by at least
 * its minimum count of distinct qualifying records.
 *
 * <p><em>Readiness activity</em> is any counted record that is enablement, readiness performance
 * evidence, or of a class some criterion requires (qualifying or not). A partner meeting every
 * criterion is {@link Readiness.Qualified}; one that misses some with readiness activity is
 * {@link Readiness.AtRisk} ({@code FM-4}); one that misses some with no activity has
 * {@link Readiness.Gaps}. Days remaining are the whole days from the as-of instant to the deadline,
 * zero once it passed. Records are read once; only the qualifying ids and a count per partner are
 * kept.
 */
public final class LaunchReadiness {

  private LaunchReadiness() {}

  /**
   * {@return the readiness of each partner, by partner id}
   *
   * @param program the evidence program, with its criteria and launch deadline
   * @param pack the rule pack that classifies the records' kinds
   * @param asOf the instant the readiness is assessed at
   * @param partners the partners to assess; a partner named twice is assessed once
   * @param records any number of activity records, read once
   */
  public static SortedMap<PartnerId, Readiness> assess(EvidenceProgram program, RulePack pack, Instant asOf,
      Seq<PartnerId> partners, Iterable<ActivityRecord> records) {
    return byPartner(assessInOrder(program, pack, asOf, partners, records));
  }

  /**
   * {@return the readiness of each partner, by partner id}
   *
   * @param program the evidence program, with its criteria and launch deadline
   * @param pack the rule pack that classifies the records' kinds
   * @param asOf the instant the readiness is assessed at
   * @param partners the partners to assess; a partner named twice is assessed once
   * @param records any number of activity records, pulled once through the stream's iterator
   */
  public static SortedMap<PartnerId, Readiness> assess(EvidenceProgram program, RulePack pack, Instant asOf,
      Seq<PartnerId> partners, Stream<ActivityRecord> records) {
    return byPartner(assess(program, pack, asOf, partners, requireNonNull(records, "records").iterator()));
  }

  /**
   * {@return the readiness of each distinct partner in partner id order: the values of
   * {@link #assess(EvidenceProgram, RulePack, Instant, Seq, Iterable)} without building the map,
   * for callers that only go through them}
   *
   * @param program the evidence program, with its criteria and launch deadline
   * @param pack the rule pack that classifies the records' kinds
   * @param asOf the instant the readiness is assessed at
   * @param partners the partners to assess; a partner named twice is assessed once
   * @param records any number of activity records, read once
   */
  public static Seq<Readiness> assessInOrder(EvidenceProgram program, RulePack pack, Instant asOf,
      Seq<PartnerId> partners, Iterable<ActivityRecord> records) {
    return assess(program, pack, asOf, partners, requireNonNull(records, "records").iterator());
  }

  /**
   * {@return the readiness of one partner}
   *
   * @param program the evidence program, with its criteria and launch deadline
   * @param pack the rule pack that classifies the records' kinds
   * @param asOf the instant the readiness is assessed at
   * @param partner the partner to assess
   * @param records any number of activity records, read once; other partners' are ignored
   */
  public static Readiness assess(EvidenceProgram program, RulePack pack, Instant asOf, PartnerId partner,
      Iterable<ActivityRecord> records) {
    return assessInOrder(program, pack, asOf, List.of(partner), records).head();
  }

  private static SortedMap<PartnerId, Readiness> byPartner(Seq<Readiness> readiness) {
    SortedMap<PartnerId, Readiness> result = TreeMap.empty();
    for (Readiness r : readiness) {
      result = result.put(r.partner(), r);
    }
    return result;
  }

  private static Seq<Readiness> assess(EvidenceProgram program, RulePack pack, Instant asOf,
      Seq<PartnerId> partners, Iterator<ActivityRecord> records) {
    requireNonNull(program, "program");
    requireNonNull(pack, "pack");
    requireNonNull(asOf, "asOf");
    requireNonNull(partners, "partners");
    Instant cutOff = asOf.isBefore(program.launchDeadline()) ? asOf : program.launchDeadline();
    QualificationCriterion[] criteria = program.criteria().toJavaArray(QualificationCriterion[]::new);
    Instant[] oldest = new Instant[criteria.length];
    for (int i = 0; i < criteria.length; i++) {
      oldest[i] = cutOff.minus(criteria[i].validityWindow());
    }
    Option<ProgramId> only = program.program();
    HashMap<PartnerId, Standing> standings = new HashMap<>();
    for (PartnerId p : partners) {
      standings.put(p, new Standing(criteria.length));
    }
    HashMap<ActivityKind, EvidenceClass> classes = new HashMap<>();
    Function<ActivityKind, EvidenceClass> classify = k -> pack.classify(k).classOrNone().getOrNull();
    while (records.hasNext()) {
      ActivityRecord r = records.next();
      Standing standing = standings.get(r.partner());
      if (standing == null || r.occurredAt().isAfter(cutOff) || only.isDefined() && !only.equals(r.program())) {
        continue;
      }
      EvidenceClass ec = classes.computeIfAbsent(r.kind(), classify);
      if (ec == null) {
        continue;
      }
      boolean activity = !ec.countsAsValue()
          || ec instanceof EvidenceClass.Performance p && p.dimension() == PerformanceDimension.READINESS;
      for (int i = 0; i < criteria.length; i++) {
        QualificationCriterion c = criteria[i];
        if (c.requiredClass().equals(ec)) {
          activity = true;
          if (r.provenance().isAtLeast(c.minimumProvenance()) && !r.occurredAt().isBefore(oldest[i])) {
            standing.qualifying.get(i).add(r.id());
          }
        }
      }
      if (activity) {
        standing.activity[0]++;
      }
    }
    long days = Math.max(0, Duration.between(asOf, program.launchDeadline()).toDays());
    PartnerId[] ordered = standings.keySet().toArray(PartnerId[]::new);
    Arrays.sort(ordered);
    java.util.ArrayList<Readiness> result = new java.util.ArrayList<>(ordered.length);
    for (PartnerId p : ordered) {
      result.add(readiness(program, p, criteria, standings.get(p), days));
    }
    return List.ofAll(result);
  }

  private static Readiness readiness(EvidenceProgram program, PartnerId partner, QualificationCriterion[] criteria,
      Standing standing, long days) {
    List<CriterionStatus> statuses = List.empty();
    for (int i = criteria.length - 1; i >= 0; i--) {
      statuses = statuses.prepend(new CriterionStatus(criteria[i], List.ofAll(standing.qualifying.get(i))));
    }
    if (statuses.forAll(CriterionStatus::isMet)) {
      return new Readiness.Qualified(partner, program.id(), statuses);
    }
    return standing.activity[0] > 0
        ? new Readiness.AtRisk(partner, program.id(), statuses, standing.activity[0], days)
        : new Readiness.Gaps(partner, program.id(), statuses, days);
  }

  /** One partner's qualifying ids per criterion and readiness activity count, while records stream. */
  private static final class Standing {
    private final java.util.ArrayList<TreeSet<ActivityRecordId>> qualifying;
    private final long[] activity = {0};

    Standing(int criteria) {
      qualifying = new java.util.ArrayList<>(criteria);
      for (int i = 0; i < criteria; i++) {
        qualifying.add(new TreeSet<>());
      }
    }
  }
}
