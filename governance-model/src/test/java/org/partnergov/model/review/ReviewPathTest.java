package org.partnergov.model.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Role;
import org.partnergov.model.problem.Problem;

class ReviewPathTest {

  private final ReviewPathDraft valid = ReviewPathDraft.builder().id("funds-emea")
      .decisionType("fund allocation")
      .steps(List.of(
          ReviewStepDraft.builder().role("partner manager")
              .criteria(List.of(new CriterionDraft("evidence cited", "The request cites activity records")))
              .timeLimit(Duration.ofDays(2)).build(),
          ReviewStepDraft.builder().person("u-1").timeLimit(Duration.ofDays(5)).build()))
      .fastPath(new FastPathDraft(new BigDecimal("5000"), "EUR",
          List.of(new CriterionDraft("within-budget", "The program budget covers it"))))
      .fourEyesThreshold(new BigDecimal("50000")).fourEyesCurrency("EUR").build();

  @Test
  void parses_a_valid_draft() {
    ReviewPath path = valid.validate().get();

    assertThat(path.decisionType()).isEqualTo(DecisionType.FUND_ALLOCATION);
    assertThat(path.steps().map(ReviewStep::reviewer)).containsExactly(
        Holder.role(new Role("partner manager")), Holder.person(new PersonId("u-1")));
    assertThat(path.steps().head().criteria().map(Criterion::code)).containsExactly("EVIDENCE_CITED");
    assertThat(path.fastPath().get().threshold()).isEqualTo(Threshold.of(Money.of("5000", "EUR")));
    assertThat(path.fastPath().get().criteria().map(Criterion::code)).containsExactly("WITHIN_BUDGET");
    assertThat(path.fourEyesThreshold()).isEqualTo(Threshold.of(Money.of("50000", "EUR")));
  }

  @Test
  void reports_every_problem_with_nested_paths() {
    ReviewPathDraft bad = ReviewPathDraft.builder().from(valid).id(" ")
        .steps(List.of(valid.steps().head(),
            ReviewStepDraft.builder().person("u-1").team("finance")
                .criteria(List.of(new CriterionDraft("a", "x"), new CriterionDraft("A", "y"), new CriterionDraft(" ", null)))
                .timeLimit(Duration.ZERO).build()))
        .fastPath(new FastPathDraft(new BigDecimal("-5"), "EUR", List.empty()))
        .fourEyesCurrency("eur").build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-12 steps[1].reviewer: give exactly one of a person, a role and a team as the reviewer, not 2",
        "VAL-09 steps[1].criteria[1].code: criterion A is listed twice",
        "VAL-01 steps[1].criteria[2].code: is required and must not be blank",
        "VAL-01 steps[1].criteria[2].description: is required and must not be blank",
        "VAL-02 steps[1].timeLimit: must be longer than zero, was PT0S",
        "VAL-03 fastPath.threshold: must not be negative, was -5",
        "VAL-11 fastPath.criteria: a fast path needs at least one criterion that must hold");
  }

  @Test
  void reports_no_steps_and_thresholds_in_two_currencies() {
    ReviewPathDraft bad = ReviewPathDraft.builder().from(valid).steps(List.empty())
        .fourEyesCurrency("USD").build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-11 steps: a review path needs at least one step",
        "VAL-04 fourEyesCurrency: must be EUR, the currency of the fast path threshold, was USD");
  }

  @Test
  void the_typed_builder_refuses_no_steps_and_mixed_currencies() {
    ReviewPath path = valid.validate().get();

    assertThatThrownBy(() -> ReviewPath.builder().from(path).steps(List.empty()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one step");
    assertThatThrownBy(() -> ReviewPath.builder().from(path)
        .fourEyesThreshold(Option.some(Money.of("1", "USD"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot combine USD with EUR");
    assertThatThrownBy(() -> ReviewStep.of(Holder.person(new PersonId("u")), List.empty(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeLimit");
    assertThatThrownBy(() -> FastPath.of(Money.of("10", "EUR"), List.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one criterion");
  }

  @Test
  void thresholds_are_strict_at_the_boundary() {
    ReviewPath path = valid.validate().get();
    FastPath fast = path.fastPath().get();

    assertThat(fast.admits(Money.of("4999.99", "EUR"))).isEqualTo(Either.right(true));
    assertThat(fast.admits(Money.of("5000.00", "EUR"))).isEqualTo(Either.right(false));
    assertThat(path.needsFourEyes(Money.of("50000.00", "EUR"))).isEqualTo(Either.right(false));
    assertThat(path.needsFourEyes(Money.of("50000.01", "EUR"))).isEqualTo(Either.right(true));
    assertThat(path.needsFourEyes(Money.of("1", "USD")).isLeft()).isTrue();
    assertThat(ReviewPath.builder().from(path).fourEyesThreshold(Option.none()).build()
        .needsFourEyes(Money.of("1", "USD"))).isEqualTo(Either.right(false));
  }

  @Test
  void criterion_codes_are_normalized_like_open_kinds() {
    assertThat(Criterion.of(" evidence-cited ", " Cites records ")).isEqualTo(Criterion.of("EVIDENCE_CITED", "Cites records"));
    assertThat(new CriterionResult("within budget", true, "ok").criterion()).isEqualTo("WITHIN_BUDGET");
  }
}
