package org.partnergov.model.party;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * An individual with a stable id, an affiliation (an org unit of the host or a partner) and the
 * roles they hold. Decisions are owned by persons.
 */
@Value.Immutable
@ModelStyle
public abstract class Person {

  /** For the implementation Immutables generates, in this package only. */
  Person() {}

  /** {@return the stable id} */
  public abstract PersonId id();

  /** {@return the display name} */
  public abstract String name();

  /** {@return the org unit or partner the person belongs to} */
  public abstract Affiliation affiliation();

  /** {@return the roles the person holds; empty by default} */
  @Value.Default
  public Set<Role> roles() {
    return HashSet.empty();
  }

  /**
   * {@return whether the person holds the role}
   *
   * @param role the role to check
   */
  public boolean holds(Role role) {
    return roles().contains(role);
  }

  @Value.Check
  void check() {
    Text.nonBlank(name(), "name");
  }

  /** {@return a builder for a person from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutablePerson.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a person from host data, or every problem: blank id or name, neither or both of org
   * unit and partner, a blank role}
   *
   * @param draft the person as the host's data has it
   */
  public static Validation<Seq<Problem>, Person> parse(PersonDraft draft) {
    Checks checks = Checks.start();
    PersonId id = checks.text("id", draft.id(), PersonId::new);
    String name = checks.text("name", draft.name());
    var unit = checks.optionalText(draft.orgUnit(), OrgUnitId::new);
    var partner = checks.optionalText(draft.partner(), PartnerId::new);
    checks.that(unit.isDefined() != partner.isDefined(), ProblemCode.INCONSISTENT, "orgUnit",
        "a person belongs to exactly one org unit or one partner");
    Seq<Role> roles = checks.texts("roles", draft.roles(), Role::new);
    return checks.result(() -> builder().id(id).name(name)
        .affiliation(unit.<Affiliation>map(Affiliation::internal)
            .getOrElse(() -> Affiliation.partnerStaff(partner.get())))
        .roles(HashSet.ofAll(roles))
        .build());
  }
}
