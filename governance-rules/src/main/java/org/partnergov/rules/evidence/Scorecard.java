package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Comparator;
import org.partnergov.model.time.Period;

/**
 * The evidence of one partner or one program over a period, classified by one rule pack:
 * enablement, performance evidence and customer impact in separate totals of separate types, and
 * what the pack could not classify. Built by {@link Scorecards}.
 *
 * @param <K> what the scorecard is about: a {@code PartnerId} or a {@code ProgramId}
 * @param subject the partner or program
 * @param period the period whose records it counts
 * @param pack the name of the rule pack that classified them
 * @param enablement the enablement signals
 * @param performance the performance evidence
 * @param customerImpact the customer impact
 * @param unclassified the records no rule classifies ({@code EVD-01})
 */
public record Scorecard<K>(K subject, Period period, String pack, EnablementTotals enablement,
    PerformanceTotals performance, CustomerImpactTotals customerImpact, UnclassifiedTotals unclassified) {

  /**
   * Throws on a missing part.
   *
   * @param subject the partner or program
   * @param period the period whose records it counts
   * @param pack the name of the rule pack that classified them
   * @param enablement the enablement signals
   * @param performance the performance evidence
   * @param customerImpact the customer impact
   * @param unclassified the records no rule classifies ({@code EVD-01})
   */
  public Scorecard {
    requireNonNull(subject, "subject");
    requireNonNull(period, "period");
    requireNonNull(pack, "pack");
    requireNonNull(enablement, "enablement");
    requireNonNull(performance, "performance");
    requireNonNull(customerImpact, "customerImpact");
    requireNonNull(unclassified, "unclassified");
  }

  /** {@return the number of records counted, of every class and unclassified} */
  public long records() {
    return enablement.total().count() + performance.total().count() + customerImpact.total().count()
        + unclassified.total().count();
  }

  /**
   * {@return what happened: the enablement records by kind, and the unclassified ones, for example
   * {@code Activity of partner-1 in [..): 3 enablement records (training completed: 2 records, ...).
   * Enablement shows activity, not value.}}
   */
  public ActivityNarrative activityNarrative() {
    StringBuilder text = new StringBuilder("Activity of ").append(subject).append(" in ").append(period).append(": ");
    if (enablement.total().isEmpty()) {
      text.append("no enablement records");
    } else {
      text.append(Describe.plural(enablement.total().count(), "enablement record")).append(" (")
          .append(enablement.byKind().map(e -> Describe.kind(e._1) + ": " + Describe.plural(e._2.count(), "record"))
              .mkString(", ")).append(")");
    }
    if (!unclassified.total().isEmpty()) {
      text.append("; ").append(Describe.plural(unclassified.total().count(), "unclassified record")).append(" (")
          .append(unclassified.byKind().map(e -> Describe.kind(e._1) + ": " + Describe.plural(e._2.count(), "record"))
              .mkString(", ")).append(") no rule of pack ").append(pack).append(" covers, never counted as value (EVD-01)");
    }
    return new ActivityNarrative(text.append(". Enablement shows activity, not value.").toString());
  }

  /**
   * {@return what the work changed: performance evidence by dimension and customer impact, strongest
   * evidence first (strongest provenance, then most attributed records, then most records), for
   * example {@code What the work of partner-1 changed in [..), strongest evidence first: customer
   * impact: 2 records, 2 attributed, strongest customer confirmed; revenue motion: ...}} Enablement
   * never appears in it.
   */
  public PerformanceNarrative performanceNarrative() {
    Seq<Tuple2<String, Tally>> lines = performance.byDimension().map(e -> Tuple.of(Describe.dimension(e._1), e._2))
        .toList().prepend(Tuple.of("customer impact", customerImpact.total()))
        .filter(line -> !line._2.isEmpty());
    if (lines.isEmpty()) {
      return new PerformanceNarrative("No performance evidence or customer impact for " + subject + " in " + period
          + ": activity alone does not show value.");
    }
    Comparator<Tuple2<String, Tally>> strongestFirst = Comparator
        .comparing((Tuple2<String, Tally> line) -> line._2.strongest().get()).reversed()
        .thenComparing(line -> -line._2.attributed())
        .thenComparing(line -> -line._2.count());
    return new PerformanceNarrative("What the work of " + subject + " changed in " + period
        + ", strongest evidence first: " + List.ofAll(lines).sorted(strongestFirst)
            .map(line -> line._1 + ": " + line._2).mkString("; ") + ".");
  }
}
