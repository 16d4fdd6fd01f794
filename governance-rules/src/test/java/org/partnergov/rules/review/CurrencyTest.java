package org.partnergov.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.ExchangeRates;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.FastPath;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;
import org.partnergov.rules.decision.Decider;

/**
 * Examples of review in several currencies: thresholds per currency on a path, amounts counted
 * through the host's exchange rates (the rate cited), and what happens without a rate: REV-04
 * when the policy gives no exchange rates, REV-08 when it has none for the pair.
 */
class CurrencyTest {

  static final Instant ROUTED = T0.plus(Duration.ofHours(1));
  static final LocalDate DAY = LocalDate.of(2026, 6, 1); // the submission day of every request under review
  static final ExchangeRate USD_EUR = ExchangeRate.of("USD", "EUR", DAY, "0.92");
  static final ExchangeRates RATES = ExchangeRates.of(USD_EUR, ExchangeRate.of("EUR", "USD", DAY, "1.087"));
  static final ExchangeRates POUNDS_ONLY = ExchangeRates.of(ExchangeRate.of("GBP", "EUR", DAY, "1.17"));
  static final ReviewPolicy WITH_RATES = ReviewPolicy.defaults().withExchangeRates(RATES);

  static FundRequest dollars(String id, String amount) {
    return FundRequest.builder().from(fund(id, ACME, "1")).requestedAmount(Money.of(amount, "USD")).build();
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static ExceptionReview reviewOf(EcosystemParts.Builder parts, ReviewPolicy policy) {
    return ExceptionReview.of(snapshot(parts), policy);
  }

  /** The fund path with its thresholds in euros and in dollars. */
  static final ReviewPath BOTH = ReviewPath.builder().from(FUND_PATH)
      .fastPath(Option.some(FastPath.of(Threshold.of(eur("5000"), usd("5500")),
          List.of(Criterion.of("EVIDENCE_CITED", "cites evidence"), Criterion.of("PARTNER_ACTIVE", "partner active")))))
      .fourEyesThreshold(Threshold.of(eur("50000"), usd("55000"))).build();

  // ---------------------------------------------------------------- thresholds per currency

  @Test
  void a_dollar_request_on_a_path_with_dollar_thresholds_is_routed_by_them_without_any_rate() {
    ExceptionReview review = reviewOf(parts().reviewPaths(List.of(BOTH)), ReviewPolicy.defaults());

    ReviewPlan fast = review.route(dollars("r-1", "5200"), ROUTED).get();
    assertThat(fast.lane()).isEqualTo(Lane.FAST_PATH);
    assertThat(fast.rates()).isEmpty();
    assertThat(fast.explanation()).startsWith("Fast path for the fund request r-1 of Acme Systems for 5200.00 USD: "
        + "below the fast-path threshold of 5500.00 USD and every fast-path criterion holds");
    assertThat(review.route(fund("r-1", ACME, "5200"), ROUTED).get().lane()).isEqualTo(Lane.STANDARD);
    assertThat(review.route(dollars("r-1", "55000"), ROUTED).get().lane()).isEqualTo(Lane.STANDARD);
    ReviewPlan fourEyes = review.route(dollars("r-1", "55000.01"), ROUTED).get();
    assertThat(fourEyes.lane()).isEqualTo(Lane.FOUR_EYES);
    assertThat(fourEyes.explanation()).contains("above the four-eyes threshold of 55000.00 USD");
  }

  @Test
  void a_dollar_request_on_a_euro_path_is_routed_by_its_amount_counted_in_euros_and_cites_the_rate() {
    ExceptionReview review = reviewOf(parts(), WITH_RATES);

    ReviewPlan plan = review.route(dollars("r-1", "12000"), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.STANDARD);
    assertThat(plan.total()).isEqualTo(Option.some(usd("12000")));
    assertThat(plan.rates()).containsExactly(USD_EUR);
    assertThat(plan.explanation()).isEqualTo("Full review of the fund request r-1 of Acme Systems for 12000.00 USD: "
        + "11040.00 EUR is not below the fast-path threshold of 5000.00 EUR. " + RoutingTest.STEP_1 + RoutingTest.STEP_2
        + RoutingTest.DECIDES + " Exchange rates: 12,000.00 USD counted as 11,040.00 EUR at 0.92 on 1 June 2026.");
    // 54,347.83 USD is 50,000.0036 EUR, rounded to 50,000.00: not above the threshold; a cent more is
    assertThat(review.route(dollars("r-1", "54347.83"), ROUTED).get().lane()).isEqualTo(Lane.STANDARD);
    assertThat(review.route(dollars("r-1", "54347.84"), ROUTED).get().lane()).isEqualTo(Lane.FOUR_EYES);
    // 5,434.78 USD is 4,999.9976 EUR, rounded to 5,000.00: not below the fast-path threshold; a cent less is
    assertThat(review.route(dollars("r-1", "5434.78"), ROUTED).get().lane()).isEqualTo(Lane.STANDARD);
    assertThat(review.route(dollars("r-1", "5434.77"), ROUTED).get().lane()).isEqualTo(Lane.FAST_PATH);
  }

  @Test
  void without_exchange_rates_a_dollar_request_on_a_euro_path_is_rev_04_and_without_the_pair_rev_08() {
    assertThat(review().route(dollars("r-1", "12000"), ROUTED).getLeft().explanation())
        .isEqualTo("Rejected: the request is in USD but review path fund-path sets its thresholds in EUR (REV-04).");
    Rejection noPair = reviewOf(parts(), ReviewPolicy.defaults().withExchangeRates(POUNDS_ONLY))
        .route(dollars("r-1", "12000"), ROUTED).getLeft();
    assertThat(noPair.codes()).containsExactly(ReviewCode.NO_EXCHANGE_RATE);
    assertThat(noPair.explanation()).isEqualTo("Rejected: there is no exchange rate from USD to EUR for 1 June 2026 "
        + "to count the total of 12,000.00 USD against the thresholds of review path fund-path, which are in EUR (REV-08).");
  }

  // ---------------------------------------------------------------- SOD-08 across currencies

  /** Acme's earlier request of 25,000 USD in the Pilot program, three days before r-1. */
  static EcosystemParts.Builder withDollarNeighbour() {
    return parts().requests(List.of(FundRequest.builder().from(dollars("r-2", "25000"))
        .submittedAt(T0.minus(Duration.ofDays(3))).build()));
  }

  @Test
  void a_split_across_euros_and_dollars_adds_up_at_the_rate() {
    ExceptionReview review = reviewOf(withDollarNeighbour(), WITH_RATES);

    RequestFacts facts = review.facts(fund("r-1", ACME, "30000"));
    assertThat(facts.total()).isEqualTo(Option.some(eur("53000")));
    assertThat(facts.related()).containsExactly(new RequestId("r-2"));
    assertThat(facts.uncounted()).isEmpty();
    ReviewPlan plan = review.route(fund("r-1", ACME, "30000"), ROUTED).get();
    assertThat(plan.lane()).isEqualTo(Lane.FOUR_EYES);
    assertThat(plan.codes()).containsExactly(ReviewCode.FOUR_EYES, ReviewCode.SPLIT_REQUEST);
    assertThat(plan.rates()).containsExactly(USD_EUR);
    assertThat(plan.explanation())
        .contains("the total includes the related requests r-2 of the same partner and program (SOD-08)")
        .endsWith(" Exchange rates: 25,000.00 USD counted as 23,000.00 EUR at 0.92 on 1 June 2026.");
  }

  @Test
  void a_split_across_currencies_without_a_rate_is_refused_never_left_out() {
    Rejection noPair = reviewOf(withDollarNeighbour(), ReviewPolicy.defaults().withExchangeRates(POUNDS_ONLY))
        .route(fund("r-1", ACME, "30000"), ROUTED).getLeft();
    assertThat(noPair.explanation()).isEqualTo("Rejected: there is no exchange rate from USD to EUR for 1 June 2026 "
        + "to count the related request r-2 (25,000.00 USD) towards the total of the fund request r-1 (REV-08).");
    ExceptionReview withoutRates = reviewOf(withDollarNeighbour(), ReviewPolicy.defaults());
    assertThat(withoutRates.route(fund("r-1", ACME, "30000"), ROUTED).getLeft().explanation())
        .isEqualTo("Rejected: the review policy gives no exchange rates to count the related request r-2 "
            + "(25,000.00 USD) in EUR towards the total of the fund request r-1 (REV-04).");
    RequestFacts facts = withoutRates.facts(fund("r-1", ACME, "30000"));
    assertThat(facts.total()).isEqualTo(Option.some(eur("30000")));
    assertThat(facts.related()).isEmpty();
    assertThat(facts.uncounted()).containsExactly(new RequestId("r-2"));
    assertThat(facts.conversions().get(new RequestId("r-2")).get().hasRate()).isFalse();
  }

  // ---------------------------------------------------------------- decide

  @Test
  void an_approval_cites_the_rates_it_rests_on_and_is_refused_when_a_rate_is_missing_rev_08() {
    ExceptionReview review = reviewOf(withDollarNeighbour(), WITH_RATES);
    ReviewCase routed = review.route(ReviewCase.submit(fund("r-1", ACME, "30000")), ROUTED).get();

    AcceptedDecision first = review.decide(routed, attempt("d-1", SAM, Verdict.APPROVE, ROUTED.plusSeconds(60))).get();
    assertThat(first.rates()).containsExactly(USD_EUR);
    assertThat(first.record().exchangeRates()).containsExactly(USD_EUR);   // kept, and hashed, with the record
    assertThat(org.partnergov.rules.log.CanonicalEncoding.encode(first.record())[0]).isEqualTo((byte) 3);
    assertThat(first.explanation()).endsWith(" Exchange rates used: 1 USD = 0.92 EUR on 1 June 2026.");

    ExceptionReview ratesGone = reviewOf(withDollarNeighbour(), ReviewPolicy.defaults().withExchangeRates(POUNDS_ONLY));
    Rejection refused = ratesGone.decide(routed, attempt("d-1", SAM, Verdict.APPROVE, ROUTED.plusSeconds(60))).getLeft();
    assertThat(refused.codes()).containsExactly(ReviewCode.NO_EXCHANGE_RATE);
    assertThat(refused.explanation()).contains("there is no exchange rate from USD to EUR for 1 June 2026 to count "
        + "the related request r-2 (25,000.00 USD) towards the total of the fund request r-1 (REV-08)");
    assertThat(ratesGone.decide(routed, attempt("d-1", SAM, Verdict.REJECT, ROUTED.plusSeconds(60))).isRight()).isTrue();
  }

  @Test
  void a_fund_cap_counts_approved_requests_in_other_currencies_at_the_rate() {
    FundRequest earlier = FundRequest.builder().from(dollars("r-5", "30000")).submittedAt(T0.minus(Duration.ofDays(90)))
        .build();
    DecisionRecord approved = DecisionRecord.builder().id(new DecisionRecordId("d-5")).request(earlier.id())
        .decisionType(DecisionType.FUND_ALLOCATION).decider(SAM).verdict(Verdict.APPROVE)
        .decidedAt(T0.minus(Duration.ofDays(80))).rationale(Option.some("fits")).build();
    EcosystemParts.Builder parts = parts().requests(List.of(earlier)).decisionRecords(List.of(approved));
    ReviewPolicy capped = WITH_RATES.withProgramCap(PILOT, eur("50000"));
    ExceptionReview review = reviewOf(parts, capped);
    ReviewCase routed = review.route(ReviewCase.submit(fund("r-1", ACME, "25000")), ROUTED).get();

    Rejection over = review.decide(routed, attempt("d-1", SAM, Verdict.APPROVE, ROUTED.plusSeconds(60))).getLeft();
    assertThat(over.explanation()).isEqualTo("Rejected: approving 25000.00 EUR takes the approved total of program "
        + "Pilot to 52600.00 EUR, over its cap of 50000.00 EUR (30,000.00 USD counted as 27,600.00 EUR at 0.92 on "
        + "1 June 2026) (SOD-09).");
    AcceptedDecision within = reviewOf(parts, WITH_RATES.withProgramCap(PILOT, eur("52600")))
        .decide(routed, attempt("d-1", SAM, Verdict.APPROVE, ROUTED.plusSeconds(60))).get();
    assertThat(within.rates()).containsExactly(USD_EUR);
    Rejection noRates = reviewOf(parts, ReviewPolicy.defaults().withProgramCap(PILOT, eur("60000")))
        .decide(routed, attempt("d-1", SAM, Verdict.APPROVE, ROUTED.plusSeconds(60))).getLeft();
    assertThat(noRates.explanation()).isEqualTo("Rejected: the review policy gives no exchange rates to count the "
        + "approved request r-5 (30,000.00 USD) in EUR against the fund cap of program Pilot, 60,000.00 EUR (REV-04).");
  }

  // ---------------------------------------------------------------- the matrix's amount bands

  /** Kim decides fund allocations below 10,000 EUR, Sam from 10,000 EUR. */
  static EcosystemParts.Builder bandedInEuros() {
    Period always = Period.from(T0.minus(Duration.ofDays(365)));
    return parts().reviewPaths(List.of(BOTH)).matrix(DecisionRightsMatrix.of(List.of(
        DecisionRight.builder().id(new DecisionRightId("r-small")).decisionType(DecisionType.FUND_ALLOCATION)
            .holder(Holder.person(KIM)).role(RapidRole.DECIDE)
            .scope(Scope.builder().validity(always).amountBand(Option.some(AmountBand.below(eur("10000")))).build()).build(),
        DecisionRight.builder().id(new DecisionRightId("r-large")).decisionType(DecisionType.FUND_ALLOCATION)
            .holder(Holder.person(SAM)).role(RapidRole.DECIDE)
            .scope(Scope.builder().validity(always).amountBand(Option.some(AmountBand.from(eur("10000")))).build()).build()),
        List.empty()));
  }

  @Test
  void a_dollar_request_finds_its_band_in_euros_at_the_rate() {
    ReviewPlan plan = reviewOf(bandedInEuros(), WITH_RATES).route(dollars("r-1", "11500"), ROUTED).get();
    assertThat(plan.accountability().decider()).isInstanceOfSatisfying(Decider.Decided.class,
        d -> assertThat(d.holder()).isEqualTo(Holder.person(SAM)));
    assertThat(plan.rates()).containsExactly(USD_EUR);
    assertThat(plan.explanation()).endsWith("Exchange rates: 11,500.00 USD counted as 10,580.00 EUR at 0.92 on 1 June 2026.");

    assertThat(reviewOf(bandedInEuros(), ReviewPolicy.defaults()).route(dollars("r-1", "11500"), ROUTED).getLeft().codes())
        .containsExactly(ReviewCode.UNSTAFFED); // as before: no band in another currency matches
    assertThat(reviewOf(bandedInEuros(), ReviewPolicy.defaults().withExchangeRates(POUNDS_ONLY))
        .route(dollars("r-1", "11500"), ROUTED).getLeft().explanation()).isEqualTo("Rejected: there is no exchange "
            + "rate from USD to EUR for 1 June 2026 to count the total of 11,500.00 USD in the amount bands and "
            + "delegation limits of the decision rights, which are in EUR (REV-08).");
  }
}
