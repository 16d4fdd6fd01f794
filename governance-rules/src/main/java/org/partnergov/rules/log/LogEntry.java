package org.partnergov.rules.log;

import static java.util.Objects.requireNonNull;

import org.partnergov.model.review.DecisionRecord;

/**
 * One entry of a decision log as it is stored: its position, the record, the hash of the entry
 * before it and its own hash. An entry read back from storage may have been tampered with: the
 * constructor checks only the shape, {@link DecisionLog#verify} checks the chain.
 *
 * @param index the position of the entry in the log, from 0
 * @param record the decision recorded
 * @param previousHash the hash of the entry before, {@link Sha256#ZERO} for the first entry
 * @param hash SHA-256 of {@code previousHash} followed by the canonical bytes of {@code record}
 */
public record LogEntry(int index, DecisionRecord record, Sha256 previousHash, Sha256 hash) {

  /**
   * Throws on a negative index or a missing value.
   *
   * @param index the position of the entry in the log, from 0
   * @param record the decision recorded
   * @param previousHash the hash of the entry before, {@link Sha256#ZERO} for the first entry
   * @param hash SHA-256 of {@code previousHash} followed by the canonical bytes of {@code record}
   */
  public LogEntry {
    if (index < 0) {
      throw new IllegalArgumentException("a log index is not negative, not " + index);
    }
    requireNonNull(record, "record");
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
  }

  /**
   * {@return the entry at the index that links the record to the previous hash, with its hash computed}
   *
   * @param index the position of the entry in the log, from 0
   * @param record the decision to record
   * @param previousHash the hash of the entry before, {@link Sha256#ZERO} for the first entry
   */
  public static LogEntry chain(int index, DecisionRecord record, Sha256 previousHash) {
    return new LogEntry(index, record, previousHash, hashOf(previousHash, record));
  }

  /**
   * {@return the SHA-256 hash of the previous hash's 32 bytes followed by the canonical bytes of the
   * record}
   *
   * @param previousHash the hash of the entry before, {@link Sha256#ZERO} for the first entry
   * @param record the decision recorded
   */
  public static Sha256 hashOf(Sha256 previousHash, DecisionRecord record) {
    return Sha256.digest(previousHash.bytes(), CanonicalEncoding.encode(record));
  }
}
