package org.partnergov.rules.evidence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;

/**
 * The mutable counts and sums of one subject and kind while records stream through
 * {@link Scorecards}; local to one call, frozen into a {@link Tally} at its end. The counters of
 * one subject form a linked list (a subject records few kinds), each linking to the one made
 * before it. Adding a record
 * allocates nothing in the common case: the sums are {@link ExactSum}s, and amounts in the first
 * currency seen need no map (a map is made for any further currency). The state sits in final
 * arrays (fields stay final, as everywhere in the library).
 */
final class Counter {

  private static final Provenance[] PROVENANCES = Provenance.values();
  @SuppressWarnings("unchecked")
  private static final Option<Provenance>[] STRONGEST = new Option[PROVENANCES.length];

  static {
    for (Provenance p : PROVENANCES) {
      STRONGEST[p.ordinal()] = Option.some(p);
    }
  }

  private final ActivityKind kind;
  private final @Nullable Counter next;
  /** count, attributed, strongest provenance ordinal (-1 for none). */
  private final long[] numbers = {0, 0, -1};
  private final ExactSum quantity = new ExactSum();
  /** The sum of amounts in the first currency seen. */
  private final ExactSum amount = new ExactSum();
  /** The first currency seen. */
  private final @Nullable Currency[] currency = {null};
  /** Sums of amounts in any further currency, made when one is seen. */
  private final @Nullable HashMap<Currency, BigDecimal>[] otherAmounts = newHolder();

  @SuppressWarnings("unchecked")
  private static @Nullable HashMap<Currency, BigDecimal>[] newHolder() {
    return new HashMap[1];
  }

  Counter(ActivityKind kind, @Nullable Counter next) {
    this.kind = kind;
    this.next = next;
  }

  ActivityKind kind() {
    return kind;
  }

  /** The counter made before this one for the same subject, if any. */
  @Nullable Counter next() {
    return next;
  }

  /** The counter of the kind in this list, from this one on; null when there is none. */
  @Nullable Counter of(ActivityKind wanted) {
    for (Counter c = this; c != null; c = c.next) {
      if (c.kind == wanted || c.kind.equals(wanted)) {
        return c;
      }
    }
    return null;
  }

  void add(ActivityRecord r) {
    numbers[0]++;
    if (r.isAttributed()) {
      numbers[1]++;
    }
    int provenance = r.provenance().ordinal();
    if (provenance > numbers[2]) {
      numbers[2] = provenance;
    }
    Option<BigDecimal> q = r.quantity();
    if (q.isDefined()) {
      quantity.add(q.get());
    }
    Option<Money> a = r.amount();
    if (a.isDefined()) {
      Money m = a.get();
      Currency first = currency[0];
      if (first == null) {
        currency[0] = m.currency();
        amount.add(m.amount());
      } else if (first.equals(m.currency())) {
        amount.add(m.amount());
      } else {
        HashMap<Currency, BigDecimal> others = otherAmounts[0];
        if (others == null) {
          others = new HashMap<>(2);
          otherAmounts[0] = others;
        }
        others.merge(m.currency(), m.amount(), BigDecimal::add);
      }
    }
  }

  Tally freeze() {
    Seq<Money> amounts = List.empty();
    Currency first = currency[0];
    if (first != null) {
      amounts = amounts.prepend(new Money(amount.value(), first));
    }
    HashMap<Currency, BigDecimal> others = otherAmounts[0];
    if (others != null) {
      for (java.util.Map.Entry<Currency, BigDecimal> e : others.entrySet()) {
        amounts = amounts.prepend(new Money(e.getValue(), e.getKey()));
      }
    }
    Option<Provenance> strongest = numbers[2] < 0 ? Option.none() : STRONGEST[(int) numbers[2]];
    return new Tally(numbers[0], quantity.value(), amounts, numbers[1], strongest);
  }
}
