package org.partnergov.rules.log;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A SHA-256 hash as an immutable value: 64 lower-case hexadecimal digits. It never exposes a
 * mutable array: {@link #bytes()} returns a fresh copy.
 *
 * @param hex the 32 bytes of the hash as 64 hexadecimal digits, normalized to lower case
 */
public record Sha256(String hex) {

  /** The 32 zero bytes that the first entry of every log links to. */
  public static final Sha256 ZERO = new Sha256("0".repeat(64));

  /** The lower-case hexadecimal digits, by value. */
  private static final String DIGITS = "0123456789abcdef";

  /**
   * Normalizes to lower case; throws unless the text is exactly 64 hexadecimal digits.
   *
   * @param hex the 32 bytes of the hash as 64 hexadecimal digits, in either case
   */
  public Sha256 {
    requireNonNull(hex, "hex");
    hex = hex.toLowerCase(Locale.ROOT);
    if (!isHex64(hex)) {
      throw new IllegalArgumentException("a SHA-256 hash is 64 hexadecimal digits, not '" + hex + "'");
    }
  }

  /** Whether the text is exactly 64 lower-case hexadecimal digits (no regex: hashes are checked per log entry). */
  private static boolean isHex64(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the hash of the given 64 hexadecimal digits}
   *
   * @param hex exactly 64 hexadecimal digits, in either case
   */
  public static Sha256 parse(String hex) {
    return new Sha256(hex);
  }

  /**
   * {@return the SHA-256 hash of the concatenation of the given byte strings, in order}
   *
   * @param parts the byte strings to hash, in order
   */
  public static Sha256 digest(byte[]... parts) {
    MessageDigest digest = sha256();
    for (byte[] part : parts) {
      digest.update(part);
    }
    return new Sha256(HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * Whether this is the hash with the given 32 bytes, compared digit by digit without building
   * either side's text or bytes: verifying a log compares a hash per entry.
   */
  boolean matches(byte[] bytes) {
    if (bytes.length != 32) {
      return false;
    }
    for (int i = 0; i < 32; i++) {
      if (hex.charAt(2 * i) != DIGITS.charAt((bytes[i] >> 4) & 0xf)
          || hex.charAt(2 * i + 1) != DIGITS.charAt(bytes[i] & 0xf)) {
        return false;
      }
    }
    return true;
  }

  /** {@return a fresh copy of the 32 bytes of the hash} */
  public byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }

  @Override
  public String toString() {
    return hex;
  }

  /** A fresh digest: a clone of one looked up once, as looking up the provider costs more than hashing a record. */
  static MessageDigest sha256() {
    try {
      return (MessageDigest) Prototype.DIGEST.clone();
    } catch (CloneNotSupportedException e) {
      return lookUp();
    }
  }

  private static MessageDigest lookUp() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** The digest cloned for each hash; never updated itself. */
  private static final class Prototype {
    static final MessageDigest DIGEST = lookUp();
  }
}
