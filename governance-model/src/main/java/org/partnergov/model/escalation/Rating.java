package org.partnergov.model.escalation;

/**
 * A level from {@value #LOWEST} to {@value #HIGHEST} on one axis of the risk matrix: the impact
 * of a risk, or its likelihood.
 *
 * @param level the level, {@value #LOWEST} (lowest) to {@value #HIGHEST} (highest)
 */
public record Rating(int level) implements Comparable<Rating> {

  /** The lowest level. */
  public static final int LOWEST = 1;
  /** The highest level. */
  public static final int HIGHEST = 5;

  /**
   * Throws when the level lies outside {@value #LOWEST}..{@value #HIGHEST}.
   *
   * @param level the level, {@value #LOWEST} (lowest) to {@value #HIGHEST} (highest)
   */
  public Rating {
    if (level < LOWEST || level > HIGHEST) {
      throw new IllegalArgumentException(
          "a rating lies between " + LOWEST + " and " + HIGHEST + ", was " + level);
    }
  }

  /**
   * {@return the rating of the level}
   *
   * @param level the level, {@value #LOWEST} (lowest) to {@value #HIGHEST} (highest)
   */
  public static Rating of(int level) {
    return new Rating(level);
  }

  @Override
  public int compareTo(Rating other) {
    return Integer.compare(level, other.level);
  }

  /** Reads as {@code 3/5}. */
  @Override
  public String toString() {
    return level + "/" + HIGHEST;
  }
}
