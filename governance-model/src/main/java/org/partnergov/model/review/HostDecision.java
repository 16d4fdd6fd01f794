package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * A request for a decision of a type the host defines ({@link DecisionType#of}), about something
 * of the host's own: the kind of thing and its id as the host knows them (a contract, a deal
 * registration...), and the money at stake, if any. Decided as its host type, never as one of
 * the built-in types, which have requests of their own.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class HostDecision implements ExceptionRequest {

  /** For the implementation Immutables generates, in this package only. */
  HostDecision() {}

  /** {@return the host-defined decision type; never one of the built-in types} */
  public abstract DecisionType hostType();

  /** {@return the kind of thing decided about, as the host names it; never blank} */
  public abstract String subjectKind();

  /** {@return the id of the thing decided about, as the host knows it; never blank} */
  public abstract String subjectId();

  /** {@return the money at stake, if any} */
  @Value.Default
  public Option<Money> value() {
    return Option.none();
  }

  @Value.Check
  void check() {
    Submission.check(this);
    Text.nonBlank(subjectKind(), "subjectKind");
    Text.nonBlank(subjectId(), "subjectId");
    if (hostType().isBuiltIn()) {
      throw new IllegalArgumentException("a host decision has a host-defined type, not the built-in " + hostType());
    }
  }

  /** {@return a builder for a host decision from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HostDecision}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableHostDecision.Builder
      implements Submission.Target<Builder> {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a host decision from host data, or every problem: the common ones of any request (blank
   * id, requester, partner or rationale, a blank cited id, no submission time), a blank host type
   * or one of the built-in types, a blank subject kind or id, a value that is negative, lacks its
   * amount or has an unknown currency}
   *
   * @param draft the host decision as the host's data has it
   */
  public static Validation<Seq<Problem>, HostDecision> parse(HostDecisionDraft draft) {
    Checks checks = Checks.start();
    Submission common = Submission.read(checks, draft);
    DecisionType type = checks.text("hostType", draft.hostType(), DecisionType::of);
    if (type != null && type.isBuiltIn()) {
      checks.problem(ProblemCode.INCONSISTENT, "hostType", "'" + draft.hostType().strip()
          + "' is a built-in decision type, which has a request of its own; a host decision has a type the host defines");
    }
    String kind = checks.text("subjectKind", draft.subjectKind());
    String id = checks.text("subjectId", draft.subjectId());
    Option<Money> value = checks.optionalMoney("value", draft.value(), "currency", draft.currency());
    return checks.result(() -> common.into(builder()).hostType(type).subjectKind(kind).subjectId(id)
        .value(value).build());
  }
}
