package org.partnergov.rules.escalation;

import java.time.Duration;

/** Durations in words for explanations. */
final class Durations {

  private Durations() {}

  /** {@code 2 days}, {@code 4 hours}, {@code 90 minutes}, {@code 1 second}. */
  static String words(Duration d) {
    if (d.toSeconds() % 86_400 == 0 && d.toNanosPart() == 0) {
      return plural(d.toDays(), "day");
    } else if (d.toSeconds() % 3_600 == 0 && d.toNanosPart() == 0) {
      return plural(d.toHours(), "hour");
    } else if (d.toSeconds() % 60 == 0 && d.toNanosPart() == 0) {
      return plural(d.toMinutes(), "minute");
    }
    return d.toNanosPart() == 0 ? plural(d.toSeconds(), "second") : d.toString();
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
