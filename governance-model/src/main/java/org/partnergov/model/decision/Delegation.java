package org.partnergov.model.decision;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * A time-boxed, bounded transfer of a Decide right from one person to another: for one decision
 * type, within a scope whose validity is the time box, up to an optional limit. A person cannot
 * delegate to themselves.
 */
@Value.Immutable
@ModelStyle
public abstract class Delegation {

  /** For the implementation Immutables generates, in this package only. */
  Delegation() {}

  /** {@return the stable id} */
  public abstract DelegationId id();

  /** {@return the kind of decision delegated} */
  public abstract DecisionType decisionType();

  /** {@return the person handing over the Decide right} */
  public abstract PersonId delegator();

  /** {@return the person receiving it} */
  public abstract PersonId delegate();

  /** {@return where the delegation applies; its validity is the time box} */
  public abstract Scope scope();

  /** {@return the largest amount the delegate may decide, inclusive; none for no limit beyond the scope} */
  @Value.Default
  public Option<Money> limit() {
    return Option.none();
  }

  /** {@return when the delegation was revoked, if it was; none by default} */
  @Value.Default
  public Option<Instant> revokedAt() {
    return Option.none();
  }

  /**
   * {@return whether the delegation holds at the instant: inside its time box and
   * not revoked at or before it}
   *
   * @param at the instant to check
   */
  public boolean isInForceAt(Instant at) {
    return scope().validity().contains(at) && revokedAt().forAll(at::isBefore);
  }

  /**
   * {@return whether the amount is within the limit: no limit, or the same currency and at most the limit}
   *
   * @param amount the amount at stake
   */
  public boolean allows(Money amount) {
    return limit().forAll(l -> l.currency().equals(amount.currency()) && amount.amount().compareTo(l.amount()) <= 0);
  }

  /**
   * {@return whether the delegation is in force at the instant for the decision: same type, inside
   * the scope, and, when there is a limit, an amount at stake within it}
   *
   * @param decision the decision to be made
   * @param at when the decision is made
   */
  public boolean appliesTo(DecisionContext decision, Instant at) {
    return decisionType().equals(decision.type()) && scope().covers(decision, at) && isInForceAt(at)
        && (limit().isEmpty() || decision.amount().exists(this::allows));
  }

  @Value.Check
  void check() {
    if (delegator().equals(delegate())) {
      throw new IllegalStateException("delegation " + id() + ": " + delegator() + " cannot delegate to themselves");
    }
    for (Money l : limit()) {
      if (!l.isPositive()) {
        throw new IllegalStateException("delegation " + id() + ": the limit must be above zero, was " + l);
      }
      if (scope().amountBand().exists(b -> !b.lower().currency().equals(l.currency()))) {
        throw new IllegalStateException("delegation " + id() + ": the limit " + l + " and the band "
            + scope().amountBand().get() + " must share a currency");
      }
    }
  }

  /** {@return a builder for a delegation from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Delegation}; {@code build()} throws on a missing value or a broken invariant. */
  public static final class Builder extends ImmutableDelegation.Builder {

    /** An empty builder; start one with {@code builder()}. */
    Builder() {}

    /**
     * Bounds the delegation.
     *
     * @param value the largest amount the delegate may decide, inclusive
     * @return this builder
     */
    public Builder limit(Money value) {
      return limit(Option.some(value));
    }

    /**
     * Records the revocation.
     *
     * @param value when the delegation was revoked
     * @return this builder
     */
    public Builder revokedAt(Instant value) {
      return revokedAt(Option.some(value));
    }
  }

  /**
   * {@return a delegation from host data, or every problem: blank id, decision type, delegator or
   * delegate; the delegate being the delegator ({@code INCONSISTENT} at {@code delegate}); a limit
   * without amount or currency, an unknown currency, a limit not above zero ({@code NOT_POSITIVE}),
   * a limit in another currency than the band ({@code CURRENCY_MISMATCH} at {@code limitCurrency});
   * and the scope problems described on {@link DecisionRight#parse}}
   *
   * @param draft the delegation as the host's data has it
   */
  public static Validation<Seq<Problem>, Delegation> parse(DelegationDraft draft) {
    Checks checks = Checks.start();
    DelegationId id = checks.text("id", draft.id(), DelegationId::new);
    DecisionType type = checks.text("decisionType", draft.decisionType(), DecisionType::new);
    PersonId delegator = checks.text("delegator", draft.delegator(), PersonId::new);
    PersonId delegate = checks.text("delegate", draft.delegate(), PersonId::new);
    checks.that(delegate == null || !delegate.equals(delegator), ProblemCode.INCONSISTENT, "delegate",
        "must be another person than the delegator " + delegator);
    Scope scope = Scope.read(checks, draft);
    Option<Money> limit = limit(checks, draft);
    return checks.result(() -> builder().id(id).decisionType(type).delegator(delegator)
        .delegate(delegate).scope(scope).limit(limit).revokedAt(Option.of(draft.revokedAt())).build());
  }

  private static Option<Money> limit(Checks checks, DelegationDraft draft) {
    BigDecimal amount = draft.limitAmount();
    if (amount == null && (draft.limitCurrency() == null || draft.limitCurrency().isBlank())) {
      return Option.none();
    }
    Currency currency = checks.currency("limitCurrency", draft.limitCurrency());
    boolean ok = checks.present("limitAmount", amount) != null && checks.that(amount.signum() > 0,
        ProblemCode.NOT_POSITIVE, "limitAmount", "must be greater than zero, was " + amount.toPlainString());
    Option<Currency> band = Checks.currencyOf(draft.amountCurrency());
    if (currency != null && band.isDefined() && !band.contains(currency)) {
      checks.problem(ProblemCode.CURRENCY_MISMATCH, "limitCurrency", "must be the currency of the band "
          + band.get().getCurrencyCode() + ", was " + currency.getCurrencyCode());
      return Option.none();
    }
    return ok && currency != null ? Option.some(new Money(amount, currency)) : Option.none();
  }
}
