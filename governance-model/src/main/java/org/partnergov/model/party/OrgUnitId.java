package org.partnergov.model.party;

import org.partnergov.model.internal.Text;

/**
 * The stable id of an internal group of the host, such as field sales or finance.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record OrgUnitId(String value) implements Comparable<OrgUnitId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public OrgUnitId {
    value = Text.nonBlank(value, "OrgUnitId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static OrgUnitId of(String value) {
    return new OrgUnitId(value);
  }

  @Override
  public int compareTo(OrgUnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
