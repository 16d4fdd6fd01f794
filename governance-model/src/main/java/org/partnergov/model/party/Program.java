package org.partnergov.model.party;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * A partner program or motion (a pilot program, a launch) with its internal owner and the
 * partners enrolled in it, each with the roles it plays.
 */
@Value.Immutable
@ModelStyle
public abstract class Program {

  /** For the implementation Immutables generates, in this package only. */
  Program() {}

  /** {@return the stable id} */
  public abstract ProgramId id();

  /** {@return the display name} */
  public abstract String name();

  /** {@return the internal person accountable for the program} */
  public abstract PersonId owner();

  /** {@return the enrolled partners, at most one enrollment per partner; empty by default} */
  @Value.Default
  public Seq<Enrollment> enrollments() {
    return List.empty();
  }

  /**
   * {@return the enrollment of the partner, if it is enrolled}
   *
   * @param partner the partner's id
   */
  public Option<Enrollment> enrollmentOf(PartnerId partner) {
    return enrollmentsByPartner().get(partner);
  }

  /** The enrollments by partner, the first of a partner's when it has several; computed once, on first use. */
  @Value.Lazy
  Map<PartnerId, Enrollment> enrollmentsByPartner() {
    return HashMap.ofEntries(enrollments().reverse().map(e -> Tuple.of(e.partner(), e)));
  }

  @Value.Check
  void check() {
    Text.nonBlank(name(), "name");
    if (enrollments().map(Enrollment::partner).distinct().size() != enrollments().size()) {
      throw new IllegalStateException("a partner is enrolled twice in program " + id());
    }
  }

  /** {@return a builder for a program from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Program}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableProgram.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a program from host data, or every problem: blank id, name or owner, an enrollment
   * with a blank partner, no roles or an unknown role name, a partner enrolled twice}
   *
   * @param draft the program as the host's data has it
   */
  public static Validation<Seq<Problem>, Program> parse(ProgramDraft draft) {
    Checks checks = Checks.start();
    ProgramId id = checks.text("id", draft.id(), ProgramId::new);
    String name = checks.text("name", draft.name());
    PersonId owner = checks.text("owner", draft.owner(), PersonId::new);
    java.util.ArrayList<Enrollment> enrollments = new java.util.ArrayList<>();
    java.util.HashSet<PartnerId> seen = new java.util.HashSet<>();
    draft.enrollments().forEachWithIndex((e, i) -> {
      String path = "enrollments[" + i + "]";
      PartnerId partner = checks.text(path + ".partner", e.partner(), PartnerId::new);
      HashSet<PartnerRole> roles = HashSet.empty();
      for (int r = 0; r < e.roles().size(); r++) {
        PartnerRole role = checks.name(path + ".roles[" + r + "]", e.roles().get(r), PartnerRole.class);
        roles = role == null ? roles : roles.add(role);
      }
      checks.that(!e.roles().isEmpty(), ProblemCode.EMPTY, path + ".roles", "an enrolled partner plays at least one role");
      if (partner != null && !seen.add(partner)) {
        checks.problem(ProblemCode.DUPLICATE_ID, path + ".partner", "partner " + partner + " is enrolled twice");
      } else if (partner != null && !roles.isEmpty()) {
        enrollments.add(new Enrollment(partner, roles));
      }
    });
    return checks.result(() -> builder().id(id).name(name).owner(owner)
        .enrollments(List.ofAll(enrollments)).build());
  }
}
