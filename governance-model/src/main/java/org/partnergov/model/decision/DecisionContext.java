package org.partnergov.model.decision;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Tier;

/**
 * One decision to be made, described by the values a {@link Scope} looks at: its type and, where
 * they apply, the program, region, tier and type of the partner, and the amount at stake.
 *
 * @param type the kind of decision
 * @param program the program the decision belongs to, if any
 * @param region the region concerned, if any
 * @param tier the tier of the partner concerned, if any
 * @param partnerType the type of the partner concerned, if any
 * @param amount the amount at stake, if any
 */
public record DecisionContext(DecisionType type, Option<ProgramId> program, Option<Region> region,
    Option<Tier> tier, Option<PartnerType> partnerType, Option<Money> amount) {

  /** Throws on a missing part; use {@code Option.none()} for what does not apply. */
  public DecisionContext {
    requireNonNull(type, "type");
    requireNonNull(program, "program");
    requireNonNull(region, "region");
    requireNonNull(tier, "tier");
    requireNonNull(partnerType, "partnerType");
    requireNonNull(amount, "amount");
  }

  /** A decision of the type with nothing else known about it. */
  public static DecisionContext of(DecisionType type) {
    return new DecisionContext(type, Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
  }

  /** The same decision within the program. */
  public DecisionContext withProgram(ProgramId value) {
    return new DecisionContext(type, Option.some(value), region, tier, partnerType, amount);
  }

  /** The same decision in the region. */
  public DecisionContext withRegion(Region value) {
    return new DecisionContext(type, program, Option.some(value), tier, partnerType, amount);
  }

  /** The same decision for a partner of the tier. */
  public DecisionContext withTier(Tier value) {
    return new DecisionContext(type, program, region, Option.some(value), partnerType, amount);
  }

  /** The same decision for a partner of the type. */
  public DecisionContext withPartnerType(PartnerType value) {
    return new DecisionContext(type, program, region, tier, Option.some(value), amount);
  }

  /** The same decision about the amount. */
  public DecisionContext withAmount(Money value) {
    return new DecisionContext(type, program, region, tier, partnerType, Option.some(value));
  }
}
