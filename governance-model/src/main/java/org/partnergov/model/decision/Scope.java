package org.partnergov.model.decision;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Tier;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.time.Period;

/**
 * Where a decision right or a delegation applies: optionally limited to a program, a region, a
 * tier, a partner type and a band of amounts (each left out means "any"), always within a
 * validity period.
 */
@Value.Immutable
@ModelStyle
public abstract class Scope {

  /** For the implementation Immutables generates, in this package only. */
  Scope() {}

  /** {@return the program the scope is limited to; none for any program} */
  @Value.Default
  public Option<ProgramId> program() {
    return Option.none();
  }

  /** {@return the region the scope is limited to; none for any region} */
  @Value.Default
  public Option<Region> region() {
    return Option.none();
  }

  /** {@return the partner tier the scope is limited to; none for any tier} */
  @Value.Default
  public Option<Tier> tier() {
    return Option.none();
  }

  /** {@return the partner type the scope is limited to; none for any partner type} */
  @Value.Default
  public Option<PartnerType> partnerType() {
    return Option.none();
  }

  /** {@return the band the amount at stake must lie in; none for any amount, or no amount at all} */
  @Value.Default
  public Option<AmountBand> amountBand() {
    return Option.none();
  }

  /** {@return when the scope holds} */
  public abstract Period validity();

  /**
   * {@return the scope without limits other than its validity}
   *
   * @param validity when the scope holds
   */
  public static Scope any(Period validity) {
    return builder().validity(validity).build();
  }

  /**
   * {@return whether the decision falls inside this scope at the instant: the instant lies in the
   * validity, and every dimension the scope limits is known for the decision and matches} A
   * decision without an amount lies outside every scope with an amount band.
   *
   * @param decision the decision to be made
   * @param at when the decision is made
   */
  public boolean covers(DecisionContext decision, Instant at) {
    return validity().contains(at)
        && matches(program(), decision.program())
        && matches(region(), decision.region())
        && matches(tier(), decision.tier())
        && matches(partnerType(), decision.partnerType())
        && amountBand().forAll(band -> decision.amount().exists(band::contains));
  }

  private static <T> boolean matches(Option<T> limit, Option<T> actual) {
    return limit.forAll(actual::contains);
  }

  /** Reads as {@code program-1, EMEA, any tier, any partner type, [0.00 EUR, 5000.00 EUR), valid [..)}. */
  @Override
  public String toString() {
    return program().map(ProgramId::toString).getOrElse("any program")
        + ", " + region().map(Region::toString).getOrElse("any region")
        + ", " + tier().map(Tier::toString).getOrElse("any tier")
        + ", " + partnerType().map(t -> t.name().toLowerCase(Locale.ROOT)).getOrElse("any partner type")
        + ", " + amountBand().map(AmountBand::toString).getOrElse("any amount")
        + ", valid " + validity();
  }

  /** {@return a builder for a scope; only the validity is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scope}; {@code build()} throws when the validity is missing. */
  public static final class Builder extends ImmutableScope.Builder {

    /** An empty builder; start one with {@code builder()}. */
    Builder() {}

    /**
     * Limits the scope to the program.
     *
     * @param value the only program the scope covers
     * @return this builder
     */
    public Builder program(ProgramId value) {
      return program(Option.some(value));
    }

    /**
     * Limits the scope to the region.
     *
     * @param value the only region the scope covers
     * @return this builder
     */
    public Builder region(Region value) {
      return region(Option.some(value));
    }

    /**
     * Limits the scope to the tier.
     *
     * @param value the only partner tier the scope covers
     * @return this builder
     */
    public Builder tier(Tier value) {
      return tier(Option.some(value));
    }

    /**
     * Limits the scope to the partner type.
     *
     * @param value the only partner type the scope covers
     * @return this builder
     */
    public Builder partnerType(PartnerType value) {
      return partnerType(Option.some(value));
    }

    /**
     * Limits the scope to amounts in the band.
     *
     * @param value the band the amount at stake must lie in
     * @return this builder
     */
    public Builder amountBand(AmountBand value) {
      return amountBand(Option.some(value));
    }
  }

  /**
   * Reads the scope fields of a draft, recording every problem; null when there was one. A band
   * is read when any of its three fields is given: then {@code amountFrom} (zero or more) and
   * {@code amountCurrency} are required, and {@code amountTo}, when given, must not be negative
   * ({@code NEGATIVE}) and must lie above {@code amountFrom} ({@code OUT_OF_RANGE} at
   * {@code amountTo}, as a reversed period is {@code PERIOD_REVERSED} at {@code validUntil}).
   */
  static @Nullable Scope read(Checks checks, ScopeFields raw) {
    Option<ProgramId> program = checks.optionalText(raw.program(), ProgramId::new);
    Option<Region> region = checks.optionalText(raw.region(), Region::new);
    Option<Tier> tier = checks.optionalText(raw.tier(), Tier::new);
    Option<PartnerType> type = checks.optionalName("partnerType", raw.partnerType(), PartnerType.class);
    boolean typeOk = type.isDefined() || blank(raw.partnerType());
    Option<AmountBand> band = band(checks, raw);
    Period validity = checks.period("validFrom", raw.validFrom(), "validUntil", raw.validUntil());
    if (!typeOk || band == null || validity == null) {
      return null;
    }
    return Scope.builder().program(program).region(region).tier(tier).partnerType(type)
        .amountBand(band).validity(validity).build();
  }

  /** The band of the fields: none when no amount field is given, null after a problem. */
  private static @Nullable Option<AmountBand> band(Checks checks, ScopeFields raw) {
    if (raw.amountFrom() == null && raw.amountTo() == null && blank(raw.amountCurrency())) {
      return Option.none();
    }
    Currency currency = checks.currency("amountCurrency", raw.amountCurrency());
    BigDecimal from = checks.present("amountFrom", raw.amountFrom());
    boolean fromOk = from != null && checks.that(from.signum() >= 0, ProblemCode.NEGATIVE,
        "amountFrom", "must not be negative, was " + from.toPlainString());
    BigDecimal to = raw.amountTo();
    boolean toOk = to == null || checks.that(to.signum() >= 0, ProblemCode.NEGATIVE, "amountTo",
        "must not be negative, was " + to.toPlainString());
    if (toOk && to != null && fromOk) {
      toOk = checks.that(to.compareTo(from) > 0, ProblemCode.OUT_OF_RANGE, "amountTo",
          "must be above amountFrom " + from.toPlainString() + ", was " + to.toPlainString());
    }
    if (currency == null || !fromOk || !toOk) {
      return null;
    }
    return Option.some(new AmountBand(new Money(from, currency), Option.of(to).map(t -> new Money(t, currency))));
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
