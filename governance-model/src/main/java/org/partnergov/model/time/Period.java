package org.partnergov.model.time;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * A span of time from {@code start} inclusive to {@code end} exclusive, or open-ended. Used for
 * validity of rights and delegations, reporting periods and claims.
 *
 * @param start the first instant inside the period
 * @param end the first instant after the period, if it ends
 */
public record Period(Instant start, Option<Instant> end) {

  /**
   * Throws when the period ends at or before its start.
   *
   * @param start the first instant inside the period
   * @param end the first instant after the period, if it ends
   */
  public Period {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    for (Instant e : end) {
      if (!e.isAfter(start)) {
        throw new IllegalArgumentException("period must end after it starts: " + start + " .. " + e);
      }
    }
  }

  /**
   * {@return the period {@code [start, end)}}
   *
   * @param start the first instant inside the period
   * @param end the first instant after the period, after {@code start}
   */
  public static Period of(Instant start, Instant end) {
    return new Period(start, Option.some(end));
  }

  /**
   * {@return the open-ended period from {@code start}}
   *
   * @param start the first instant inside the period
   */
  public static Period from(Instant start) {
    return new Period(start, Option.none());
  }

  /**
   * {@return whether {@code instant} lies inside the period}
   *
   * @param instant the instant to check
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && end.forAll(instant::isBefore);
  }

  /** {@return whether the period has no end} */
  public boolean isOpenEnded() {
    return end.isEmpty();
  }

  /** Reads as {@code [start, end)}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end.map(Instant::toString).getOrElse("open") + ")";
  }
}
