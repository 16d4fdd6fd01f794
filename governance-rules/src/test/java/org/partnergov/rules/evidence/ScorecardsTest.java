package org.partnergov.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.evidence.Records.ACME;
import static org.partnergov.rules.evidence.Records.GLOBEX;
import static org.partnergov.rules.evidence.Records.PILOT;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.time.Period;

/** Examples of scorecards: enablement apart from value, sums per currency, narratives. */
class ScorecardsTest {

  static final Period H1 = Period.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency USD = Currency.getInstance("USD");

  static final List<ActivityRecord> RECORDS = List.of(
      Records.quantity("a-1", ActivityKind.TRAINING_COMPLETED, 12),
      Records.quantity("a-2", ActivityKind.TRAINING_COMPLETED, 8),
      Records.of("a-3", ActivityKind.EVENT_ATTENDED),
      Records.amount("a-4", ActivityKind.REVENUE_BOOKED, "25000", "EUR"),
      Records.amount("a-5", ActivityKind.REVENUE_BOOKED, "1000.50", "USD"),
      Records.amount("a-6", ActivityKind.OPPORTUNITY_WON, "5000", "EUR"),
      Records.record("a-7", ActivityKind.RENEWAL).provenance(Provenance.CUSTOMER_CONFIRMED).build(),
      Records.selfReported("a-8", ActivityKind.DELIVERY_SCORE),
      Records.of("a-9", ActivityKind.of("hackathon won")),
      Records.record("a-10", ActivityKind.REVENUE_BOOKED).occurredAt(H1.end().get()).build(),
      Records.record("b-1", ActivityKind.WEBINAR_JOINED).partner(GLOBEX).program(Option.none()).build());

  @Test
  void enablementValueAndUnclassifiedAreCountedApart() {
    SortedMap<PartnerId, Scorecard<PartnerId>> cards = Scorecards.byPartner(RulePack.defaults(), H1, RECORDS);
    assertThat(cards.keySet()).containsExactly(ACME, GLOBEX);
    Scorecard<PartnerId> acme = cards.get(ACME).get();
    assertThat(acme.records()).isEqualTo(9);
    assertThat(acme.enablement().total().count()).isEqualTo(3);
    assertThat(acme.enablement().total().quantity()).isEqualByComparingTo("20");
    assertThat(acme.enablement().byKind().get(ActivityKind.TRAINING_COMPLETED).get().count()).isEqualTo(2);
    Tally revenue = acme.performance().of(PerformanceDimension.REVENUE_MOTION);
    assertThat(revenue.count()).isEqualTo(3);
    assertThat(revenue.amountIn(EUR)).isEqualTo(Money.of("30000", "EUR"));
    assertThat(revenue.amountIn(USD)).isEqualTo(Money.of("1000.50", "USD"));
    assertThat(acme.performance().of(PerformanceDimension.DELIVERY_QUALITY).strongest()).contains(Provenance.SELF_REPORTED);
    assertThat(acme.performance().total().count()).isEqualTo(4);
    assertThat(acme.customerImpact().total().count()).isEqualTo(1);
    assertThat(acme.unclassified().byKind().keySet()).containsExactly(ActivityKind.of("HACKATHON_WON"));
    assertThat(acme.pack()).isEqualTo("defaults");
  }

  @Test
  void theNarrativesTellActivityAndValueApart() {
    Scorecard<PartnerId> acme = Scorecards.byPartner(RulePack.defaults(), H1, RECORDS.toJavaStream()).get(ACME).get();
    assertThat(acme.activityNarrative().text()).isEqualTo("Activity of acme in [2026-01-01T00:00:00Z, "
        + "2026-07-01T00:00:00Z): 3 enablement records (event attended: 1 record, training completed: 2 records); "
        + "1 unclassified record (hackathon won: 1 record) no rule of pack defaults covers, never counted as value "
        + "(EVD-01). Enablement shows activity, not value.");
    assertThat(acme.performanceNarrative().text()).isEqualTo("What the work of acme changed in "
        + "[2026-01-01T00:00:00Z, 2026-07-01T00:00:00Z), strongest evidence first: "
        + "customer impact: 1 record, 1 attributed, strongest customer confirmed; "
        + "revenue motion: 3 records, 30000.00 EUR, 1000.50 USD, 3 attributed, strongest system recorded; "
        + "delivery quality: 1 record, 1 attributed, strongest self reported.");
    assertThat(acme.performanceNarrative().text()).doesNotContain("training", "enablement", "event");
  }

  @Test
  void aPartnerWithOnlyActivityHasNoPerformanceNarrative() {
    Scorecard<PartnerId> globex = Scorecards.ofPartner(RulePack.defaults(), H1, GLOBEX, RECORDS);
    assertThat(globex.performanceNarrative().text()).isEqualTo("No performance evidence or customer impact for "
        + "globex in [2026-01-01T00:00:00Z, 2026-07-01T00:00:00Z): activity alone does not show value.");
    assertThat(Scorecards.ofPartner(RulePack.defaults(), H1, PartnerId.of("nobody"), RECORDS))
        .isEqualTo(Scorecards.empty(PartnerId.of("nobody"), H1, RulePack.defaults()));
  }

  @Test
  void programScorecardsLeaveOutRecordsWithoutAProgram() {
    SortedMap<ProgramId, Scorecard<ProgramId>> cards = Scorecards.byProgram(RulePack.defaults(), H1, RECORDS);
    assertThat(cards.keySet()).containsExactly(PILOT);
    assertThat(cards.get(PILOT).get().records()).isEqualTo(9);
  }

  @Test
  void talliesAddUpPerCurrency() {
    Tally a = new Tally(1, BigDecimal.ONE, List.of(Money.of("10", "EUR")), 1, Option.some(Provenance.SYSTEM_RECORDED));
    Tally b = new Tally(2, new BigDecimal("1.50"), List.of(Money.of("5", "USD"), Money.of("2.5", "EUR")), 0,
        Option.some(Provenance.INDEPENDENTLY_AUDITED));
    Tally sum = a.plus(b);
    assertThat(sum).isEqualTo(b.plus(a));
    assertThat(sum.toString()).isEqualTo("3 records, quantity 2.5, 12.50 EUR, 5.00 USD, 1 attributed, "
        + "strongest independently audited");
    assertThat(Tally.empty().plus(a)).isEqualTo(a);
  }
}
