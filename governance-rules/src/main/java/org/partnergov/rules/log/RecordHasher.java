package org.partnergov.rules.log;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import org.partnergov.model.review.DecisionRecord;

/**
 * Computes entry hashes, SHA-256 of a previous hash's 32 bytes followed by a record's canonical
 * bytes, with one digest, one encoding buffer and one output array for a whole log: verifying a
 * log hashes every entry, and a digest and arrays per entry cost more than encoding the record.
 * Mutable and not for sharing between threads: one per verification.
 */
final class RecordHasher {

  /** Bytes of the reused encoding buffer: a typical record is a few hundred; larger ones get their own. */
  private static final int BUFFER = 4096;

  private final MessageDigest digest = Sha256.sha256();
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
  private final byte[] hash = new byte[32];

  /**
   * The hash of the previous hash's bytes followed by the record's canonical bytes, in an array
   * this hasher owns and overwrites on the next call.
   */
  byte[] hash(byte[] previousHash, DecisionRecord record) {
    int size = CanonicalEncoding.size(record);
    ByteBuffer out = size <= buffer.capacity() ? buffer.clear() : ByteBuffer.allocate(size);
    CanonicalEncoding.write(record, out);
    digest.update(previousHash);
    digest.update(out.array(), 0, out.position());
    try {
      digest.digest(hash, 0, hash.length);
    } catch (DigestException e) {
      throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
    }
    return hash;
  }
}
