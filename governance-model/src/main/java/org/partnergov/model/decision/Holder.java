package org.partnergov.model.decision;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Role;

/**
 * Who holds a decision right or owns an escalation level: a named person, a role (whoever holds
 * it), or a whole team. Only a named person is accountable across boundaries; a role or a team
 * resolves to nobody in particular.
 */
public sealed interface Holder {

  /**
   * A named person.
   *
   * @param person the person who holds the right
   */
  record NamedPerson(PersonId person) implements Holder {
    /**
     * Throws on a missing person.
     *
     * @param person the person who holds the right
     */
    public NamedPerson {
      requireNonNull(person, "person");
    }
  }

  /**
   * Whoever holds a role.
   *
   * @param role the role whose holders hold the right
   */
  record ByRole(Role role) implements Holder {
    /**
     * Throws on a missing role.
     *
     * @param role the role whose holders hold the right
     */
    public ByRole {
      requireNonNull(role, "role");
    }
  }

  /**
   * A whole org unit, "the team".
   *
   * @param orgUnit the org unit whose members hold the right
   */
  record Team(OrgUnitId orgUnit) implements Holder {
    /**
     * Throws on a missing org unit.
     *
     * @param orgUnit the org unit whose members hold the right
     */
    public Team {
      requireNonNull(orgUnit, "orgUnit");
    }
  }

  /**
   * {@return the named person}
   *
   * @param person the person who holds the right
   */
  static Holder person(PersonId person) {
    return new NamedPerson(person);
  }

  /**
   * {@return whoever holds the role}
   *
   * @param role the role whose holders hold the right
   */
  static Holder role(Role role) {
    return new ByRole(role);
  }

  /**
   * {@return the whole org unit}
   *
   * @param orgUnit the org unit whose members hold the right
   */
  static Holder team(OrgUnitId orgUnit) {
    return new Team(orgUnit);
  }

  /**
   * The holders named by raw host fields, blank ones skipped: a valid draft names exactly one.
   *
   * @param person a person id, or blank
   * @param role a role name, or blank
   * @param team an org unit id, or blank
   * @return zero to three holders, in that order
   */
  static Seq<Holder> named(@Nullable String person, @Nullable String role, @Nullable String team) {
    return List.of(Option.of(person).filter(t -> !t.isBlank()).map(t -> person(new PersonId(t))),
        Option.of(role).filter(t -> !t.isBlank()).map(t -> role(new Role(t))),
        Option.of(team).filter(t -> !t.isBlank()).map(t -> team(new OrgUnitId(t)))).flatMap(o -> o);
  }

  /**
   * Handles each case; the compiler makes sure all three are handled.
   *
   * @param <R> the type of the answer
   * @param ifPerson the function that answers for a named person
   * @param ifRole the function that answers for whoever holds a role
   * @param ifTeam the function that answers for a whole org unit
   * @return what the function for this holder's case answers
   */
  default <R> R fold(Function<? super NamedPerson, ? extends R> ifPerson,
      Function<? super ByRole, ? extends R> ifRole,
      Function<? super Team, ? extends R> ifTeam) {
    if (this instanceof NamedPerson person) {
      return ifPerson.apply(person);
    }
    return this instanceof ByRole role ? ifRole.apply(role) : ifTeam.apply((Team) this);
  }

  /**
   * Whether the person fills this holder: is the named person, holds the role, or belongs to the
   * team (an internal person of the org unit; a partner's people belong to no team of the host).
   * The one place that answers "does this person stand for this holder?".
   *
   * @param person the person
   * @return whether the person fills the holder
   */
  default boolean includes(Person person) {
    requireNonNull(person, "person");
    return fold(named -> named.person().equals(person.id()), role -> person.holds(role.role()),
        team -> person.affiliation().equals(Affiliation.internal(team.orgUnit())));
  }

  /**
   * The people of the sequence who fill this holder, in its order.
   *
   * @param people the people to choose from
   * @return those the holder includes
   */
  default Seq<Person> members(Seq<Person> people) {
    return people.filter(this::includes);
  }

  /** {@return whether the holder is a named person} */
  default boolean isNamedPerson() {
    return this instanceof NamedPerson;
  }
}
