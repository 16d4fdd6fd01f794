package org.partnergov.model.evidence;

import org.partnergov.model.internal.Text;

/**
 * Who receives the evidence an evidence program produces, for example {@code "launch board"},
 * {@code "field sales"} or {@code "customers in the pilot"}.
 *
 * @param name the audience's name, trimmed and never blank
 */
public record Audience(String name) implements Comparable<Audience> {

  /**
   * Trims; throws on a blank name.
   *
   * @param name the audience's name, trimmed and never blank
   */
  public Audience {
    name = Text.nonBlank(name, "Audience");
  }

  /**
   * {@return the audience of the given name}
   *
   * @param name the audience's name; trimmed, never blank
   */
  public static Audience of(String name) {
    return new Audience(name);
  }

  @Override
  public int compareTo(Audience other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
