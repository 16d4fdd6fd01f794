package org.partnergov.model.internal;

import static java.util.Objects.requireNonNull;

/** Checks on text shared by the compact constructors of the model's records. */
public final class Text {

  private Text() {}

  /** The trimmed text; throws when it is blank, which no parse lets through. */
  public static String nonBlank(String value, String name) {
    requireNonNull(value, name);
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return trimmed;
  }

  /**
   * The text as a code of an open set of kinds: trimmed, upper case, with spaces and hyphens as
   * underscores ({@code "tier change"} becomes {@code TIER_CHANGE}); throws when blank.
   */
  public static String code(String value, String name) {
    return nonBlank(value, name).toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
