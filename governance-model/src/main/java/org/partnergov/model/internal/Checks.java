package org.partnergov.model.internal;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
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

  /** Required money that must be greater than zero. */
  public @Nullable Money positiveMoney(String path, @Nullable BigDecimal amount, @Nullable String currency) {
    Money money = money(path, amount, currency);
    if (money != null && !money.isPositive()) {
      problem(ProblemCode.NOT_POSITIVE, path + ".amount", "must be greater than zero, was " + money);
      return null;
    }
    return money;
  }

  /** Required money, zero or more. */
  public @Nullable Money money(String path, @Nullable BigDecimal amount, @Nullable String currency) {
    Currency cur = currency(path + ".currency", currency);
    BigDecimal value = present(path + ".amount", amount);
    if (value != null && value.signum() < 0) {
      problem(ProblemCode.NEGATIVE, path + ".amount", "must not be negative, was " + value.toPlainString());
      return null;
    }
    return cur == null || value == null ? null : new Money(value, cur);
  }

  /** Optional money: absent when both parts are absent, else checked like {@link #money}. */
  public Option<Money> optionalMoney(String path, @Nullable BigDecimal amount, @Nullable String currency) {
    return amount == null && (currency == null || currency.isBlank())
        ? Option.none()
        : Option.of(money(path, amount, currency));
  }

  private @Nullable Currency currency(String path, @Nullable String code) {
    String text = text(path, code);
    if (text == null) {
      return null;
    }
    try {
      return Currency.getInstance(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(ProblemCode.UNKNOWN_CURRENCY, path, "'" + text + "' is not an ISO 4217 currency code");
      return null;
    }
  }

  /** A number that must lie in {@code [min, max]}. */
  public @Nullable Integer range(String path, @Nullable Integer value, int min, int max) {
    if (present(path, value) == null) {
      return null;
    }
    return that(value >= min && value <= max, ProblemCode.OUT_OF_RANGE, path,
        "must be between " + min + " and " + max + ", was " + value) ? value : null;
  }

  /** A required start with an optional end after it. */
  public @Nullable Period period(String path, @Nullable Instant start, @Nullable Instant end) {
    Instant from = present(path + ".start", start);
    if (from == null) {
      return null;
    }
    if (end != null && !end.isAfter(from)) {
      problem(ProblemCode.PERIOD_REVERSED, path + ".end",
          "must be after the start " + from + ", was " + end);
      return null;
    }
    return new Period(from, Option.of(end));
  }

  /** Every problem of a nested value, under {@code prefix}; the value when it has none. */
  public <T> @Nullable T nested(String prefix, Validation<Seq<Problem>, T> value) {
    if (value.isInvalid()) {
      value.getError().forEach(p -> problems.add(p.under(prefix)));
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
