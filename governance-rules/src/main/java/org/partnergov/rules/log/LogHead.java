package org.partnergov.rules.log;

import static java.util.Objects.requireNonNull;

/**
 * The head of a decision log, which a host stores apart from the entries: how many entries the
 * log held and the hash of the last one. Verifying the entries against it detects a cut-off tail.
 *
 * @param size the number of entries
 * @param lastHash the hash of the last entry, {@link Sha256#ZERO} when the log is empty
 */
public record LogHead(int size, Sha256 lastHash) {

  /** The head of the empty log. */
  public static final LogHead EMPTY = new LogHead(0, Sha256.ZERO);

  /**
   * Throws on a negative size, or an empty log whose last hash is not zero.
   *
   * @param size the number of entries, not negative
   * @param lastHash the hash of the last entry, {@link Sha256#ZERO} when the log is empty
   */
  public LogHead {
    requireNonNull(lastHash, "lastHash");
    if (size < 0) {
      throw new IllegalArgumentException("a log size is not negative, not " + size);
    }
    if (size == 0 && !lastHash.equals(Sha256.ZERO)) {
      throw new IllegalArgumentException("an empty log has the zero hash as its last hash");
    }
  }
}
