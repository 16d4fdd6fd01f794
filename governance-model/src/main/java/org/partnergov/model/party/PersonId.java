package org.partnergov.model.party;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a person. Decisions are owned by persons, never by "the team".
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record PersonId(String value) implements Comparable<PersonId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public PersonId {
    value = Text.nonBlank(value, "PersonId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
