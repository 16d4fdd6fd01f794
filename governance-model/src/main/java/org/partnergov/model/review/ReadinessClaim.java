package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * A partner's claim to be ready for a launch: which launch, when, and the readiness criteria it
 * claims to meet. Decided as a {@code READINESS_CLAIM}; it puts no money at stake.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class ReadinessClaim implements ExceptionRequest {

  /** For the implementation Immutables generates, in this package only. */
  ReadinessClaim() {}

  /** {@return the name of the launch the partner claims to be ready for} */
  public abstract String launch();

  /** {@return when the launch takes place} */
  public abstract Instant launchDate();

  /** {@return the readiness criteria the partner claims to meet; at least one, none blank} */
  public abstract Seq<String> claimedCriteria();

  @Value.Check
  void check() {
    Submission.check(this);
    Text.nonBlank(launch(), "launch");
    if (claimedCriteria().isEmpty()) {
      throw new IllegalArgumentException("a readiness claim claims at least one criterion");
    }
    claimedCriteria().forEach(c -> Text.nonBlank(c, "claimedCriteria"));
  }

  /** {@return a builder for a readiness claim from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadinessClaim}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableReadinessClaim.Builder
      implements Submission.Target<Builder> {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a readiness claim from host data, or every problem: the common ones of any request
   * (blank id, requester, partner or rationale, a blank cited id, no submission time), a blank
   * launch, no launch date, no claimed criterion or a blank one}
   *
   * @param draft the readiness claim as the host's data has it
   */
  public static Validation<Seq<Problem>, ReadinessClaim> parse(ReadinessClaimDraft draft) {
    Checks checks = Checks.start();
    Submission common = Submission.read(checks, draft);
    String launch = checks.text("launch", draft.launch());
    Instant launchDate = checks.present("launchDate", draft.launchDate());
    Seq<String> claimed = checks.texts("claimedCriteria", draft.claimedCriteria(), c -> c);
    checks.that(!draft.claimedCriteria().isEmpty(), ProblemCode.EMPTY, "claimedCriteria",
        "a readiness claim claims at least one criterion");
    return checks.result(() -> common.into(builder()).launch(launch).launchDate(launchDate)
        .claimedCriteria(claimed).build());
  }
}
