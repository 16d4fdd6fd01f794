package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.partnergov.model.evidence.CustomerId;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.Problem;

/**
 * A request to make a promise to a customer on the partner's behalf: to whom, what, by when and,
 * if it has one, its value. Decided as a {@code CUSTOMER_COMMITMENT}.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class Commitment implements ExceptionRequest {

  /** For the implementation Immutables generates, in this package only. */
  Commitment() {}

  /** {@return the customer the promise is made to} */
  public abstract CustomerId customer();

  /** {@return what is promised} */
  public abstract String promise();

  /** {@return when the promise falls due} */
  public abstract Instant dueBy();

  /** {@return the value of the commitment, if it has one} */
  @Value.Default
  public Option<Money> value() {
    return Option.none();
  }

  @Value.Check
  void check() {
    Submission.check(this);
    Text.nonBlank(promise(), "promise");
  }

  /** {@return a builder for a commitment from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Commitment}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableCommitment.Builder
      implements Submission.Target<Builder> {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a commitment from host data, or every problem: the common ones of any request (blank
   * id, requester, partner or rationale, a blank cited id, no submission time), a blank customer or
   * promise, no due date, a value that is negative, lacks its amount or has an unknown currency}
   *
   * @param draft the commitment as the host's data has it
   */
  public static Validation<Seq<Problem>, Commitment> parse(CommitmentDraft draft) {
    Checks checks = Checks.start();
    Submission common = Submission.read(checks, draft);
    CustomerId customer = checks.text("customer", draft.customer(), CustomerId::new);
    String promise = checks.text("promise", draft.promise());
    Instant dueBy = checks.present("dueBy", draft.dueBy());
    Option<Money> value = checks.optionalMoney("value", draft.value(), "currency", draft.currency());
    return checks.result(() -> common.into(builder()).customer(customer).promise(promise)
        .dueBy(dueBy).value(value).build());
  }
}
