package org.partnergov.model.party;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.problem.Problem;

/**
 * An org unit as the host's data has it.
 *
 * @param id the org unit's id
 * @param name the display name
 */
public record OrgUnitDraft(@Nullable String id, @Nullable String name) {

  /** {@return the org unit, or every problem with this draft} */
  public Validation<Seq<Problem>, OrgUnit> validate() {
    return OrgUnit.parse(id, name);
  }
}
