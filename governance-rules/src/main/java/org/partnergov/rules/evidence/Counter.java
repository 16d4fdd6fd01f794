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
 * before it. Adding a record allocates nothing in the common case: the sums are
 * {@link ExactSum}s, and amounts in the first currency seen need no map (a map is made for any
 * further currency). The state sits in final arrays (fields stay final, as everywhere in the
 * library), the numbers all in one so that a record reads one array.
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

  private static final int COUNT = 0;
  private static final int ATTRIBUTED = 1;
  private static final int STRONGEST_ORDINAL = 2;
  /** The units and scale of the quantities' {@link ExactSum}. */
  private static final int QUANTITY = 3;
  /** The units and scale of the {@link ExactSum} of amounts in the first currency. */
  private static final int AMOUNT = 5;

  private final ActivityKind kind;
  private final @Nullable Counter next;
  /** count, attributed, strongest provenance ordinal (-1 for none), then the two sums' units and scales. */
  private final long[] numbers = {0, 0, -1, 0, 0, 0, 0};
  /** What the quantities' and the amounts' sums could not count in units (slots 0 and 1), or null. */
  private final @Nullable BigDecimal[] beyond = new BigDecimal[2];
  /** The first currency seen (slot 0); sums of amounts in any further currency (slot 1, a map made when one is seen). */
  private final @Nullable Object[] currencies = new Object[2];

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
      if (c.kind == wanted) { // kinds are usually the same instances: look for them first
        return c;
      }
    }
    for (Counter c = this; c != null; c = c.next) {
      if (c.kind.equals(wanted)) {
        return c;
      }
    }
    return null;
  }

  void add(ActivityRecord r) {
    long[] n = numbers;
    n[COUNT]++;
    if (r.isAttributed()) {
      n[ATTRIBUTED]++;
    }
    int provenance = r.provenance().ordinal();
    if (provenance > n[STRONGEST_ORDINAL]) {
      n[STRONGEST_ORDINAL] = provenance;
    }
    Option<BigDecimal> q = r.quantity();
    if (q.isDefined()) {
      ExactSum.add(n, QUANTITY, beyond, 0, q.get());
    }
    Option<Money> a = r.amount();
    if (a.isDefined()) {
      Money m = a.get();
      Object first = currencies[0];
      if (first == null) {
        currencies[0] = m.currency();
        ExactSum.add(n, AMOUNT, beyond, 1, m.amount());
      } else if (first.equals(m.currency())) {
        ExactSum.add(n, AMOUNT, beyond, 1, m.amount());
      } else {
        others().merge(m.currency(), m.amount(), BigDecimal::add);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private HashMap<Currency, BigDecimal> others() {
    if (currencies[1] == null) {
      currencies[1] = new HashMap<Currency, BigDecimal>(2);
    }
    return (HashMap<Currency, BigDecimal>) currencies[1];
  }

  Tally freeze() {
    Seq<Money> amounts = List.empty();
    if (currencies[0] != null) {
      amounts = amounts.prepend(new Money(ExactSum.value(numbers, AMOUNT, beyond, 1), (Currency) currencies[0]));
    }
    if (currencies[1] != null) {
      for (java.util.Map.Entry<Currency, BigDecimal> e : others().entrySet()) {
        amounts = amounts.prepend(new Money(e.getValue(), e.getKey()));
      }
    }
    Option<Provenance> strongest = numbers[STRONGEST_ORDINAL] < 0 ? Option.none()
        : STRONGEST[(int) numbers[STRONGEST_ORDINAL]];
    return new Tally(numbers[COUNT], ExactSum.value(numbers, QUANTITY, beyond, 0), amounts, numbers[ATTRIBUTED],
        strongest);
  }
}
