package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.party.Tier;
import org.partnergov.model.problem.Problem;

/**
 * A request to move the partner to another tier: the tier asked for. The partner's current tier
 * is the one the ecosystem's partner has; it is not stored again here. Decided as a
 * {@code TIER_CHANGE}; it puts no money at stake.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class TierChange implements ExceptionRequest {

  /** For the implementation Immutables generates, in this package only. */
  TierChange() {}

  /** {@return the tier the partner is to move to} */
  public abstract Tier tier();

  @Value.Check
  void check() {
    Submission.check(this);
  }

  /** {@return a builder for a tier change from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TierChange}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableTierChange.Builder
      implements Submission.Target<Builder> {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a tier change from host data, or every problem: the common ones of any request (blank
   * id, requester, partner or rationale, a blank cited id, no submission time), a blank tier}
   *
   * @param draft the tier change as the host's data has it
   */
  public static Validation<Seq<Problem>, TierChange> parse(TierChangeDraft draft) {
    Checks checks = Checks.start();
    Submission common = Submission.read(checks, draft);
    Tier tier = checks.text("tier", draft.tier(), Tier::of);
    return checks.result(() -> common.into(builder()).tier(tier).build());
  }
}
