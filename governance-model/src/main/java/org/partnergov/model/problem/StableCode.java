package org.partnergov.model.problem;

/**
 * A stable code of the library or of a host: a rule, a violation, a matrix problem, a finding or
 * an input problem. Codes are public API: hosts store them, show them and filter on them, so a
 * code never changes its meaning. Every code enum of the library implements this interface, and
 * host teams give their own rules codes of their own through it (for example {@code ACME-01}).
 */
public interface StableCode {

  /** {@return the code itself, such as {@code SOD-05}: one word of letters, digits, dots and dashes} */
  String code();

  /** {@return one sentence saying what the code means} */
  String description();

  /**
   * {@return whether the text is a well-formed code: capital letters or digits, a dash,
   * then digits or dotted digits}
   *
   * @param code the text to check
   */
  static boolean isWellFormed(String code) {
    return code.matches("[A-Z][A-Z0-9]*-[0-9]+(\\.[0-9]+)*");
  }

  /**
   * A code of the host's own, such as {@code ACME-01}.
   *
   * @param code the code, {@linkplain #isWellFormed well formed}
   * @param description one sentence saying what it means
   * @return the code
   */
  static StableCode of(String code, String description) {
    return new Own(code, description);
  }

  /**
   * A code defined by a host rather than the library.
   *
   * @param code the code, {@linkplain #isWellFormed well formed}
   * @param description one sentence saying what it means, not blank
   */
  record Own(String code, String description) implements StableCode {
    /**
     * Throws on a code that is not well formed or a blank description.
     *
     * @param code the code, {@linkplain #isWellFormed well formed}
     * @param description one sentence saying what it means, not blank
     */
    public Own {
      java.util.Objects.requireNonNull(code, "code");
      java.util.Objects.requireNonNull(description, "description");
      if (!isWellFormed(code) || description.isBlank()) {
        throw new IllegalArgumentException("a code such as ACME-01 and a description are needed, was '" + code + "'");
      }
    }

    /** The code. */
    @Override
    public String toString() {
      return code;
    }
  }
}
