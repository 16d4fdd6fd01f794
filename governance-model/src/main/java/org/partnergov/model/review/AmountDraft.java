package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * An amount as the host's data has it, possibly incomplete: a review path's threshold in one more
 * currency, for example.
 *
 * @param amount the amount, zero or more
 * @param currency the ISO 4217 code of its currency, in any case
 */
public record AmountDraft(@Nullable BigDecimal amount, @Nullable String currency) {

  /** {@return the money, or every problem: a missing or negative amount, a missing or unknown currency} */
  public Validation<Seq<Problem>, Money> validate() {
    Checks checks = Checks.start();
    Money money = checks.money("amount", amount, "currency", currency);
    return checks.result(() -> money);
  }

  /**
   * A threshold from its first amount (already read, none when absent or invalid) and its amounts in
   * other currencies, read under {@code path}: each like the first (greater than zero when
   * {@code positive}), and none in a currency given before it ({@code VAL-12} at its currency).
   */
  static Threshold threshold(Checks checks, Option<Money> first, String path, Seq<AmountDraft> more,
      boolean positive) {
    ArrayList<Money> amounts = new ArrayList<>();
    first.forEach(amounts::add);
    more.forEachWithIndex((draft, i) -> {
      String at = path + "[" + i + "]";
      Money money = positive ? checks.positiveMoney(at + ".amount", draft.amount(), at + ".currency", draft.currency())
          : checks.money(at + ".amount", draft.amount(), at + ".currency", draft.currency());
      if (money == null) {
        return;
      }
      Option<Money> before = Option.ofOptional(amounts.stream().filter(m -> m.currency().equals(money.currency())).findFirst());
      if (checks.that(before.isEmpty(), ProblemCode.INCONSISTENT, at + ".currency",
          "gives a second threshold in " + money.currency() + ", besides " + before.getOrNull())) {
        amounts.add(money);
      }
    });
    return Threshold.ofAll(amounts);
  }
}
