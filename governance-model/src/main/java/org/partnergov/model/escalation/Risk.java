package org.partnergov.model.escalation;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * A partner risk signal as someone raised it: what kind, about which partner (and program), how
 * likely and how bad on the 1..5 scales of the risk matrix, and what it touches: customers,
 * revenue, a regulation, a deadline such as the launch date of a readiness gap.
 */
@Value.Immutable
@ModelStyle
public abstract class Risk {

  /** For the implementation Immutables generates, in this package only. */
  Risk() {}

  /** {@return the stable id} */
  public abstract RiskId id();

  /** {@return the partner the risk is about} */
  public abstract PartnerId partner();

  /** {@return the program the risk arose in, if any} */
  @Value.Default
  public Option<ProgramId> program() {
    return Option.none();
  }

  /** {@return what kind of risk it is} */
  public abstract RiskKind kind();

  /** {@return when the risk was raised} */
  public abstract Instant raisedAt();

  /** {@return who raised it} */
  public abstract PersonId raisedBy();

  /** {@return what is going on, in the words of whoever raised it} */
  public abstract String description();

  /** {@return how bad it would be} */
  public abstract Rating impact();

  /** {@return how likely it is} */
  public abstract Rating likelihood();

  /** {@return how many customers are known to be affected; zero by default} */
  @Value.Default
  public int customersAffected() {
    return 0;
  }

  /** {@return the revenue known to be at risk, if any} */
  @Value.Default
  public Option<Money> revenueAtRisk() {
    return Option.none();
  }

  /** {@return the regulation involved, if any} */
  @Value.Default
  public Option<String> regulation() {
    return Option.none();
  }

  /** {@return the date by which the risk bites, for example the launch date of a readiness gap} */
  @Value.Default
  public Option<Instant> deadline() {
    return Option.none();
  }

  /** {@return what the risk touches: its customers, revenue and regulation} */
  public Magnitude magnitude() {
    return new Magnitude(customersAffected(), revenueAtRisk(), regulation());
  }

  @Value.Check
  void check() {
    Text.nonBlank(description(), "description");
    regulation().forEach(r -> Text.nonBlank(r, "regulation"));
    if (customersAffected() < 0) {
      throw new IllegalStateException("customersAffected must not be negative, was " + customersAffected());
    }
  }

  /** {@return a builder for a risk from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Risk}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableRisk.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a risk from host data, or every problem: blank id, partner, kind, raiser or
   * description, a missing time raised, an impact or likelihood outside 1..5, a negative number of
   * customers, revenue at risk with a negative amount or an unknown currency}
   *
   * @param draft the risk as the host's data has it
   */
  public static Validation<Seq<Problem>, Risk> parse(RiskDraft draft) {
    Checks checks = Checks.start();
    RiskId id = checks.text("id", draft.id(), RiskId::new);
    PartnerId partner = checks.text("partner", draft.partner(), PartnerId::new);
    Option<ProgramId> program = checks.optionalText(draft.program(), ProgramId::new);
    RiskKind kind = checks.text("kind", draft.kind(), RiskKind::new);
    Instant raisedAt = checks.present("raisedAt", draft.raisedAt());
    PersonId raisedBy = checks.text("raisedBy", draft.raisedBy(), PersonId::new);
    String description = checks.text("description", draft.description());
    Integer impact = checks.range("impact", draft.impact(), Rating.LOWEST, Rating.HIGHEST);
    Integer likelihood = checks.range("likelihood", draft.likelihood(), Rating.LOWEST, Rating.HIGHEST);
    int customers = draft.customersAffected() == null ? 0 : draft.customersAffected();
    checks.that(customers >= 0, ProblemCode.NEGATIVE, "customersAffected", "must not be negative, was " + customers);
    Option<Money> revenue = checks.optionalMoney("revenueAtRisk", draft.revenueAtRisk(), "revenueCurrency", draft.revenueCurrency());
    Option<String> regulation = checks.optionalText(draft.regulation(), r -> r);
    return checks.result(() -> builder().id(id).partner(partner).program(program).kind(kind)
        .raisedAt(raisedAt).raisedBy(raisedBy).description(description)
        .impact(Rating.of(impact)).likelihood(Rating.of(likelihood)).customersAffected(customers)
        .revenueAtRisk(revenue).regulation(regulation).deadline(Option.of(draft.deadline())).build());
  }
}
