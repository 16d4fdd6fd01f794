package org.partnergov.model.party;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a partner program or motion.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record ProgramId(String value) implements Comparable<ProgramId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public ProgramId {
    value = Text.nonBlank(value, "ProgramId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static ProgramId of(String value) {
    return new ProgramId(value);
  }

  @Override
  public int compareTo(ProgramId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
