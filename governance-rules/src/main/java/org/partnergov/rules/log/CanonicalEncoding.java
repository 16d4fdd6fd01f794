package org.partnergov.rules.log;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.DecisionRecord;

/**
 * The canonical byte encoding of a {@link DecisionRecord}, version 1: the bytes the decision log
 * hashes. Two records encode to the same bytes exactly when they are equal, and the bytes of a
 * version never change: a change of layout is a new version.
 *
 * <p>The encoding is the version byte {@code 0x01}, then the thirteen fields of the record in
 * this order, each as its tag byte followed by its value:
 *
 * <table>
 *   <caption>Fields of version 1</caption>
 *   <tr><th>Tag</th><th>Field</th><th>Value</th></tr>
 *   <tr><td>{@code 0x01}</td><td>id</td><td>text</td></tr>
 *   <tr><td>{@code 0x02}</td><td>request</td><td>text</td></tr>
 *   <tr><td>{@code 0x03}</td><td>decisionType</td><td>text (the normalized code)</td></tr>
 *   <tr><td>{@code 0x04}</td><td>decider</td><td>text</td></tr>
 *   <tr><td>{@code 0x05}</td><td>verdict</td><td>text (the constant's name, e.g. {@code REJECT})</td></tr>
 *   <tr><td>{@code 0x06}</td><td>decidedAt</td><td>instant</td></tr>
 *   <tr><td>{@code 0x07}</td><td>right</td><td>option of text</td></tr>
 *   <tr><td>{@code 0x08}</td><td>delegation</td><td>option of text</td></tr>
 *   <tr><td>{@code 0x09}</td><td>rationale</td><td>option of text</td></tr>
 *   <tr><td>{@code 0x0A}</td><td>conditions</td><td>sequence of text</td></tr>
 *   <tr><td>{@code 0x0B}</td><td>criteriaResults</td><td>sequence of criterion result</td></tr>
 *   <tr><td>{@code 0x0C}</td><td>evidence</td><td>sequence of text</td></tr>
 *   <tr><td>{@code 0x0D}</td><td>reviewPath</td><td>option of text</td></tr>
 * </table>
 *
 * <p>Values are written so:
 * <ul>
 *   <li><b>text</b>: the number of bytes of its UTF-8 encoding as a 4-byte big-endian unsigned
 *   integer, then those bytes. Ids are written by their value, as the model normalized it
 *   (trimmed). Text that is not well-formed UTF-16 (an unpaired surrogate) cannot be encoded and
 *   is refused with an {@link IllegalArgumentException}, so no two texts share bytes.</li>
 *   <li><b>instant</b>: the seconds since 1970-01-01T00:00:00Z as an 8-byte big-endian signed
 *   integer, then the nanoseconds within that second (0 to 999,999,999) as a 4-byte big-endian
 *   integer.</li>
 *   <li><b>boolean</b>: one byte, {@code 0x01} for true, {@code 0x00} for false.</li>
 *   <li><b>option</b>: one byte, {@code 0x00} when absent; {@code 0x01} followed by the value when
 *   present.</li>
 *   <li><b>sequence</b>: the number of elements as a 4-byte big-endian unsigned integer, then each
 *   element in the record's order (the order is part of the record, never sorted).</li>
 *   <li><b>criterion result</b>: the criterion code as text, whether it was met as a boolean, the
 *   explanation as text.</li>
 * </ul>
 *
 * <p>For example, a text {@code "r-1"} is {@code 00 00 00 03 72 2d 31}, an absent option is
 * {@code 00}, and the instant {@code 1970-01-01T00:00:01.000000002Z} is
 * {@code 00 00 00 00 00 00 00 01 00 00 00 02}.
 */
public final class CanonicalEncoding {

  /** The version of the encoding, its first byte. */
  public static final int VERSION = 1;

  private CanonicalEncoding() {}

  /** The canonical bytes of the record: a fresh array the caller owns. */
  public static byte[] encode(DecisionRecord record) {
    requireNonNull(record, "record");
    Bytes out = new Bytes(bound(record));
    out.add((byte) VERSION);
    out.add((byte) 0x01).text(record.id().value());
    out.add((byte) 0x02).text(record.request().value());
    out.add((byte) 0x03).text(record.decisionType().code());
    out.add((byte) 0x04).text(record.decider().value());
    out.add((byte) 0x05).text(record.verdict().name());
    out.add((byte) 0x06).instant(record.decidedAt());
    out.add((byte) 0x07).option(record.right().map(r -> r.value()), Bytes::text);
    out.add((byte) 0x08).option(record.delegation().map(d -> d.value()), Bytes::text);
    out.add((byte) 0x09).option(record.rationale(), Bytes::text);
    out.add((byte) 0x0A).seq(record.conditions(), Bytes::text);
    out.add((byte) 0x0B).seq(record.criteriaResults(), CanonicalEncoding::criterionResult);
    out.add((byte) 0x0C).seq(record.evidence().map(ActivityRecordId::value), Bytes::text);
    out.add((byte) 0x0D).option(record.reviewPath().map(p -> p.value()), Bytes::text);
    return out.toArray();
  }

  private static void criterionResult(Bytes out, CriterionResult result) {
    out.text(result.criterion()).add((byte) (result.met() ? 1 : 0)).text(result.explanation());
  }

  /**
   * At least the number of bytes the record encodes to: a UTF-16 char is at most three bytes of
   * UTF-8 (a surrogate pair, two chars, is four).
   */
  private static int bound(DecisionRecord record) {
    int n = 1 + 13 + 12 + 4 * 1 + 3 * 4;
    n += text(record.id().value()) + text(record.request().value()) + text(record.decisionType().code())
        + text(record.decider().value()) + text(record.verdict().name());
    n += record.right().map(r -> text(r.value())).getOrElse(0)
        + record.delegation().map(d -> text(d.value())).getOrElse(0)
        + record.rationale().map(CanonicalEncoding::text).getOrElse(0)
        + record.reviewPath().map(p -> text(p.value())).getOrElse(0);
    for (String c : record.conditions()) {
      n += text(c);
    }
    for (CriterionResult c : record.criteriaResults()) {
      n += text(c.criterion()) + 1 + text(c.explanation());
    }
    for (ActivityRecordId e : record.evidence()) {
      n += text(e.value());
    }
    return n;
  }

  private static int text(String text) {
    return 4 + 3 * text.length();
  }

  /**
   * The bytes written so far, in one buffer sized by {@link #bound}: one encoding writes some
   * forty small pieces, and an array per piece cost more than the hashing.
   */
  private static final class Bytes {

    private final ByteBuffer buffer;

    Bytes(int capacity) {
      buffer = ByteBuffer.allocate(capacity);
    }

    Bytes add(byte b) {
      buffer.put(b);
      return this;
    }

    Bytes add(byte[] bytes) {
      buffer.put(bytes);
      return this;
    }

    Bytes count(int n) {
      buffer.putInt(n);
      return this;
    }

    Bytes text(String text) {
      byte[] utf8 = utf8(text);
      return count(utf8.length).add(utf8);
    }

    Bytes instant(Instant instant) {
      buffer.putLong(instant.getEpochSecond()).putInt(instant.getNano());
      return this;
    }

    <T> Bytes option(Option<T> value, BiConsumer<Bytes, T> writer) {
      add((byte) (value.isDefined() ? 1 : 0));
      value.forEach(v -> writer.accept(this, v));
      return this;
    }

    <T> Bytes seq(Seq<T> values, BiConsumer<Bytes, T> writer) {
      count(values.size());
      values.forEach(v -> writer.accept(this, v));
      return this;
    }

    byte[] toArray() {
      return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /**
     * The UTF-8 bytes of the text. Text without surrogates is always well-formed and takes the
     * platform's fast path; text with any surrogate goes through a strict encoder that refuses an
     * unpaired one.
     */
    private static byte[] utf8(String text) {
      if (!hasSurrogate(text)) {
        return text.getBytes(StandardCharsets.UTF_8);
      }
      try {
        ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException("text is not well-formed Unicode: " + text, e);
      }
    }

    private static boolean hasSurrogate(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isSurrogate(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }
}
