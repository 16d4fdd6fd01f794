package org.partnergov.model.evidence;

import org.partnergov.model.internal.Text;

/**
 * The stable id of an activity record, cited as evidence by claims and requests.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record ActivityRecordId(String value) implements Comparable<ActivityRecordId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public ActivityRecordId {
    value = Text.nonBlank(value, "ActivityRecordId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static ActivityRecordId of(String value) {
    return new ActivityRecordId(value);
  }

  @Override
  public int compareTo(ActivityRecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
