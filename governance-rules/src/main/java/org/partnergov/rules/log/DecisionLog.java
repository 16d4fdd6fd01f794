package org.partnergov.rules.log;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.partnergov.model.review.DecisionRecord;

/**
 * An append-only log of decision records, hash-chained with SHA-256: entry {@code i} holds
 * {@code hash = SHA-256(previousHash || CanonicalEncoding.encode(record))}, where
 * {@code previousHash} is the hash of entry {@code i - 1}, or 32 zero bytes for entry 0. The log
 * is an immutable value: {@link #append} returns a new log and leaves this one unchanged.
 */
public final class DecisionLog {

  private static final DecisionLog EMPTY = new DecisionLog(Vector.empty());

  private final Vector<LogEntry> entries;

  private DecisionLog(Vector<LogEntry> entries) {
    this.entries = entries;
  }

  /** {@return the log with no entries} */
  public static DecisionLog empty() {
    return EMPTY;
  }

  /**
   * {@return this log with the record appended as its last entry, chained to the current head}
   *
   * @param record the decision record to append
   */
  public DecisionLog append(DecisionRecord record) {
    requireNonNull(record, "record");
    return new DecisionLog(entries.append(LogEntry.chain(entries.size(), record, head().lastHash())));
  }

  /** {@return the entries, oldest first} */
  public Seq<LogEntry> entries() {
    return entries;
  }

  /** {@return the number of entries} */
  public int size() {
    return entries.size();
  }

  /** {@return the size and the hash of the last entry, for the host to store apart from the entries} */
  public LogHead head() {
    return entries.lastOption().map(e -> new LogHead(entries.size(), e.hash())).getOrElse(LogHead.EMPTY);
  }

  /**
   * Checks the chain entry by entry, from the first: each entry's index is its position (LOG-01),
   * its previous hash is the hash of the entry before or zero for the first (LOG-02), and its hash
   * is SHA-256 of that previous hash and its record's canonical bytes (LOG-03). Returns the first
   * entry that fails, or intact with the head of the entries. A cut-off tail is not visible here:
   * see {@link #verify(Seq, LogHead)}.
   *
   * @param entries the entries to check, in log order
   * @return the first entry that fails and why, or intact with the head of the entries
   */
  public static Verification verify(Seq<LogEntry> entries) {
    requireNonNull(entries, "entries");
    RecordHasher hasher = new RecordHasher();
    Sha256 previous = Sha256.ZERO;
    byte[] previousBytes = new byte[32];
    int index = 0;
    for (LogEntry entry : entries) {
      if (entry.index() != index) {
        return new Verification.Broken(index, LogBreak.ENTRY_OUT_OF_PLACE);
      }
      if (!entry.previousHash().equals(previous)) {
        return new Verification.Broken(index, LogBreak.BROKEN_LINK);
      }
      byte[] hash = hasher.hash(previousBytes, entry.record());
      if (!entry.hash().matches(hash)) {
        return new Verification.Broken(index, LogBreak.HASH_MISMATCH);
      }
      previous = entry.hash();
      System.arraycopy(hash, 0, previousBytes, 0, hash.length);
      index++;
    }
    return new Verification.Intact(new LogHead(index, previous));
  }

  /**
   * Checks the chain as {@link #verify(Seq)} does, then that it reaches the head stored earlier
   * (LOG-04): with fewer entries than the head, the first missing entry is broken; when the
   * entry at the head's last position has another hash, that entry is broken. Entries appended
   * after the head was stored are allowed: the log only grows.
   *
   * @param entries the entries to check, in log order
   * @param stored the head the host stored earlier, apart from the entries
   * @return the first entry that fails or is missing and why, or intact with the head of the entries
   */
  public static Verification verify(Seq<LogEntry> entries, LogHead stored) {
    requireNonNull(stored, "stored");
    Verification chain = verify(entries);
    if (!chain.isIntact()) {
      return chain;
    }
    if (entries.size() < stored.size()) {
      return new Verification.Broken(entries.size(), LogBreak.HEAD_MISMATCH);
    }
    if (stored.size() > 0 && !entries.get(stored.size() - 1).hash().equals(stored.lastHash())) {
      return new Verification.Broken(stored.size() - 1, LogBreak.HEAD_MISMATCH);
    }
    return chain;
  }

  /**
   * Verifies this log's own entries.
   *
   * @return the first entry that fails and why, or intact with the head of this log
   */
  public Verification verify() {
    return verify(entries);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DecisionLog log && log.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "DecisionLog" + head();
  }
}
