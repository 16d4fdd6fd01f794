package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.Problem;

/**
 * A request to deviate from an incentive rule for one partner: which incentive, how much, and
 * what deviation is asked for. Decided as an {@code INCENTIVE_EXCEPTION}.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class IncentiveException implements ExceptionRequest {

  /** For the implementation Immutables generates, in this package only. */
  IncentiveException() {}

  /** {@return the name of the incentive rule or program the exception is from} */
  public abstract String incentive();

  /** {@return the amount asked for, greater than zero} */
  public abstract Money requestedAmount();

  /** {@return the deviation from the rule that is asked for} */
  public abstract String deviation();

  @Value.Check
  void check() {
    Submission.check(this);
    Text.nonBlank(incentive(), "incentive");
    Text.nonBlank(deviation(), "deviation");
    if (!requestedAmount().isPositive()) {
      throw new IllegalArgumentException(
          "requestedAmount must be greater than zero: " + requestedAmount());
    }
  }

  /** {@return a builder for an incentive exception from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IncentiveException}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableIncentiveException.Builder
      implements Submission.Target<Builder> {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return an incentive exception from host data, or every problem: the common ones of any
   * request (blank id, requester, partner or rationale, a blank cited id, no submission time), a
   * blank incentive or deviation, a missing, zero or negative amount or an unknown currency}
   *
   * @param draft the incentive exception as the host's data has it
   */
  public static Validation<Seq<Problem>, IncentiveException> parse(IncentiveExceptionDraft draft) {
    Checks checks = Checks.start();
    Submission common = Submission.read(checks, draft);
    String incentive = checks.text("incentive", draft.incentive());
    Money amount = checks.positiveMoney("amount", draft.amount(), "currency", draft.currency());
    String deviation = checks.text("deviation", draft.deviation());
    return checks.result(() -> common.into(builder()).incentive(incentive).requestedAmount(amount)
        .deviation(deviation).build());
  }
}
