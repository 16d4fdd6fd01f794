package org.partnergov.model.evidence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.time.Period;

/**
 * A statement that a partner's work changed something over a period, citing activity records as
 * evidence. A claim may cite nothing; whether its citations support it is for the rules to judge.
 */
@Value.Immutable
@ModelStyle
public abstract class ValueClaim {

  /** For the implementation Immutables generates, in this package only. */
  ValueClaim() {}

  /** {@return the stable id} */
  public abstract ValueClaimId id();

  /** {@return the partner whose work is claimed to have changed something} */
  public abstract PartnerId partner();

  /** {@return the program the claim is made in, if any} */
  @Value.Default
  public Option<ProgramId> program() {
    return Option.none();
  }

  /** {@return what changed: a performance dimension or a customer outcome} */
  public abstract ClaimSubject subject();

  /** {@return the period the claim covers} */
  public abstract Period period();

  /** {@return the activity records cited as evidence, in the claimant's order; empty by default} */
  @Value.Default
  public Seq<ActivityRecordId> cited() {
    return List.empty();
  }

  /** {@return the person making the claim} */
  public abstract PersonId claimant();

  /** {@return the claim in the claimant's words} */
  public abstract String statement();

  /** {@return when the claim was made} */
  public abstract Instant madeAt();

  @Value.Check
  void check() {
    Text.nonBlank(statement(), "statement");
  }

  /** {@return a builder for a claim from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValueClaim}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableValueClaim.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a claim from host data, or every problem: blank id, partner, claimant or statement, a
   * missing time, neither or both of dimension and customer outcome, an unknown dimension name, a
   * missing start or an end not after it, a blank cited id}
   *
   * @param draft the value claim as the host's data has it
   */
  public static Validation<Seq<Problem>, ValueClaim> parse(ValueClaimDraft draft) {
    Checks checks = Checks.start();
    ValueClaimId id = checks.text("id", draft.id(), ValueClaimId::new);
    PartnerId partner = checks.text("partner", draft.partner(), PartnerId::new);
    Option<ProgramId> program = checks.optionalText(draft.program(), ProgramId::new);
    Option<ClaimSubject> dimension = checks.optionalName("dimension", draft.dimension(),
        PerformanceDimension.class).map(ClaimSubject::dimension);
    Option<ClaimSubject> outcome = checks.optionalText(draft.customerOutcome(), ClaimSubject::customerOutcome);
    checks.that(isGiven(draft.dimension()) != isGiven(draft.customerOutcome()), ProblemCode.INCONSISTENT,
        "subject", "a claim is about exactly one: a performance dimension or a customer outcome");
    Period period = checks.period("validFrom", draft.validFrom(), "validUntil", draft.validUntil());
    Seq<ActivityRecordId> cited = checks.texts("cited", draft.cited(), ActivityRecordId::new);
    PersonId claimant = checks.text("claimant", draft.claimant(), PersonId::new);
    String statement = checks.text("statement", draft.statement());
    Instant madeAt = checks.present("madeAt", draft.madeAt());
    return checks.result(() -> builder().id(id).partner(partner).program(program)
        .subject(dimension.orElse(outcome).get()).period(period).cited(cited).claimant(claimant)
        .statement(statement).madeAt(madeAt).build());
  }

  private static boolean isGiven(@Nullable String raw) {
    return raw != null && !raw.isBlank();
  }

}
