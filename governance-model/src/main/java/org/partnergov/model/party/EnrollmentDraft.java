package org.partnergov.model.party;

import io.vavr.collection.Seq;
import org.jspecify.annotations.Nullable;

/**
 * An enrollment as the host's data has it: a partner id and {@link PartnerRole} names.
 *
 * @param partner the partner id
 * @param roles the role names
 */
public record EnrollmentDraft(@Nullable String partner, Seq<String> roles) {

  /**
   * Throws on a missing sequence of roles (an empty one is reported when validated).
   *
   * @param partner the partner id
   * @param roles the role names
   */
  public EnrollmentDraft {
    java.util.Objects.requireNonNull(roles, "roles");
  }
}
