package org.partnergov.model.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.partnergov.model.money.Money;

class EscalationValuesTest {

  @Test
  void risk_kinds_are_normalized_and_know_whether_they_are_built_in() {
    assertThat(RiskKind.of(" fund-misuse ")).isEqualTo(RiskKind.FUND_MISUSE);
    assertThat(RiskKind.of("Customer complaint").isBuiltIn()).isTrue();
    assertThat(RiskKind.of("data leak").code()).isEqualTo("DATA_LEAK");
    assertThat(RiskKind.of("data leak").isBuiltIn()).isFalse();
    assertThat(RiskKind.builtIn()).hasSize(6);
    assertThatThrownBy(() -> RiskKind.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratings_lie_between_one_and_five() {
    assertThat(Rating.of(1).compareTo(Rating.of(5))).isNegative();
    assertThat(Rating.of(3)).hasToString("3/5");
    assertThatThrownBy(() -> Rating.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rating.of(6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void magnitudes_and_consequences_check_their_parts() {
    Magnitude some = new Magnitude(3, Option.some(Money.of("10", "EUR")), Option.some(" GDPR "));

    assertThat(some.regulation()).isEqualTo(Option.some("GDPR"));
    assertThat(some.isNone()).isFalse();
    assertThat(Magnitude.none().isNone()).isTrue();
    assertThatThrownBy(() -> new Magnitude(-1, Option.none(), Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Magnitude(0, Option.none(), Option.some("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Consequence(ConsequenceCategory.COMPLIANCE, Severity.HIGH, some, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("explanation");
    assertThat(new Consequence(ConsequenceCategory.COMPLIANCE, Severity.HIGH, some, "GDPR breach")
        .isAtLeast(Severity.MEDIUM)).isTrue();
  }
}
