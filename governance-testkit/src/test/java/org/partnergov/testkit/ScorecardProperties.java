package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.time.Period;
import org.partnergov.rules.evidence.Classification;
import org.partnergov.rules.evidence.CustomerImpactTotals;
import org.partnergov.rules.evidence.EnablementTotals;
import org.partnergov.rules.evidence.PerformanceTotals;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.evidence.Scorecard;
import org.partnergov.rules.evidence.Scorecards;
import org.partnergov.rules.evidence.Tally;
import org.partnergov.rules.evidence.UnclassifiedTotals;

/**
 * Properties of scorecards, named by what they guard. SCO_04 compares the one-pass bulk scorecard
 * with a naive reference kept here: group the records in the period by subject, classify each
 * record on its own, and add everything up record by record in plain loops.
 */
class ScorecardProperties {

  @Test
  void SCO_01_enablement_records_never_change_performance_or_customer_impact_totals() {
    qt().withExamples(1_000).forAll(EvidenceCases.batches(),
        lists().of(EvidenceCases.enablementRecords()).ofSizeBetween(1, 30), EvidenceCases.periods(),
        integers().between(0, 60)).checkAssert((records, enablement, period, at) -> {
          List<ActivityRecord> mixed = records.insertAll(Math.min(at, records.size()), enablement);
          SortedMap<PartnerId, Scorecard<PartnerId>> before = Scorecards.byPartner(RulePack.defaults(), period, records);
          SortedMap<PartnerId, Scorecard<PartnerId>> after = Scorecards.byPartner(RulePack.defaults(), period, mixed);
          after.forEach((partner, card) -> {
            Scorecard<PartnerId> was = before.get(partner)
                .getOrElse(() -> Scorecards.empty(partner, period, RulePack.defaults()));
            assertThat(card.performance()).isEqualTo(was.performance());
            assertThat(card.customerImpact()).isEqualTo(was.customerImpact());
            assertThat(card.unclassified()).isEqualTo(was.unclassified());
            assertThat(card.performanceNarrative()).isEqualTo(was.performanceNarrative());
          });
        });
  }

  @Test
  void SCO_02_scorecard_totals_equal_the_sum_of_their_parts() {
    qt().withExamples(1_000).forAll(EvidenceCases.packs(), EvidenceCases.batches(), EvidenceCases.periods())
        .checkAssert((pack, records, period) -> {
          SortedMap<PartnerId, Scorecard<PartnerId>> cards = Scorecards.byPartner(pack, period, records);
          long inPeriod = records.count(r -> period.contains(r.occurredAt()));
          assertThat(cards.values().map(Scorecard::records).sum().longValue()).isEqualTo(inPeriod);
          cards.values().forEach(card -> {
            assertThat(card.enablement().total()).isEqualTo(sum(card.enablement().byKind().values()));
            assertThat(card.customerImpact().total()).isEqualTo(sum(card.customerImpact().byKind().values()));
            assertThat(card.unclassified().total()).isEqualTo(sum(card.unclassified().byKind().values()));
            assertThat(card.performance().total()).isEqualTo(sum(card.performance().byKind().values()));
            assertThat(card.performance().total()).isEqualTo(sum(card.performance().byDimension().values()));
            Tally all = sum(List.of(card.enablement().total(), card.performance().total(),
                card.customerImpact().total(), card.unclassified().total()));
            assertThat(all.count()).isEqualTo(card.records());
            Seq<ActivityRecord> mine = records.filter(r -> r.partner().equals(card.subject())
                && period.contains(r.occurredAt()));
            assertThat(all.count()).isEqualTo(mine.size());
            for (Money m : all.amounts()) {
              assertThat(m.amount()).isEqualByComparingTo(mine.flatMap(ActivityRecord::amount)
                  .filter(a -> a.currency().equals(m.currency())).map(Money::amount).fold(BigDecimal.ZERO, BigDecimal::add));
            }
          });
        });
  }

  private static Tally sum(Iterable<Tally> tallies) {
    Tally total = Tally.empty();
    for (Tally t : tallies) {
      total = total.plus(t);
    }
    return total;
  }

  @Test
  void SCO_03_record_order_never_changes_a_scorecard() {
    qt().withExamples(1_000).forAll(EvidenceCases.packs(), EvidenceCases.batches(), EvidenceCases.periods(),
        integers().between(0, 59)).checkAssert((pack, records, period, turn) -> {
          int n = Math.max(1, records.size());
          List<ActivityRecord> turned = records.drop(turn % n).appendAll(records.take(turn % n)).reverse();
          List<ActivityRecord> shuffled = records.sortBy(r -> (r.id().hashCode() * 31 + turn) ^ r.occurredAt().hashCode());
          SortedMap<PartnerId, Scorecard<PartnerId>> cards = Scorecards.byPartner(pack, period, records);
          assertThat(Scorecards.byPartner(pack, period, turned)).isEqualTo(cards);
          assertThat(Scorecards.byPartner(pack, period, shuffled.toJavaStream())).isEqualTo(cards);
          assertThat(Scorecards.byProgram(pack, period, turned)).isEqualTo(Scorecards.byProgram(pack, period, records));
        });
  }

  @Test
  void SCO_04_the_bulk_scorecard_agrees_with_a_naive_reference() {
    qt().withExamples(2_000).forAll(EvidenceCases.packs(), EvidenceCases.batches(), EvidenceCases.periods())
        .checkAssert((pack, records, period) -> {
          assertThat(Scorecards.byPartner(pack, period, records))
              .isEqualTo(reference(pack, period, records, r -> Option.some(r.partner())));
          assertThat(Scorecards.byProgram(pack, period, records.toJavaStream()))
              .isEqualTo(reference(pack, period, records, ActivityRecord::program));
        });
  }

  // ---- the naive reference ----

  static <K extends Comparable<? super K>> SortedMap<K, Scorecard<K>> reference(RulePack pack, Period period,
      List<ActivityRecord> records, Function<ActivityRecord, Option<K>> subjectOf) {
    LinkedHashMap<K, java.util.List<ActivityRecord>> bySubject = new LinkedHashMap<>();
    for (ActivityRecord r : records) {
      boolean inside = !r.occurredAt().isBefore(period.start())
          && (period.end().isEmpty() || r.occurredAt().isBefore(period.end().get()));
      if (inside && subjectOf.apply(r).isDefined()) {
        bySubject.computeIfAbsent(subjectOf.apply(r).get(), k -> new java.util.ArrayList<>()).add(r);
      }
    }
    SortedMap<K, Scorecard<K>> result = TreeMap.empty();
    for (java.util.Map.Entry<K, java.util.List<ActivityRecord>> e : bySubject.entrySet()) {
      result = result.put(e.getKey(), card(e.getKey(), period, pack, e.getValue()));
    }
    return result;
  }

  private static <K> Scorecard<K> card(K subject, Period period, RulePack pack, java.util.List<ActivityRecord> rs) {
    java.util.List<ActivityRecord> enablement = new java.util.ArrayList<>();
    java.util.List<ActivityRecord> performance = new java.util.ArrayList<>();
    java.util.List<ActivityRecord> impact = new java.util.ArrayList<>();
    java.util.List<ActivityRecord> unclassified = new java.util.ArrayList<>();
    for (ActivityRecord r : rs) {
      Classification c = pack.classify(r.kind());
      if (c instanceof Classification.Unclassified) {
        unclassified.add(r);
      } else if (((Classification.Classified) c).evidenceClass() instanceof EvidenceClass.Performance) {
        performance.add(r);
      } else if (((Classification.Classified) c).evidenceClass() instanceof EvidenceClass.CustomerImpact) {
        impact.add(r);
      } else {
        enablement.add(r);
      }
    }
    SortedMap<PerformanceDimension, Tally> byDimension = TreeMap.empty();
    for (PerformanceDimension d : PerformanceDimension.values()) {
      java.util.List<ActivityRecord> of = new java.util.ArrayList<>();
      for (ActivityRecord r : performance) {
        EvidenceClass ec = pack.classify(r.kind()).classOrNone().get();
        if (ec.equals(EvidenceClass.performance(d))) {
          of.add(r);
        }
      }
      if (!of.isEmpty()) {
        byDimension = byDimension.put(d, tally(of));
      }
    }
    return new Scorecard<>(subject, period, pack.name(),
        new EnablementTotals(tally(enablement), byKind(enablement)),
        new PerformanceTotals(tally(performance), byDimension, byKind(performance)),
        new CustomerImpactTotals(tally(impact), byKind(impact)),
        new UnclassifiedTotals(tally(unclassified), byKind(unclassified)));
  }

  private static SortedMap<ActivityKind, Tally> byKind(java.util.List<ActivityRecord> rs) {
    java.util.TreeMap<ActivityKind, java.util.List<ActivityRecord>> groups = new java.util.TreeMap<>();
    for (ActivityRecord r : rs) {
      groups.computeIfAbsent(r.kind(), k -> new java.util.ArrayList<>()).add(r);
    }
    SortedMap<ActivityKind, Tally> result = TreeMap.empty();
    for (java.util.Map.Entry<ActivityKind, java.util.List<ActivityRecord>> e : groups.entrySet()) {
      result = result.put(e.getKey(), tally(e.getValue()));
    }
    return result;
  }

  private static Tally tally(java.util.List<ActivityRecord> rs) {
    BigDecimal quantity = BigDecimal.ZERO;
    java.util.TreeMap<String, BigDecimal> amounts = new java.util.TreeMap<>();
    long attributed = 0;
    Provenance strongest = null;
    for (ActivityRecord r : rs) {
      if (r.quantity().isDefined()) {
        quantity = quantity.add(r.quantity().get());
      }
      if (r.amount().isDefined()) {
        amounts.merge(r.amount().get().currency().getCurrencyCode(), r.amount().get().amount(), BigDecimal::add);
      }
      if (r.customer().isDefined() || r.deal().isDefined()) {
        attributed++;
      }
      if (strongest == null || r.provenance().compareTo(strongest) > 0) {
        strongest = r.provenance();
      }
    }
    List<Money> money = List.empty();
    for (java.util.Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
      money = money.append(new Money(e.getValue(), Currency.getInstance(e.getKey())));
    }
    return new Tally(rs.size(), quantity, money, attributed, Option.of(strongest));
  }
}
