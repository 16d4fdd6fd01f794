package org.partnergov.model.party;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;

/**
 * An internal group of the host: product development, field sales, marketing, the partner
 * organization, finance, legal, a program office.
 *
 * @param id the stable id
 * @param name the display name, never blank
 */
public record OrgUnit(OrgUnitId id, String name) {

  /**
   * Trims the name; throws on a missing id or a blank name.
   *
   * @param id the stable id
   * @param name the display name, never blank
   */
  public OrgUnit {
    java.util.Objects.requireNonNull(id, "id");
    name = Text.nonBlank(name, "name");
  }

  /**
   * {@return an org unit from host data, or every problem with it}
   *
   * @param id the org unit's id
   * @param name the display name
   */
  public static Validation<Seq<Problem>, OrgUnit> parse(@Nullable String id, @Nullable String name) {
    Checks checks = Checks.start();
    OrgUnitId unit = checks.text("id", id, OrgUnitId::new);
    String text = checks.text("name", name);
    return checks.result(() -> new OrgUnit(unit, text));
  }
}
