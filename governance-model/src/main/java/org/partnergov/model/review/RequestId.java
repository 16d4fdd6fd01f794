package org.partnergov.model.review;

import org.partnergov.model.internal.Text;

/**
 * The stable id of an exception request.
 *
 * @param value the id as the host knows it, trimmed and never blank
 */
public record RequestId(String value) implements Comparable<RequestId> {

  /**
   * Trims; throws on a blank value.
   *
   * @param value the id as the host knows it, trimmed and never blank
   */
  public RequestId {
    value = Text.nonBlank(value, "RequestId");
  }

  /**
   * {@return the id of the given text}
   *
   * @param value the id as the host knows it; trimmed, never blank
   */
  public static RequestId of(String value) {
    return new RequestId(value);
  }

  @Override
  public int compareTo(RequestId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
