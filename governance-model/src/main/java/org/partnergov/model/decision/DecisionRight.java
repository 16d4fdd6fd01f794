package org.partnergov.model.decision;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * A decision right: for one decision type within a scope, a holder (a named person, a role or a
 * team) plays one RAPID role. A right holds during its scope's validity until it is revoked.
 */
@Value.Immutable
@ModelStyle
public abstract class DecisionRight {

  /** For the implementation Immutables generates, in this package only. */
  DecisionRight() {}

  /** {@return the stable id, cited by every decision made under the right} */
  public abstract DecisionRightId id();

  /** {@return the kind of decision the right is about} */
  public abstract DecisionType decisionType();

  /** {@return where and when the right applies} */
  public abstract Scope scope();

  /** {@return who holds the right} */
  public abstract Holder holder();

  /** {@return the part the holder plays} */
  public abstract RapidRole role();

  /** {@return when the right was revoked, if it was; none by default} */
  @Value.Default
  public Option<Instant> revokedAt() {
    return Option.none();
  }

  /**
   * {@return whether the right holds at the instant: inside its validity and not revoked at or before it}
   *
   * @param at the instant to check
   */
  public boolean isInForceAt(Instant at) {
    return scope().validity().contains(at) && revokedAt().forAll(at::isBefore);
  }

  /**
   * {@return whether the right is in force at the instant for the decision: same type, inside the scope}
   *
   * @param decision the decision to be made
   * @param at when the decision is made
   */
  public boolean appliesTo(DecisionContext decision, Instant at) {
    return decisionType().equals(decision.type()) && scope().covers(decision, at) && isInForceAt(at);
  }

  /** {@return a builder for a right from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionRight}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableDecisionRight.Builder {

    /** An empty builder; start one with {@code builder()}. */
    Builder() {}

    /**
     * Records the revocation.
     *
     * @param value when the right was revoked
     * @return this builder
     */
    public Builder revokedAt(Instant value) {
      return revokedAt(Option.some(value));
    }
  }

  /**
   * {@return a right from host data, or every problem: blank id or decision type; none or several
   * of {@code holderPerson}, {@code holderRole} and {@code holderTeam} ({@code INCONSISTENT} at
   * {@code holder}); a missing or unknown role or partner type; and the scope problems of
   * {@link DecisionRightDraft}: a band without {@code amountFrom} or currency, a negative bound,
   * {@code amountTo} not above {@code amountFrom} ({@code OUT_OF_RANGE}), a missing
   * {@code validFrom}, {@code validUntil} not after it ({@code PERIOD_REVERSED})}
   *
   * @param draft the decision right as the host's data has it
   */
  public static Validation<Seq<Problem>, DecisionRight> parse(DecisionRightDraft draft) {
    Checks checks = Checks.start();
    DecisionRightId id = checks.text("id", draft.id(), DecisionRightId::new);
    DecisionType type = checks.text("decisionType", draft.decisionType(), DecisionType::new);
    Seq<Holder> holders = Holder.named(draft.holderPerson(), draft.holderRole(), draft.holderTeam());
    checks.that(holders.size() == 1, ProblemCode.INCONSISTENT, "holder",
        "give exactly one of holderPerson, holderRole and holderTeam, got " + holders.size());
    RapidRole role = checks.name("role", draft.role(), RapidRole.class);
    Scope scope = Scope.read(checks, draft);
    return checks.result(() -> builder().id(id).decisionType(type).scope(scope)
        .holder(holders.head()).role(role).revokedAt(Option.of(draft.revokedAt())).build());
  }
}
