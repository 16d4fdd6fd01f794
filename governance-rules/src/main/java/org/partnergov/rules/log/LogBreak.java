package org.partnergov.rules.log;

import org.partnergov.model.problem.StableCode;

/** How a decision log was found broken, each with its stable code. */
public enum LogBreak implements StableCode {
  /** LOG-01: an entry's index is not its position, so an entry was inserted, removed or moved. */
  ENTRY_OUT_OF_PLACE("LOG-01", "the entry is not at the position it was written at"),
  /** LOG-02: an entry does not link to the hash of the entry before it. */
  BROKEN_LINK("LOG-02", "the entry does not link to the entry before it"),
  /** LOG-03: an entry's hash does not match its record: the record or the hash was changed. */
  HASH_MISMATCH("LOG-03", "the recorded decision does not match its hash"),
  /** LOG-04: the entries do not reach the stored head: the tail was cut off or rewritten. */
  HEAD_MISMATCH("LOG-04", "the log does not reach its stored head");

  private final String code;
  private final String explanation;

  LogBreak(String code, String explanation) {
    this.code = code;
    this.explanation = explanation;
  }

  @Override
  /** The stable code, such as {@code LOG-03}. */
  public String code() {
    return code;
  }

  /** {@return what the break means, for a business reader} */
  public String explanation() {
    return explanation;
  }

  /** What the break means, as the code's description. */
  @Override
  public String description() {
    return explanation;
  }
}
