package org.partnergov.model.decision;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Tier;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.time.Period;

/**
 * The raw scope fields that the drafts of decision rights and delegations share, so that both
 * read them the same way ({@link #read}). Blank program, region, tier and partner type mean
 * "any".
 */
interface ScopeFields {

  /** The program id the scope is limited to; blank for any program. */
  @Nullable String program();

  /** The region the scope is limited to; blank for any region. */
  @Nullable String region();

  /** The tier the scope is limited to; blank for any tier. */
  @Nullable String tier();

  /** A {@link org.partnergov.model.party.PartnerType} name; blank for any partner type. */
  @Nullable String partnerType();

  /** The smallest amount of the band, inclusive; required when any amount field is given. */
  @Nullable BigDecimal amountFrom();

  /** The first amount above the band; absent for a band without upper limit. */
  @Nullable BigDecimal amountTo();

  /** The ISO 4217 code of the band's currency; required when any amount field is given. */
  @Nullable String amountCurrency();

  /** The first instant of validity, required. */
  @Nullable Instant validFrom();

  /** The first instant after validity; absent for open-ended validity. */
  @Nullable Instant validUntil();

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
    Period validity = validity(checks, raw.validFrom(), raw.validUntil());
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
    Currency currency = currency(checks, "amountCurrency", raw.amountCurrency());
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

  private static @Nullable Period validity(Checks checks, @Nullable Instant from, @Nullable Instant until) {
    if (checks.present("validFrom", from) == null) {
      return null;
    }
    boolean ok = until == null || checks.that(until.isAfter(from), ProblemCode.PERIOD_REVERSED,
        "validUntil", "must be after validFrom " + from + ", was " + until);
    return ok ? new Period(from, Option.of(until)) : null;
  }

  /** A required ISO 4217 currency code, recording a problem at {@code path} when missing or unknown. */
  static @Nullable Currency currency(Checks checks, String path, @Nullable String code) {
    String text = checks.text(path, code);
    if (text == null) {
      return null;
    }
    Option<Currency> known = knownCurrency(text);
    checks.that(known.isDefined(), ProblemCode.UNKNOWN_CURRENCY, path,
        "'" + text + "' is not an ISO 4217 currency code");
    return known.getOrNull();
  }

  /** The currency of the code when it is a known ISO 4217 code, recording nothing. */
  static Option<Currency> knownCurrency(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return Option.none();
    }
    try {
      return Option.some(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Option.none();
    }
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
