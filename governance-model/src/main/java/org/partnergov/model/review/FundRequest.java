package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.time.Period;

/**
 * A request for market development funds or co-op funds: how much, for what purpose and, if
 * known, for which activity period. Decided as a {@code FUND_ALLOCATION}.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class FundRequest implements ExceptionRequest {

  /** For the implementation Immutables generates, in this package only. */
  FundRequest() {}

  /** {@return the kind of funds: market development funds or co-op} */
  public abstract FundKind kind();

  /** {@return the amount asked for, greater than zero} */
  public abstract Money requestedAmount();

  /** {@return what the funds pay for} */
  public abstract String purpose();

  /** {@return when the funded activity takes place, if known} */
  @Value.Default
  public Option<Period> activityPeriod() {
    return Option.none();
  }

  @Value.Check
  void check() {
    Submission.check(this);
    Text.nonBlank(purpose(), "purpose");
    if (!requestedAmount().isPositive()) {
      throw new IllegalArgumentException(
          "requestedAmount must be greater than zero: " + requestedAmount());
    }
  }

  /** {@return a builder for a fund request from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundRequest}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableFundRequest.Builder
      implements Submission.Target<Builder> {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a fund request from host data, or every problem: the common ones of any request (blank
   * id, requester, partner or rationale, a blank cited id, no submission time), an unknown kind, a
   * missing, zero or negative amount or an unknown currency, a blank purpose, an activity period
   * without a start or ending before it starts}
   *
   * @param draft the fund request as the host's data has it
   */
  public static Validation<Seq<Problem>, FundRequest> parse(FundRequestDraft draft) {
    Checks checks = Checks.start();
    Submission common = Submission.read(checks, draft);
    FundKind kind = checks.name("kind", draft.kind(), FundKind.class);
    Money amount = checks.positiveMoney("amount", draft.amount(), "currency", draft.currency());
    String purpose = checks.text("purpose", draft.purpose());
    Option<Period> period = draft.activityStart() == null && draft.activityEnd() == null
        ? Option.none()
        : Option.of(checks.period("activityStart", draft.activityStart(), "activityEnd", draft.activityEnd()));
    return checks.result(() -> common.into(builder()).kind(kind).requestedAmount(amount)
        .purpose(purpose).activityPeriod(period).build());
  }
}
