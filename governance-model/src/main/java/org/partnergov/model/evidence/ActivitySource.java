package org.partnergov.model.evidence;

import org.partnergov.model.internal.Text;

/**
 * The system or person that recorded an activity, for example {@code "LMS"}, {@code "CRM"} or
 * {@code "partner portal"}. Together with {@link Provenance} it says how far a record can be trusted.
 *
 * @param name the name, trimmed and never blank
 */
public record ActivitySource(String name) implements Comparable<ActivitySource> {

  /**
   * Trims; throws on a blank name.
   *
   * @param name the name, trimmed and never blank
   */
  public ActivitySource {
    name = Text.nonBlank(name, "ActivitySource");
  }

  /**
   * {@return the source of the given name}
   *
   * @param name the name of the recording system or person; trimmed, never blank
   */
  public static ActivitySource of(String name) {
    return new ActivitySource(name);
  }

  @Override
  public int compareTo(ActivitySource other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
