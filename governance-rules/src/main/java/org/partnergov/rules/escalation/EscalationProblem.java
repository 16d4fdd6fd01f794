package org.partnergov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;

/**
 * One problem of escalation: a risk that cannot be translated, a path that is not sound, a
 * consequence without a path, an acknowledgement or resolution refused. It says what is wrong
 * (a stable code), what it is about and why, in a sentence a partner manager can read.
 *
 * @param code the stable code
 * @param subjects the ids of what the problem is about (risk, path, level, person...), in a fixed order
 * @param explanation what is wrong, in plain words
 */
public record EscalationProblem(EscalationCode code, Seq<String> subjects, String explanation) {

  /**
   * Throws on a missing part or a blank explanation.
   *
   * @param code the stable code
   * @param subjects the ids of what the problem is about (risk, path, level, person...), in a fixed order
   * @param explanation what is wrong, in plain words
   */
  public EscalationProblem {
    requireNonNull(code, "code");
    requireNonNull(subjects, "subjects");
    requireNonNull(explanation, "explanation");
    if (explanation.isBlank()) {
      throw new IllegalArgumentException("an escalation problem needs an explanation");
    }
  }

  /** Reads as {@code ESC-03 [path-1, 2]: Level 2 ...}. */
  @Override
  public String toString() {
    return code.code() + " " + subjects.mkString("[", ", ", "]") + ": " + explanation;
  }
}
