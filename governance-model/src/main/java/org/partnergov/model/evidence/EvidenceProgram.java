package org.partnergov.model.evidence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * The guide's evidence program: the mechanism that turns partner readiness activity into
 * launch-ready evidence before a fixed deadline. It has qualification criteria per capability, a
 * launch deadline, a delivery team of the host that owns it, and the audiences that receive the
 * evidence. When it names a program, only records of that program count toward it.
 */
@Value.Immutable
@ModelStyle
public abstract class EvidenceProgram {

  /** For the implementation Immutables generates, in this package only. */
  EvidenceProgram() {}

  /** {@return the stable id} */
  public abstract EvidenceProgramId id();

  /** {@return the display name} */
  public abstract String name();

  /** {@return the partner program or launch it serves, if any; then only its records count} */
  @Value.Default
  public Option<ProgramId> program() {
    return Option.none();
  }

  /** {@return what partners must show, at least one criterion} */
  public abstract Seq<QualificationCriterion> criteria();

  /** {@return the launch: evidence must exist by then} */
  public abstract Instant launchDeadline();

  /** {@return the internal team that owns the program and delivers its evidence} */
  public abstract OrgUnitId deliveryTeam();

  /** {@return who receives the evidence, at least one audience} */
  public abstract Seq<Audience> audience();

  @Value.Check
  void check() {
    Text.nonBlank(name(), "name");
    if (criteria().isEmpty()) {
      throw new IllegalStateException("evidence program " + id() + " needs at least one criterion");
    }
    if (audience().isEmpty()) {
      throw new IllegalStateException("evidence program " + id() + " needs at least one audience");
    }
  }

  /** {@return a builder for a program from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvidenceProgram}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableEvidenceProgram.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a program from host data, or every problem: a blank id, name or delivery team, a
   * missing deadline, no criteria, no audience, a blank audience, and every problem of each
   * criterion under {@code criteria[i]}} A blank program counts as absent.
   *
   * @param draft the evidence program as the host's data has it
   */
  public static Validation<Seq<Problem>, EvidenceProgram> parse(EvidenceProgramDraft draft) {
    Checks checks = Checks.start();
    EvidenceProgramId id = checks.text("id", draft.id(), EvidenceProgramId::new);
    String name = checks.text("name", draft.name());
    Option<ProgramId> program = checks.optionalText(draft.program(), ProgramId::new);
    checks.that(!draft.criteria().isEmpty(), ProblemCode.EMPTY, "criteria", "a program has at least one criterion");
    ArrayList<QualificationCriterion> criteria = new ArrayList<>();
    draft.criteria().forEachWithIndex((criterion, i) -> {
      QualificationCriterion parsed = checks.nested("criteria[" + i + "]", QualificationCriterion.parse(criterion));
      if (parsed != null) {
        criteria.add(parsed);
      }
    });
    Instant deadline = checks.present("launchDeadline", draft.launchDeadline());
    OrgUnitId team = checks.text("deliveryTeam", draft.deliveryTeam(), OrgUnitId::new);
    checks.that(!draft.audience().isEmpty(), ProblemCode.EMPTY, "audience", "a program has at least one audience");
    Seq<Audience> audience = checks.texts("audience", draft.audience(), Audience::new);
    return checks.result(() -> builder().id(id).name(name).program(program).criteria(List.ofAll(criteria))
        .launchDeadline(deadline).deliveryTeam(team).audience(audience).build());
  }
}
