package org.partnergov.model.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * One level of an escalation path: who owns the escalation there and how long they have to
 * acknowledge it before it moves to the next level. Only a named person is accountable; a role or
 * a team as owner is allowed here and diagnosed elsewhere.
 *
 * @param name the level's name, for example {@code Partner manager} or {@code VP field sales}
 * @param owner who owns the escalation at this level
 * @param timeToAcknowledge how long the owner has to acknowledge, longer than zero
 */
public record EscalationLevel(String name, Holder owner, Duration timeToAcknowledge) {

  /**
   * Trims the name; throws on a blank name, a missing owner or a time that is not positive.
   *
   * @param name the level's name, for example {@code Partner manager} or {@code VP field sales}
   * @param owner who owns the escalation at this level
   * @param timeToAcknowledge how long the owner has to acknowledge, longer than zero
   */
  public EscalationLevel {
    name = Text.nonBlank(name, "name");
    requireNonNull(owner, "owner");
    requireNonNull(timeToAcknowledge, "timeToAcknowledge");
    if (timeToAcknowledge.isZero() || timeToAcknowledge.isNegative()) {
      throw new IllegalArgumentException("timeToAcknowledge must be longer than zero, was " + timeToAcknowledge);
    }
  }

  /**
   * {@return a level from host data, or every problem: a blank name, not exactly one of
   * person, role and team as owner ({@code owner}), a missing time to acknowledge or
   * one that is not positive}
   *
   * @param draft the level as the host's data has it
   */
  public static Validation<Seq<Problem>, EscalationLevel> parse(EscalationLevelDraft draft) {
    Checks checks = Checks.start();
    String name = checks.text("name", draft.name());
    Seq<Holder> owners = Holder.named(draft.person(), draft.role(), draft.team());
    checks.that(owners.size() == 1, ProblemCode.INCONSISTENT, "owner",
        "give exactly one of person, role and team, was " + owners.size());
    Duration time = checks.positive("timeToAcknowledge", draft.timeToAcknowledge());
    return checks.result(() -> new EscalationLevel(name, owners.head(), time));
  }
}
