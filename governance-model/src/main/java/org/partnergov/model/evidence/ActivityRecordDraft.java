package org.partnergov.model.evidence;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * An activity record as the host's data has it: raw text, possibly missing or wrong. The kind is
 * any code (host-defined kinds are welcome); the provenance is read without regard to case
 * ({@code "customer confirmed"}). Give {@link #amount()} and {@link #currency()} together or not
 * at all. {@link #validate()} turns it into an {@link ActivityRecord} or reports every problem.
 */
@Value.Immutable
@ModelStyle
public abstract class ActivityRecordDraft {

  /** For the implementation Immutables generates, in this package only. */
  ActivityRecordDraft() {}

  /** {@return the record's id} */
  public abstract @Nullable String id();

  /** {@return the partner's id} */
  public abstract @Nullable String partner();

  /** {@return the program's id, if any} */
  public abstract @Nullable String program();

  /** {@return the activity kind code} */
  public abstract @Nullable String kind();

  /** {@return when it happened} */
  public abstract @Nullable Instant occurredAt();

  /** {@return the name of the recording system or person} */
  public abstract @Nullable String source();

  /** {@return a {@link Provenance} name} */
  public abstract @Nullable String provenance();

  /** {@return a count or measure, if any} */
  public abstract @Nullable BigDecimal quantity();

  /** {@return the amount of money, if any} */
  public abstract @Nullable BigDecimal amount();

  /** {@return the ISO 4217 code of the amount's currency} */
  public abstract @Nullable String currency();

  /** {@return the customer's id, if any} */
  public abstract @Nullable String customer();

  /** {@return the deal's id, if any} */
  public abstract @Nullable String deal();

  /** {@return the record, or every problem with this draft} */
  public Validation<Seq<Problem>, ActivityRecord> validate() {
    return ActivityRecord.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in an {@link ActivityRecordDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutableActivityRecordDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
