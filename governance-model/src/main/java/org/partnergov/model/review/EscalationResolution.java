package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;

/**
 * A request to resolve an escalation: which escalation, and the resolution proposed. Its partner
 * is the partner of the escalated risk (a snapshot checks that). Decided as an
 * {@code ESCALATION_RESOLUTION}; it puts no money at stake.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class EscalationResolution implements ExceptionRequest {

  /** For the implementation Immutables generates, in this package only. */
  EscalationResolution() {}

  /** {@return the escalation to resolve} */
  public abstract EscalationId escalation();

  /** {@return the resolution proposed; never blank} */
  public abstract String resolution();

  @Value.Check
  void check() {
    Submission.check(this);
    Text.nonBlank(resolution(), "resolution");
  }

  /** {@return a builder for an escalation resolution from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationResolution}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableEscalationResolution.Builder
      implements Submission.Target<Builder> {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return an escalation resolution from host data, or every problem: the common ones of any
   * request (blank id, requester, partner or rationale, a blank cited id, no submission time), a
   * blank escalation or resolution}
   *
   * @param draft the escalation resolution as the host's data has it
   */
  public static Validation<Seq<Problem>, EscalationResolution> parse(EscalationResolutionDraft draft) {
    Checks checks = Checks.start();
    Submission common = Submission.read(checks, draft);
    EscalationId escalation = checks.text("escalation", draft.escalation(), EscalationId::new);
    String resolution = checks.text("resolution", draft.resolution());
    return checks.result(() -> common.into(builder()).escalation(escalation).resolution(resolution).build());
  }
}
