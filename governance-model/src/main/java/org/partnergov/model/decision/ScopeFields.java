package org.partnergov.model.decision;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The raw scope fields that the drafts of decision rights and delegations share, read the same
 * way for both. Blank program, region, tier and partner type mean "any".
 */
public interface ScopeFields {

  /** {@return the program id the scope is limited to; blank for any program} */
  @Nullable String program();

  /** {@return the region the scope is limited to; blank for any region} */
  @Nullable String region();

  /** {@return the tier the scope is limited to; blank for any tier} */
  @Nullable String tier();

  /** {@return a {@link org.partnergov.model.party.PartnerType} name; blank for any partner type} */
  @Nullable String partnerType();

  /** {@return the smallest amount of the band, inclusive; required when any amount field is given} */
  @Nullable BigDecimal amountFrom();

  /** {@return the first amount above the band; absent for a band without upper limit} */
  @Nullable BigDecimal amountTo();

  /** {@return the ISO 4217 code of the band's currency; required when any amount field is given} */
  @Nullable String amountCurrency();

  /** {@return the first instant of validity, required} */
  @Nullable Instant validFrom();

  /** {@return the first instant after validity; absent for open-ended validity} */
  @Nullable Instant validUntil();
}
