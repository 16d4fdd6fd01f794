package org.partnergov.model.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.money.CurrencyMismatch;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * The fast path of a review path, for low-risk requests: a request whose amount is below the
 * threshold and that meets every one of the criteria may skip the full review. The threshold may
 * be given in several currencies, one amount each ({@link Threshold}).
 *
 * @param threshold the amount below which the fast path may apply, in one currency or several, each
 *     amount greater than zero
 * @param criteria the criteria that must all hold, at least one, each code at most once
 */
public record FastPath(Threshold threshold, Seq<Criterion> criteria) {

  /**
   * Throws on an empty threshold or one with a zero amount, no criteria, or a criterion code used twice.
   *
   * @param threshold the amount below which the fast path may apply, in one currency or several, each
   *     amount greater than zero
   * @param criteria the criteria that must all hold, at least one, each code at most once
   */
  public FastPath {
    requireNonNull(threshold, "threshold");
    criteria = Criterion.distinct(requireNonNull(criteria, "criteria"), "criteria");
    if (threshold.isEmpty() || !threshold.isPositive()) {
      throw new IllegalArgumentException("threshold must be greater than zero: " + threshold);
    }
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("a fast path needs at least one criterion");
    }
  }

  /**
   * {@return the fast path of the given threshold and criteria}
   *
   * @param threshold the amount below which the fast path may apply, greater than zero
   * @param criteria the criteria that must all hold, at least one, each code at most once
   */
  public static FastPath of(Money threshold, Seq<Criterion> criteria) {
    return new FastPath(Threshold.of(threshold), criteria);
  }

  /**
   * {@return the fast path of a threshold given in one currency or several}
   *
   * @param threshold the amount below which the fast path may apply, each amount greater than zero
   * @param criteria the criteria that must all hold, at least one, each code at most once
   */
  public static FastPath of(Threshold threshold, Seq<Criterion> criteria) {
    return new FastPath(threshold, criteria);
  }

  /**
   * {@return whether the amount is low enough for the fast path: strictly below the threshold in its
   * currency (an amount exactly at the threshold is not), or a mismatch when the threshold gives no
   * amount in that currency}
   *
   * @param amount the money at stake in the request
   */
  public Either<CurrencyMismatch, Boolean> admits(Money amount) {
    return threshold.in(amount.currency())
        .<Either<CurrencyMismatch, Boolean>>map(t -> Either.right(amount.amount().compareTo(t.amount()) < 0))
        .getOrElse(() -> Either.left(new CurrencyMismatch(threshold.base().get().currency(), amount.currency())));
  }

  /**
   * {@return a fast path from host data, or every problem: a missing, zero or negative
   * threshold or an unknown currency (in the threshold's other currencies too), two thresholds
   * in one currency, no criteria, a criterion with a blank code or description or a code used twice}
   *
   * @param draft the fast path as the host's data has it
   */
  public static Validation<Seq<Problem>, FastPath> parse(FastPathDraft draft) {
    Checks checks = Checks.start();
    Money first = checks.positiveMoney("threshold", draft.threshold(), "currency", draft.currency());
    Threshold threshold = AmountDraft.threshold(checks, Option.of(first), "thresholdInOtherCurrencies",
        draft.thresholdInOtherCurrencies(), true);
    Seq<Criterion> criteria = Criterion.readAll(checks, "criteria", draft.criteria());
    checks.that(!draft.criteria().isEmpty(), ProblemCode.EMPTY, "criteria",
        "a fast path needs at least one criterion that must hold");
    return checks.result(() -> new FastPath(threshold, criteria));
  }
}
