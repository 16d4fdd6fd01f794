package org.partnergov.testkit;

import org.partnergov.model.party.Partner;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.Program;
import org.quicktheories.core.Gen;

/**
 * The entry point of the testkit: one generator per public model type, valid by construction and
 * leaning toward boundaries. For example:
 *
 * <pre>{@code
 * qt().forAll(Generators.partners()).check(p -> !p.name().isBlank());
 * }</pre>
 *
 * The per-slice classes ({@link PartyGenerators}, {@link MoneyGenerators}...) hold the same
 * generators plus the building blocks (id pools, drafts, amounts around a threshold).
 */
public final class Generators {

  private Generators() {}

  /** See {@link PartyGenerators#persons()}. */
  public static Gen<Person> persons() {
    return PartyGenerators.persons();
  }

  /** See {@link PartyGenerators#partners()}. */
  public static Gen<Partner> partners() {
    return PartyGenerators.partners();
  }

  /** See {@link PartyGenerators#programs()}. */
  public static Gen<Program> programs() {
    return PartyGenerators.programs();
  }
}
