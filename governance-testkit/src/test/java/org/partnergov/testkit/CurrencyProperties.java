package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.ExchangeRates;
import org.partnergov.model.money.Money;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.review.AcceptedDecision;
import org.partnergov.rules.review.DecisionAttempt;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.PlannedLevel;
import org.partnergov.rules.review.Rejection;
import org.partnergov.rules.review.RequestFacts;
import org.partnergov.rules.review.ReviewCase;
import org.partnergov.rules.review.ReviewCode;
import org.partnergov.rules.review.ReviewPlan;
import org.partnergov.rules.review.ReviewPolicy;
import org.partnergov.testkit.ReviewScenarios.Scenario;

/**
 * Review in several currencies (issue 13, section 2): counting at a rate of 1 changes nothing, and a
 * total never leaves out a related request silently.
 */
class CurrencyProperties {

  private static final LocalDate DAY = ReviewScenarios.SUBMITTED.atZone(ZoneOffset.UTC).toLocalDate();
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final ExchangeRates AT_ONE = ExchangeRates.of(ExchangeRate.of("USD", "EUR", DAY, "1"),
      ExchangeRate.of("EUR", "USD", DAY, "1"), ExchangeRate.of("GBP", "EUR", DAY, "1"));

  /** The request in the currency, the same number; a request without an amount as it is. */
  private static ExceptionRequest in(ExceptionRequest request, Currency currency) {
    return request instanceof FundRequest f
        ? FundRequest.builder().from(f).requestedAmount(new Money(f.requestedAmount().amount(), currency)).build()
        : request;
  }

  /** The snapshot with its i-th request in the currency {@code currency.apply(i)}. */
  private static EcosystemSnapshot in(EcosystemSnapshot snapshot, java.util.function.IntFunction<Currency> currency) {
    EcosystemParts parts = snapshot.parts();
    Seq<ExceptionRequest> requests = parts.requests().zipWithIndex().map(t -> in(t._1, currency.apply(t._2)));
    return EcosystemSnapshot.of(EcosystemParts.builder().from(parts).requests(requests).build())
        .fold(problems -> {
          throw new IllegalStateException(problems.mkString("; "));
        }, s -> s);
  }

  /** What two routings must share to be the same routing, whatever the currencies they were counted in. */
  private static Object outcome(Either<Rejection, ReviewPlan> routed) {
    return routed.fold(r -> r.codes().toSet(), p -> List.of(p.lane(), p.requiredApprovals(), p.related(), p.codes(),
        p.total().map(Money::amount), p.accountability().decider(), p.levels().map(PlannedLevel::name),
        p.levels().map(PlannedLevel::decider), p.steps(), p.fastPathCriteria()));
  }

  /** What two decisions must share to be the same decision. */
  private static Object decision(Either<Rejection, AcceptedDecision> decided) {
    // the rates of 1 the dollar run counted at are the one difference the property allows
    return decided.fold(r -> r.codes().toSet(),
        a -> List.of(ExceptionReviewProperties.withoutRates(a.record()), a.reviewCase().state().describe()));
  }

  @Test
  void CUR_01_countingAtARateOfOneGivesTheRoutingAndDecisionOfOneCurrency() {
    AtomicInteger mixed = new AtomicInteger();
    qt().withExamples(1_000).forAll(ReviewScenarios.scenarios(), integers().between(0, 1023)).checkAssert((s, mask) -> {
      ReviewPolicy policy = s.policy().withExchangeRates(AT_ONE);
      ExceptionRequest inEuros = in(s.request(), EUR);
      ExceptionRequest variant = in(s.request(), (mask & 1) == 0 ? EUR : USD);
      EcosystemSnapshot allEuros = in(s.snapshot(), i -> EUR);
      EcosystemSnapshot someDollars = in(s.snapshot(), i -> (mask >> (1 + i % 9) & 1) == 0 ? EUR : USD);
      ExceptionReview one = ExceptionReview.of(allEuros, policy);
      ExceptionReview two = ExceptionReview.of(someDollars, policy);

      Either<Rejection, ReviewPlan> a = one.route(inEuros, ReviewScenarios.ROUTED);
      Either<Rejection, ReviewPlan> b = two.route(variant, ReviewScenarios.ROUTED);
      assertThat(outcome(b)).as("routed with dollars at 1: %s", b).isEqualTo(outcome(a));
      if (!b.isRight()) {
        return;
      }
      if (!b.get().rates().isEmpty()) {
        mixed.incrementAndGet();
      }
      DecisionAttempt attempt = new DecisionAttempt(new DecisionRecordId("decision-attempt"), s.attempt().reviewer(),
          s.attempt().verdict(), s.attempt().rationale(), s.attempt().conditions(), ReviewScenarios.DECIDED);
      ReviewCase caseOne = one.route(ReviewCase.submit(inEuros), ReviewScenarios.ROUTED).get();
      ReviewCase caseTwo = two.route(ReviewCase.submit(variant), ReviewScenarios.ROUTED).get();
      assertThat(decision(two.decide(caseTwo, attempt))).isEqualTo(decision(one.decide(caseOne, attempt)));
    });
    System.out.println("CUR-01: " + mixed + " of 1000 routings counted an amount at a rate");
    assertThat(mixed.get()).as("routings that counted an amount in another currency").isGreaterThan(200);
  }

  /** A drawn setting: the neighbours' currencies and the host's rates, if any. */
  record Setting(Scenario scenario, Seq<Currency> currencies, Option<Seq<ExchangeRate>> rates) {
    ReviewPolicy policy() {
      return rates.fold(() -> new ReviewPolicy(scenario.policy().criteria(), scenario.policy().rules(),
          scenario.policy().programCaps(), scenario.policy().partnerCaps(), scenario.policy().frozenPrograms(),
          scenario.policy().aggregationWindow(), scenario.policy().maxDelegation(), scenario.policy().evidenceClass()),
          table -> scenario.policy().withExchangeRates(ExchangeRates.of(table)));
    }

    EcosystemSnapshot snapshot() {
      return in(scenario.snapshot(), i -> currencies.get(i % currencies.size()));
    }

    @Override
    public String toString() {
      return "neighbours in " + currencies.map(Currency::getCurrencyCode).mkString(", ") + ", rates "
          + rates.map(t -> t.mkString("; ")).getOrElse("none") + ", " + scenario.snapshot().parts().requests()
              .map(r -> r.id() + " " + r.amount().map(Money::toString).getOrElse("-") + " at " + r.submittedAt());
    }
  }

  private static org.quicktheories.core.Gen<Setting> settings() {
    org.quicktheories.core.Gen<Seq<Currency>> currencies = lists()
        .of(integers().between(0, 9).map(i -> i < 4 ? EUR : i < 7 ? USD : GBP)).ofSizeBetween(1, 6).map(l -> (Seq<Currency>) List.ofAll(l));
    org.quicktheories.core.Gen<Option<Seq<ExchangeRate>>> rates = integers().between(0, 99).zip(
        integers().between(0, 3), integers().between(0, 3), (roll, usd, gbp) -> {
          if (roll < 20) {
            return Option.<Seq<ExchangeRate>>none();
          }
          Seq<String> values = List.of("0.92", "1", "1.17", "0.3333");
          Seq<ExchangeRate> table = List.empty();
          if (roll % 3 != 0) {
            table = table.append(ExchangeRate.of("USD", "EUR", DAY, values.get(usd)));
          }
          if (roll % 4 != 0) {
            table = table.append(ExchangeRate.of("GBP", "EUR", DAY.minusDays(2), values.get(gbp)));
          }
          return Option.some(table);
        });
    return ReviewScenarios.splitScenarios().mix(ReviewScenarios.scenarios(), 40)
        .zip(currencies, rates, Setting::new);
  }

  @Test
  void CUR_02_aTotalNeverLeavesOutARelatedRequestSilently() {
    int[] seen = new int[3]; // all counted with a conversion, some uncounted and refused, all in the request's currency
    qt().withExamples(2_000).forAll(settings()).checkAssert(setting -> {
      ExceptionRequest request = setting.scenario().request();
      ReviewPolicy policy = setting.policy();
      EcosystemSnapshot snapshot = setting.snapshot();
      EcosystemParts parts = snapshot.parts();
      ExceptionReview review = ExceptionReview.of(snapshot, policy);
      RequestFacts facts = review.facts(request);

      Seq<ExceptionRequest> near = DecideReference.near(parts, policy, request);
      for (ExceptionRequest r : near) {
        assertThat(facts.related().contains(r.id()) != facts.uncounted().contains(r.id()))
            .as("%s is either in the total or listed as uncounted", r.id()).isTrue();
      }
      assertThat(facts.related().appendAll(facts.uncounted()).toSet()).isEqualTo(near.map(ExceptionRequest::id).toSet());
      BigDecimal expected = request.amount().map(Money::amount).getOrElse(BigDecimal.ZERO);
      for (ExceptionRequest r : near) {
        Option<Money> counted = DecideReference.counted(policy, request, r.amount().get(), request.amount().get().currency());
        assertThat(counted.isDefined()).as("%s counted", r.id()).isEqualTo(facts.related().contains(r.id()));
        expected = expected.add(counted.map(Money::amount).getOrElse(BigDecimal.ZERO));
      }
      BigDecimal sum = expected;
      assertThat(facts.total().map(Money::amount).map(BigDecimal::stripTrailingZeros))
          .isEqualTo(request.amount().map(a -> sum.stripTrailingZeros()));

      Either<Rejection, ReviewPlan> routed = review.route(request, ReviewScenarios.ROUTED);
      ReviewCode missing = policy.exchangeRates().isEmpty() ? ReviewCode.CURRENCY_MISMATCH : ReviewCode.NO_EXCHANGE_RATE;
      if (facts.uncounted().isEmpty()) {
        boolean forACurrency = routed.fold(r -> r.violates(ReviewCode.CURRENCY_MISMATCH)
            || r.violates(ReviewCode.NO_EXCHANGE_RATE), p -> false);
        assertThat(forACurrency).as("refused for a currency though every amount was counted: %s", routed).isFalse();
        seen[facts.conversions().isEmpty() ? 2 : 0]++;
      } else {
        seen[1]++;
        assertThat(routed.isLeft()).as("routed although %s were not counted", facts.uncounted()).isTrue();
        assertThat(routed.getLeft().violates(missing)).as("%s", routed.getLeft()).isTrue();
        for (RequestId id : facts.uncounted()) {
          assertThat(routed.getLeft().explanation()).contains("the related request " + id + " (");
        }
        // an approval of a case routed before the rates went missing is refused too
        ReviewCase routedBefore = ExceptionReview.of(snapshot, policy.withExchangeRates(AT_ONE))
            .route(ReviewCase.submit(request), ReviewScenarios.ROUTED).getOrNull();
        if (routedBefore != null) {
          Either<Rejection, AcceptedDecision> decided = review.decide(routedBefore, new DecisionAttempt(
              new DecisionRecordId("decision-attempt"), setting.scenario().attempt().reviewer(), Verdict.APPROVE,
              Option.some("fits"), List.empty(), ReviewScenarios.DECIDED));
          assertThat(decided.isLeft() && decided.getLeft().violates(missing)).as("approved: %s", decided).isTrue();
        }
      }
    });
    System.out.println("CUR-02 (counted with a rate, refused for a missing rate, one currency): "
        + seen[0] + ", " + seen[1] + ", " + seen[2]);
    assertThat(seen[0]).isGreaterThan(100);
    assertThat(seen[1]).isGreaterThan(100);
  }
}
