package org.partnergov.model.party;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;

/**
 * A partner as the host's data has it: raw text, possibly missing or wrong. Type and status are
 * read without regard to case ({@code "systems integrator"} is {@link PartnerType#SYSTEMS_INTEGRATOR}).
 * {@link #validate()} turns it into a {@link Partner} or reports every problem at once.
 */
@Value.Immutable
@ModelStyle
public abstract class PartnerDraft {

  /** For the implementation Immutables generates, in this package only. */
  PartnerDraft() {}

  /** {@return the partner's id} */
  public abstract @Nullable String id();

  /** {@return the display name} */
  public abstract @Nullable String name();

  /** {@return a {@link PartnerType} name} */
  public abstract @Nullable String type();

  /** {@return the tier name} */
  public abstract @Nullable String tier();

  /** {@return the region names} */
  @Value.Default
  public Seq<String> regions() {
    return List.empty();
  }

  /** {@return a {@link PartnerStatus} name} */
  public abstract @Nullable String status();

  /** {@return the id of the internal person who owns the relationship} */
  public abstract @Nullable String relationshipOwner();

  /** {@return the partner, or every problem with this draft} */
  public Validation<Seq<Problem>, Partner> validate() {
    return Partner.parse(this);
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link PartnerDraft}; every field may be left out and is then reported. */
  public static final class Builder extends ImmutablePartnerDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
