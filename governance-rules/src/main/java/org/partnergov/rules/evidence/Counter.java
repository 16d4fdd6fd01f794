package org.partnergov.rules.evidence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;

/**
 * The mutable counts and sums of one subject and kind while records stream through
 * {@link Scorecards}; local to one call, frozen into a {@link Tally} at its end. The state sits in
 * final arrays and a final map (fields stay final, as everywhere in the library), and the common
 * case of one currency needs no map lookup.
 */
final class Counter {

  private static final Provenance[] PROVENANCES = Provenance.values();

  /** count, attributed, strongest provenance ordinal (-1 for none). */
  private final long[] numbers = {0, 0, -1};
  /** the sum of quantities; the sum of amounts in {@code currency[0]}. */
  private final BigDecimal[] sums = {BigDecimal.ZERO, null};
  /** the first currency seen. */
  private final Currency[] currency = {null};
  /** sums of amounts in any further currency. */
  private final HashMap<Currency, BigDecimal> otherAmounts = new HashMap<>(2);

  void add(ActivityRecord r) {
    numbers[0]++;
    if (r.isAttributed()) {
      numbers[1]++;
    }
    int provenance = r.provenance().ordinal();
    if (provenance > numbers[2]) {
      numbers[2] = provenance;
    }
    Option<BigDecimal> quantity = r.quantity();
    if (quantity.isDefined()) {
      sums[0] = sums[0].add(quantity.get());
    }
    Option<Money> amount = r.amount();
    if (amount.isDefined()) {
      Money m = amount.get();
      if (currency[0] == null) {
        currency[0] = m.currency();
        sums[1] = m.amount();
      } else if (currency[0].equals(m.currency())) {
        sums[1] = sums[1].add(m.amount());
      } else {
        otherAmounts.merge(m.currency(), m.amount(), BigDecimal::add);
      }
    }
  }

  Tally freeze() {
    Seq<Money> amounts = List.empty();
    if (currency[0] != null) {
      amounts = amounts.prepend(new Money(sums[1], currency[0]));
    }
    for (java.util.Map.Entry<Currency, BigDecimal> e : otherAmounts.entrySet()) {
      amounts = amounts.prepend(new Money(e.getValue(), e.getKey()));
    }
    Option<Provenance> strongest = numbers[2] < 0 ? Option.none() : Option.some(PROVENANCES[(int) numbers[2]]);
    return new Tally(numbers[0], sums[0], amounts, numbers[1], strongest);
  }
}
