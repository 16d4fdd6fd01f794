package org.partnergov.model.party;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A person as the host's data has it: raw text, possibly missing or wrong. Give exactly one of
 * {@link #orgUnit()} and {@link #partner()}. {@link #validate()} turns it into a {@link Person}
 * or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class PersonDraft {

  /** For the implementation Immutables generates, in this package only. */
  PersonDraft() {}

  /** {@return the person's id} */
  public abstract @Nullable String id();

  /** {@return the display name} */
  public abstract @Nullable String name();

  /** {@return the org unit id, for an internal person} */
  public abstract @Nullable String orgUnit();

  /** {@return the partner id, for a partner's employee} */
  public abstract @Nullable String partner();

  /** {@return the role names} */
  @Value.Default
  public Seq<String> roles() {
    return List.empty();
  }

  /** {@return the person, or every problem with this draft} */
  public Validation<Seq<Problem>, Person> validate() {
    return Person.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link PersonDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutablePersonDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
