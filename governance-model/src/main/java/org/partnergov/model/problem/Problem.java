package org.partnergov.model.problem;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with host input: its stable code, the path of the field (for example
 * {@code partners[2].relationshipOwner}) and a plain message a business user can act on.
 *
 * @param code the stable code
 * @param path the field path inside the input, never blank
 * @param message the plain explanation, never blank
 */
public record Problem(ProblemCode code, String path, String message) {

  /**
   * Checks that every part is present.
   *
   * @param code the stable code
   * @param path the field path inside the input, never blank
   * @param message the plain explanation, never blank
   */
  public Problem {
    requireNonNull(code, "code");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    if (path.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a path and a message");
    }
  }

  /**
   * The same problem seen from an enclosing value, for example {@code id} under
   * {@code partners[2]} becomes {@code partners[2].id}.
   *
   * @param prefix the path of the enclosing field
   * @return the problem with the prefixed path
   */
  public Problem under(String prefix) {
    return new Problem(code, prefix + "." + path, message);
  }

  /** Reads as {@code VAL-01 partners[2].id: a required value is missing or blank}. */
  @Override
  public String toString() {
    return code.code() + " " + path + ": " + message;
  }
}
