package org.partnergov.model.escalation;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * The defined way consequences of one category and at least a minimum severity escalate: ordered
 * levels, each with an owner and a time to acknowledge. Levels are numbered from 1.
 */
@Value.Immutable
@ModelStyle
public abstract class EscalationPath {

  /** For the implementation Immutables generates, in this package only. */
  EscalationPath() {}

  /** {@return the stable id} */
  public abstract EscalationPathId id();

  /** {@return the category of consequence the path handles} */
  public abstract ConsequenceCategory category();

  /** {@return the least severity the path handles} */
  public abstract Severity minimumSeverity();

  /** {@return the levels in escalation order, at least one} */
  public abstract Seq<EscalationLevel> levels();

  /**
   * {@return the level with the number, counting from 1, if the path has it}
   *
   * @param number the level's number, counting from 1
   */
  public Option<EscalationLevel> level(int number) {
    return number >= 1 && number <= levels().size() ? Option.some(levels().get(number - 1)) : Option.none();
  }

  /**
   * {@return whether the path handles the consequence: same category, at least the minimum severity}
   *
   * @param consequence the consequence of a risk
   */
  public boolean handles(Consequence consequence) {
    return consequence.category() == category() && consequence.isAtLeast(minimumSeverity());
  }

  @Value.Check
  void check() {
    if (levels().isEmpty()) {
      throw new IllegalStateException("escalation path " + id() + " needs at least one level");
    }
  }

  /** {@return a builder for a path from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationPath}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableEscalationPath.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a path from host data, or every problem: a blank id, an unknown category or severity
   * name, no levels, and every problem of each level under {@code levels[i]}}
   *
   * @param draft the escalation path as the host's data has it
   */
  public static Validation<Seq<Problem>, EscalationPath> parse(EscalationPathDraft draft) {
    Checks checks = Checks.start();
    EscalationPathId id = checks.text("id", draft.id(), EscalationPathId::new);
    ConsequenceCategory category = checks.name("category", draft.category(), ConsequenceCategory.class);
    Severity minimum = checks.name("minimumSeverity", draft.minimumSeverity(), Severity.class);
    checks.that(!draft.levels().isEmpty(), ProblemCode.EMPTY, "levels", "a path has at least one level");
    ArrayList<EscalationLevel> levels = new ArrayList<>();
    draft.levels().forEachWithIndex((level, i) -> {
      EscalationLevel parsed = checks.nested("levels[" + i + "]", EscalationLevel.parse(level));
      if (parsed != null) {
        levels.add(parsed);
      }
    });
    return checks.result(() -> builder().id(id).category(category).minimumSeverity(minimum)
        .levels(io.vavr.collection.List.ofAll(levels)).build());
  }
}
