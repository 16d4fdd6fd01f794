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

  /**
   * Throws on a missing part; use {@code Option.none()} for what does not apply.
   *
   * @param type the kind of decision
   * @param program the program the decision belongs to, if any
   * @param region the region concerned, if any
   * @param tier the tier of the partner concerned, if any
   * @param partnerType the type of the partner concerned, if any
   * @param amount the amount at stake, if any
   */
  public DecisionContext {
    requireNonNull(type, "type");
    requireNonNull(program, "program");
    requireNonNull(region, "region");
    requireNonNull(tier, "tier");
    requireNonNull(partnerType, "partnerType");
    requireNonNull(amount, "amount");
  }

  /**
   * {@return a decision of the type with nothing else known about it}
   *
   * @param type the kind of decision
   */
  public static DecisionContext of(DecisionType type) {
    return new DecisionContext(type, Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
  }

  /**
   * {@return the same decision within the program}
   *
   * @param value the program the decision belongs to
   */
  public DecisionContext withProgram(ProgramId value) {
    return new DecisionContext(type, Option.some(value), region, tier, partnerType, amount);
  }

  /**
   * {@return the same decision in the region}
   *
   * @param value the region concerned
   */
  public DecisionContext withRegion(Region value) {
    return new DecisionContext(type, program, Option.some(value), tier, partnerType, amount);
  }

  /**
   * {@return the same decision for a partner of the tier}
   *
   * @param value the tier of the partner concerned
   */
  public DecisionContext withTier(Tier value) {
    return new DecisionContext(type, program, region, Option.some(value), partnerType, amount);
  }

  /**
   * {@return the same decision for a partner of the type}
   *
   * @param value the type of the partner concerned
   */
  public DecisionContext withPartnerType(PartnerType value) {
    return new DecisionContext(type, program, region, tier, Option.some(value), amount);
  }

  /**
   * {@return the same decision about the amount}
   *
   * @param value the amount at stake
   */
  public DecisionContext withAmount(Money value) {
    return new DecisionContext(type, program, region, tier, partnerType, Option.some(value));
  }
}
