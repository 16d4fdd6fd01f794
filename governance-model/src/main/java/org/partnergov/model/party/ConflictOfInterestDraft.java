package org.partnergov.model.party;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.problem.Problem;

/**
 * A declared conflict of interest as the host's data has it.
 *
 * @param person the id of the person who declared it
 * @param partner the id of the partner concerned
 * @param reason why, in the person's words
 */
public record ConflictOfInterestDraft(@Nullable String person, @Nullable String partner, @Nullable String reason) {

  /** {@return the conflict, or every problem with this draft: a blank person, partner or reason} */
  public Validation<Seq<Problem>, ConflictOfInterest> validate() {
    Checks checks = Checks.start();
    PersonId who = checks.text("person", person, PersonId::new);
    PartnerId whom = checks.text("partner", partner, PartnerId::new);
    String why = checks.text("reason", reason);
    return checks.result(() -> new ConflictOfInterest(who, whom, why));
  }
}
