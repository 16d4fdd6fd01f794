package org.partnergov.model.evidence;

import org.partnergov.model.internal.Text;

/**
 * The stable id of an evidence program.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record EvidenceProgramId(String value) implements Comparable<EvidenceProgramId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public EvidenceProgramId {
    value = Text.nonBlank(value, "EvidenceProgramId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static EvidenceProgramId of(String value) {
    return new EvidenceProgramId(value);
  }

  @Override
  public int compareTo(EvidenceProgramId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
