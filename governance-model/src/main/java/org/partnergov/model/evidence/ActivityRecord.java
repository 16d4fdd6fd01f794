package org.partnergov.model.evidence;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * Something that happened: partner P did an activity of kind K at time T, recorded by source S
 * with some provenance, perhaps with a quantity or an amount, perhaps linked to a customer or a
 * deal. Raw input from the host; what it counts as is decided by classification rules. Kept lean
 * (no derived or cached fields) because hosts stream millions of them.
 */
@Value.Immutable
@ModelStyle
public abstract class ActivityRecord {

  /** For the implementation Immutables generates, in this package only. */
  ActivityRecord() {}

  /** {@return the stable id} */
  public abstract ActivityRecordId id();

  /** {@return the partner whose activity this is} */
  public abstract PartnerId partner();

  /** {@return the program the activity belongs to, if any} */
  @Value.Default
  public Option<ProgramId> program() {
    return Option.none();
  }

  /** {@return what happened} */
  public abstract ActivityKind kind();

  /** {@return when it happened} */
  public abstract Instant occurredAt();

  /** {@return the system or person that recorded it} */
  public abstract ActivitySource source();

  /** {@return how it came to be known} */
  public abstract Provenance provenance();

  /** {@return a count or measure (attendees, a score, a rate), zero or more, if any} */
  @Value.Default
  public Option<BigDecimal> quantity() {
    return Option.none();
  }

  /** {@return an amount of money (booked revenue, a deal size), if any} */
  @Value.Default
  public Option<Money> amount() {
    return Option.none();
  }

  /** {@return the customer it concerns, if any} */
  @Value.Default
  public Option<CustomerId> customer() {
    return Option.none();
  }

  /** {@return the deal it concerns, if any} */
  @Value.Default
  public Option<DealId> deal() {
    return Option.none();
  }

  /** {@return whether the activity is linked to a customer or a deal} */
  public boolean isAttributed() {
    return customer().isDefined() || deal().isDefined();
  }

  @Value.Check
  void check() {
    for (BigDecimal q : quantity()) {
      if (q.signum() < 0) {
        throw new IllegalArgumentException("quantity must not be negative: " + q.toPlainString());
      }
    }
  }

  /** {@return a builder for a record from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityRecord}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableActivityRecord.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a record from host data, or every problem: blank id, partner, kind or source, a
   * missing time, an unknown provenance name, a negative quantity, an amount that is negative,
   * lacks its currency or has an unknown one} Blank program, customer and deal count as absent.
   *
   * @param draft the activity record as the host's data has it
   */
  public static Validation<Seq<Problem>, ActivityRecord> parse(ActivityRecordDraft draft) {
    Checks checks = Checks.start();
    ActivityRecordId id = checks.text("id", draft.id(), ActivityRecordId::new);
    PartnerId partner = checks.text("partner", draft.partner(), PartnerId::new);
    Option<ProgramId> program = checks.optionalText(draft.program(), ProgramId::new);
    ActivityKind kind = checks.text("kind", draft.kind(), ActivityKind::new);
    Instant occurredAt = checks.present("occurredAt", draft.occurredAt());
    ActivitySource source = checks.text("source", draft.source(), ActivitySource::new);
    Provenance provenance = checks.name("provenance", draft.provenance(), Provenance.class);
    Option<BigDecimal> quantity = Option.of(draft.quantity());
    for (BigDecimal q : quantity.filter(q -> q.signum() < 0)) {
      checks.problem(ProblemCode.NEGATIVE, "quantity", "must not be negative, was " + q.toPlainString());
    }
    Option<Money> amount = checks.optionalMoney("amount", draft.amount(), "currency", draft.currency());
    Option<CustomerId> customer = checks.optionalText(draft.customer(), CustomerId::new);
    Option<DealId> deal = checks.optionalText(draft.deal(), DealId::new);
    return checks.result(() -> builder().id(id).partner(partner).program(program).kind(kind)
        .occurredAt(occurredAt).source(source).provenance(provenance).quantity(quantity)
        .amount(amount).customer(customer).deal(deal).build());
  }
}
