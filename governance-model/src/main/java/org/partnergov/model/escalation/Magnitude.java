package org.partnergov.model.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import org.partnergov.model.internal.Text;
import org.partnergov.model.money.Money;

/**
 * How big a consequence is: how many customers it touches, how much revenue it puts at risk and
 * which regulation it involves, where known.
 *
 * @param customersAffected the number of customers affected, zero or more
 * @param revenueAtRisk the revenue at risk, if known
 * @param regulation the regulation involved (for example {@code GDPR}), trimmed, if any
 */
public record Magnitude(int customersAffected, Option<Money> revenueAtRisk, Option<String> regulation) {

  /**
   * Throws on a negative number of customers or a blank regulation; trims the regulation.
   *
   * @param customersAffected the number of customers affected, zero or more
   * @param revenueAtRisk the revenue at risk, if known
   * @param regulation the regulation involved (for example {@code GDPR}), trimmed, if any
   */
  public Magnitude {
    if (customersAffected < 0) {
      throw new IllegalArgumentException("customersAffected must not be negative, was " + customersAffected);
    }
    requireNonNull(revenueAtRisk, "revenueAtRisk");
    regulation = requireNonNull(regulation, "regulation").map(r -> Text.nonBlank(r, "regulation"));
  }

  /** {@return the magnitude of no customers, no revenue and no regulation known to be involved} */
  public static Magnitude none() {
    return new Magnitude(0, Option.none(), Option.none());
  }

  /** {@return whether nothing at all is known to be involved} */
  public boolean isNone() {
    return customersAffected == 0 && revenueAtRisk.isEmpty() && regulation.isEmpty();
  }
}
