package org.partnergov.model.internal;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.time.Period;

/**
 * Collects every problem of one piece of host input, then builds the value only when there is
 * none. Each reader returns the parsed value, or {@code null} after recording a problem; the
 * final {@link #result} never calls its builder when a problem was recorded, so no half-built
 * value escapes. Local and short-lived: one instance per parse.
 */
public final class Checks {

  private final ArrayList<Problem> problems = new ArrayList<>();

  /** A fresh collector. */
  public static Checks start() {
    return new Checks();
  }

  /** Records a problem. */
  public void problem(ProblemCode code, String path, String message) {
    problems.add(new Problem(code, path, message));
  }

  /** Records a problem unless {@code ok}; returns {@code ok}. */
  public boolean that(boolean ok, ProblemCode code, String path, String message) {
    if (!ok) {
      problem(code, path, message);
    }
    return ok;
  }

  /** A required, non-blank text, trimmed. */
  public @Nullable String text(String path, @Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      problem(ProblemCode.REQUIRED, path, "is required and must not be blank");
      return null;
    }
    return raw.strip();
  }

  /** A required text turned into a typed value (an id, an open kind) by {@code make}. */
  public <T> @Nullable T text(String path, @Nullable String raw, Function<String, T> make) {
    String text = text(path, raw);
    return text == null ? null : make.apply(text);
  }

  /** An optional text turned into a typed value; blank counts as absent. */
  public <T> Option<T> optionalText(@Nullable String raw, Function<String, T> make) {
    return raw == null || raw.isBlank() ? Option.none() : Option.some(make.apply(raw.strip()));
  }

  /** Each text of a sequence turned into a typed value; a blank element is a problem. */
  public <T> Seq<T> texts(String path, Seq<String> raws, Function<String, T> make) {
    ArrayList<T> out = new ArrayList<>(raws.size());
    raws.forEachWithIndex((raw, i) -> {
      T value = text(path + "[" + i + "]", raw, make);
      if (value != null) {
        out.add(value);
      }
    });
    return List.ofAll(out);
  }

  /** A required value that has no textual form to check. */
  public <T> @Nullable T present(String path, @Nullable T value) {
    if (value == null) {
      problem(ProblemCode.REQUIRED, path, "is required");
    }
    return value;
  }

  /**
   * A required name of a closed set, read without regard to case, with spaces and hyphens
   * standing for underscores ({@code "systems integrator"} reads as {@code SYSTEMS_INTEGRATOR}).
   */
  public <E extends Enum<E>> @Nullable E name(String path, @Nullable String raw, Class<E> type) {
    String text = text(path, raw);
    return text == null ? null : known(path, text, type);
  }

  /** Like {@link #name}, but absent is allowed. */
  public <E extends Enum<E>> Option<E> optionalName(String path, @Nullable String raw, Class<E> type) {
    return raw == null || raw.isBlank() ? Option.none() : Option.of(known(path, raw.strip(), type));
  }

  private <E extends Enum<E>> @Nullable E known(String path, String text, Class<E> type) {
    String key = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(key)) {
        return constant;
      }
    }
    problem(ProblemCode.UNKNOWN_NAME, path, "'" + text + "' is not one of "
        + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    return null;
  }

  /**
   * Required money that must be greater than zero, from two fields of a draft: problems with the
   * amount are reported at {@code amountPath}, problems with the currency at {@code currencyPath}.
   */
  public @Nullable Money positiveMoney(String amountPath, @Nullable BigDecimal amount,
      String currencyPath, @Nullable String currency) {
    Money money = money(amountPath, amount, currencyPath, currency);
    if (money != null && !money.isPositive()) {
      problem(ProblemCode.NOT_POSITIVE, amountPath, "must be greater than zero, was " + money);
      return null;
    }
    return money;
  }

  /** Required money, zero or more, from two fields of a draft (see {@link #positiveMoney}). */
  public @Nullable Money money(String amountPath, @Nullable BigDecimal amount,
      String currencyPath, @Nullable String currency) {
    Currency cur = currency(currencyPath, currency);
    BigDecimal value = present(amountPath, amount);
    if (value != null && value.signum() < 0) {
      problem(ProblemCode.NEGATIVE, amountPath, "must not be negative, was " + value.toPlainString());
      return null;
    }
    return cur == null || value == null ? null : new Money(value, cur);
  }

  /**
   * Optional money: absent when both fields are absent, else checked like {@link #money}. An
   * absent result after a recorded problem is never used, since {@link #result} then fails.
   */
  public Option<Money> optionalMoney(String amountPath, @Nullable BigDecimal amount,
      String currencyPath, @Nullable String currency) {
    return amount == null && (currency == null || currency.isBlank())
        ? Option.none()
        : Option.of(money(amountPath, amount, currencyPath, currency));
  }

  /** A required ISO 4217 currency code, in any case. */
  public @Nullable Currency currency(String path, @Nullable String code) {
    String text = text(path, code);
    if (text == null) {
      return null;
    }
    Option<Currency> known = currencyOf(text);
    that(known.isDefined(), ProblemCode.UNKNOWN_CURRENCY, path, "'" + text + "' is not an ISO 4217 currency code");
    return known.getOrNull();
  }

  /** The currency of an ISO 4217 code in any case, or none; records nothing. */
  public static Option<Currency> currencyOf(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return Option.none();
    }
    try {
      return Option.some(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Option.none();
    }
  }

  /** A required duration that must be longer than zero. */
  public @Nullable Duration positive(String path, @Nullable Duration value) {
    if (present(path, value) == null) {
      return null;
    }
    return that(!value.isNegative() && !value.isZero(), ProblemCode.NOT_POSITIVE, path,
        "must be longer than zero, was " + value) ? value : null;
  }

  /** A number that must lie in {@code [min, max]}. */
  public @Nullable Integer range(String path, @Nullable Integer value, int min, int max) {
    if (present(path, value) == null) {
      return null;
    }
    return that(value >= min && value <= max, ProblemCode.OUT_OF_RANGE, path,
        "must be between " + min + " and " + max + ", was " + value) ? value : null;
  }

  /**
   * A period from two fields of a draft: a required start, and an optional end that must come
   * after it ({@code PERIOD_REVERSED} at {@code endPath}).
   */
  public @Nullable Period period(String startPath, @Nullable Instant start, String endPath, @Nullable Instant end) {
    Instant from = present(startPath, start);
    if (from == null) {
      return null;
    }
    boolean ok = end == null || that(end.isAfter(from), ProblemCode.PERIOD_REVERSED, endPath,
        "must be after " + startPath + " " + from + ", was " + end);
    return ok ? new Period(from, Option.of(end)) : null;
  }

  /** Every problem of a nested value, under {@code prefix}; the value when it has none. */
  public <T> @Nullable T nested(String prefix, Validation<Seq<Problem>, T> value) {
    if (value.isInvalid()) {
      value.getError().forEach(p -> problems.add(p.under(prefix)));
      return null;
    }
    return value.get();
  }

  /** Every problem of a part read apart, at the paths it has; the value when it has none. */
  public <T> @Nullable T merged(Validation<Seq<Problem>, T> value) {
    if (value.isInvalid()) {
      problems.addAll(value.getError().asJava());
      return null;
    }
    return value.get();
  }

  /** Whether any problem has been recorded so far. */
  public boolean failed() {
    return !problems.isEmpty();
  }

  /** The value built by {@code make} when no problem was recorded, else every problem. */
  public <T> Validation<Seq<Problem>, T> result(Supplier<T> make) {
    return problems.isEmpty() ? Validation.valid(make.get()) : Validation.invalid(List.ofAll(problems));
  }
}
