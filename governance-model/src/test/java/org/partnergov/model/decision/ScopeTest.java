package org.partnergov.model.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Tier;
import org.partnergov.model.time.Period;

class ScopeTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2027-01-01T00:00:00Z");
  private static final Instant MID = Instant.parse("2026-06-30T12:00:00Z");

  private final Scope emeaUpTo10k = Scope.builder().region(Region.of("EMEA"))
      .amountBand(AmountBand.below(Money.of("10000", "EUR"))).validity(Period.of(START, END)).build();

  private final DecisionContext funds = DecisionContext.of(DecisionType.FUND_ALLOCATION)
      .withRegion(Region.of("EMEA")).withAmount(Money.of("9999.99", "EUR"));

  @Test
  void an_unlimited_scope_covers_every_decision_inside_its_validity() {
    Scope any = Scope.any(Period.of(START, END));

    assertThat(any.covers(DecisionContext.of(DecisionType.of("pilot extension")), MID)).isTrue();
    assertThat(any.covers(funds, START)).isTrue();
    assertThat(any.covers(funds, END)).as("validity ends before its end instant").isFalse();
    assertThat(any.covers(funds, START.minusNanos(1))).isFalse();
  }

  @Test
  void the_band_includes_its_lower_limit_and_excludes_its_upper_one() {
    assertThat(emeaUpTo10k.covers(funds, MID)).isTrue();
    assertThat(emeaUpTo10k.covers(funds.withAmount(Money.of("10000.00", "EUR")), MID)).isFalse();
    assertThat(emeaUpTo10k.covers(funds.withAmount(Money.of("0", "EUR")), MID)).isTrue();
    assertThat(emeaUpTo10k.covers(funds.withAmount(Money.of("5", "USD")), MID))
        .as("another currency is never inside the band").isFalse();
  }

  @Test
  void a_limited_dimension_needs_a_known_matching_value() {
    DecisionContext noAmount = DecisionContext.of(DecisionType.FUND_ALLOCATION).withRegion(Region.of("EMEA"));
    DecisionContext noRegion = DecisionContext.of(DecisionType.FUND_ALLOCATION).withAmount(Money.of("1", "EUR"));

    assertThat(emeaUpTo10k.covers(noAmount, MID)).isFalse();
    assertThat(emeaUpTo10k.covers(noRegion, MID)).isFalse();
    assertThat(emeaUpTo10k.covers(funds.withRegion(Region.of("DACH")), MID)).isFalse();
  }

  @Test
  void an_unlimited_dimension_matches_any_value_or_none() {
    Scope gold = Scope.builder().tier(Tier.of("Gold")).validity(Period.from(START)).build();

    assertThat(gold.covers(funds.withTier(Tier.of("Gold")).withProgram(ProgramId.of("pilot"))
        .withPartnerType(PartnerType.ISV), MID)).isTrue();
    assertThat(gold.covers(funds.withTier(Tier.of("Silver")), MID)).isFalse();
    assertThat(gold.covers(funds, MID)).isFalse();
  }

  @Test
  void reads_as_plain_words() {
    assertThat(emeaUpTo10k).hasToString("any program, EMEA, any tier, any partner type,"
        + " [0.00 EUR, 10000.00 EUR), valid [2026-01-01T00:00:00Z, 2027-01-01T00:00:00Z)");
  }
}
