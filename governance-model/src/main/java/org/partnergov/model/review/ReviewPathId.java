package org.partnergov.model.review;

import org.partnergov.model.internal.Text;

/**
 * The stable id of a review path, cited by the decision records made along it.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record ReviewPathId(String value) implements Comparable<ReviewPathId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public ReviewPathId {
    value = Text.nonBlank(value, "ReviewPathId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static ReviewPathId of(String value) {
    return new ReviewPathId(value);
  }

  @Override
  public int compareTo(ReviewPathId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
