package org.partnergov.rules.log;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.ReviewPathId;

/**
 * The canonical byte encoding of a {@link DecisionRecord}: the bytes the decision log hashes. Two
 * records encode to the same bytes exactly when they are equal, and the bytes of a version never
 * change: a change of layout is a new version.
 *
 * <p>A record whose subject is the plain exception request and that fills no approval level is
 * encoded in version 1, exactly as before versions 2 and 3 existed, so every record logged before
 * still verifies: the version byte {@code 0x01}, then the thirteen fields of the record in this
 * order, each as its tag byte followed by its value:
 *
 * <table>
 *   <caption>Fields of version 1</caption>
 *   <tr><th>Tag</th><th>Field</th><th>Value</th></tr>
 *   <tr><td>{@code 0x01}</td><td>id</td><td>text</td></tr>
 *   <tr><td>{@code 0x02}</td><td>request</td><td>text (the request of the case, also for a typed subject)</td></tr>
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
 * <p>A record with the plain subject that fills an approval level is encoded in version 2: the
 * version byte {@code 0x02}, the thirteen fields of version 1 as above, then tag {@code 0x0E} and
 * the level's name as text.
 *
 * <p>A record whose subject is not the plain exception request (a tier change, an escalation, a
 * host subject), or that cites exchange rates, is encoded in version 3: the version byte
 * {@code 0x03}, the thirteen fields of version 1 as above, tag {@code 0x0E} and the level's name as
 * text when it fills an approval level (absent otherwise), tag {@code 0x0F} and its exchange rates
 * when it cites any (absent otherwise): their number as a 4-byte big-endian unsigned integer, then
 * for each, in the record's order, the ISO 4217 code of the currency converted from, that of the
 * currency converted into, the day as ISO-8601 text ({@code 2026-06-30}) and the rate as plain
 * decimal text without trailing zeros ({@code 0.92}), each as text; then, for a typed subject
 * only, tag {@code 0x10} and the subject: its kind as text (the {@code DecisionSubject.Kind}
 * constant's name) followed by the fields of that kind, each as text:
 *
 * <table>
 *   <caption>The subject of version 3, after tag {@code 0x10}</caption>
 *   <tr><th>Kind (text)</th><th>Then</th></tr>
 *   <tr><td>{@code TIER_CHANGE}</td><td>the partner's id, the tier's name</td></tr>
 *   <tr><td>{@code ESCALATION}</td><td>the escalation's id</td></tr>
 *   <tr><td>{@code HOST}</td><td>the subject kind, the subject id</td></tr>
 * </table>
 *
 * <p>The subject's request is not written again: it is field {@code 0x02}. Every field is
 * self-delimiting, so a decoder reads the version, the thirteen tagged fields, then whichever of
 * tags {@code 0x0E}, {@code 0x0F} and {@code 0x10} follow, in that order; after {@code 0x10} the
 * kind says how many texts follow.
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

  /** The version of the encoding of a record with the plain subject that fills no approval level, its first byte. */
  public static final int VERSION = 1;

  /** The version of the encoding of a record with the plain subject that fills an approval level, its first byte. */
  public static final int VERSION_WITH_LEVEL = 2;

  /**
   * The version of the encoding of a record whose subject is a tier change, an escalation or a
   * host subject, or that cites exchange rates, its first byte.
   */
  public static final int VERSION_WITH_SUBJECT = 3;

  private CanonicalEncoding() {}

  /**
   * {@return the canonical bytes of the record: a fresh array the caller owns}
   *
   * @param record the decision record to encode
   */
  public static byte[] encode(DecisionRecord record) {
    requireNonNull(record, "record");
    ByteBuffer out = ByteBuffer.allocate(size(record));
    write(record, out);
    if (out.hasRemaining()) {
      throw new IllegalStateException("the record encoded to fewer bytes than computed");
    }
    return out.array();
  }

  /**
   * Writes the canonical bytes of the record at the position of a heap buffer (one with an array)
   * with at least {@link #size} bytes remaining: hashing a log reuses one buffer for all its
   * records.
   */
  static void write(DecisionRecord record, ByteBuffer out) {
    boolean plain = record.subject() instanceof DecisionSubject.OfRequest;
    out.put((byte) (!plain || !record.exchangeRates().isEmpty() ? VERSION_WITH_SUBJECT
        : record.approvalLevel().isEmpty() ? VERSION : VERSION_WITH_LEVEL));
    text(out.put((byte) 0x01), record.id().value());
    text(out.put((byte) 0x02), record.request().value());
    text(out.put((byte) 0x03), record.decisionType().code());
    text(out.put((byte) 0x04), record.decider().value());
    text(out.put((byte) 0x05), record.verdict().name());
    out.put((byte) 0x06).putLong(record.decidedAt().getEpochSecond()).putInt(record.decidedAt().getNano());
    option(out.put((byte) 0x07), record.right(), DecisionRightId::value);
    option(out.put((byte) 0x08), record.delegation(), DelegationId::value);
    option(out.put((byte) 0x09), record.rationale(), Function.identity());
    texts(out.put((byte) 0x0A), record.conditions(), Function.identity());
    out.put((byte) 0x0B).putInt(record.criteriaResults().size());
    for (CriterionResult result : record.criteriaResults()) {
      text(out, result.criterion());
      text(out.put((byte) (result.met() ? 1 : 0)), result.explanation());
    }
    texts(out.put((byte) 0x0C), record.evidence(), ActivityRecordId::value);
    option(out.put((byte) 0x0D), record.reviewPath(), ReviewPathId::value);
    for (String level : record.approvalLevel()) {
      text(out.put((byte) 0x0E), level);
    }
    if (!record.exchangeRates().isEmpty()) {
      out.put((byte) 0x0F).putInt(record.exchangeRates().size());
      for (ExchangeRate rate : record.exchangeRates()) {
        for (String field : fields(rate)) {
          text(out, field);
        }
      }
    }
    if (!plain) {
      text(out.put((byte) 0x10), record.subject().kind().name());
      for (String field : fields(record.subject())) {
        text(out, field);
      }
    }
  }

  /** The texts that identify a typed subject, after its kind; none for the plain subject. */
  private static List<String> fields(DecisionSubject subject) {
    return subject.fold(plain -> List.empty(), t -> List.of(t.partner().value(), t.tier().value()),
        e -> List.of(e.escalation().value()), h -> List.of(h.subjectKind(), h.subjectId()));
  }

  /** The texts of an exchange rate: from, to, day, rate. */
  private static List<String> fields(ExchangeRate rate) {
    return List.of(rate.from().getCurrencyCode(), rate.to().getCurrencyCode(), rate.on().toString(),
        rate.rate().toPlainString());
  }

  /** The exact number of bytes the record encodes to. */
  static int size(DecisionRecord record) {
    int n = 1 + 13 + 12 + 4 * 1 + 3 * 4; // version, tags, instant, option flags, sequence counts
    n += size(record.id().value()) + size(record.request().value()) + size(record.decisionType().code())
        + size(record.decider().value()) + size(record.verdict().name());
    n += size(record.right(), DecisionRightId::value) + size(record.delegation(), DelegationId::value)
        + size(record.rationale(), Function.identity()) + size(record.reviewPath(), ReviewPathId::value);
    for (String c : record.conditions()) {
      n += size(c);
    }
    for (CriterionResult c : record.criteriaResults()) {
      n += size(c.criterion()) + 1 + size(c.explanation());
    }
    for (ActivityRecordId e : record.evidence()) {
      n += size(e.value());
    }
    for (String level : record.approvalLevel()) {
      n += 1 + size(level);
    }
    if (!record.exchangeRates().isEmpty()) {
      n += 1 + 4;
      for (ExchangeRate rate : record.exchangeRates()) {
        for (String field : fields(rate)) {
          n += size(field);
        }
      }
    }
    if (!(record.subject() instanceof DecisionSubject.OfRequest)) {
      n += 1 + size(record.subject().kind().name());
      for (String field : fields(record.subject())) {
        n += size(field);
      }
    }
    return n;
  }

  private static <T> int size(Option<T> value, Function<T, String> text) {
    return value.isEmpty() ? 0 : size(text.apply(value.get()));
  }

  /**
   * The length and the UTF-8 bytes of well-formed text: a char below U+0080 is one byte, below
   * U+0800 two, a surrogate pair four (two each), any other char three.
   */
  private static int size(String text) {
    int n = 4 + text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        n += c < 0x800 || Character.isSurrogate(c) ? 1 : 2;
      }
    }
    return n;
  }

  private static <T> void option(ByteBuffer out, Option<T> value, Function<T, String> text) {
    if (value.isEmpty()) {
      out.put((byte) 0);
    } else {
      text(out.put((byte) 1), text.apply(value.get()));
    }
  }

  private static <T> void texts(ByteBuffer out, Seq<T> values, Function<T, String> text) {
    out.putInt(values.size());
    for (T value : values) {
      text(out, text.apply(value));
    }
  }

  /**
   * The text's UTF-8 length and bytes. ASCII text, nearly all text of a record, is written char by
   * char straight into the buffer's array (a put per char costs a position check each); text with
   * any other char is encoded by {@link #utf8}.
   */
  private static void text(ByteBuffer out, String text) {
    int length = text.length();
    if (out.remaining() < 4 + length) {
      throw new BufferOverflowException();
    }
    byte[] bytes = out.array();
    int at = out.arrayOffset() + out.position() + 4;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = utf8(text);
        out.putInt(utf8.length).put(utf8);
        return;
      }
      bytes[at + i] = (byte) c;
    }
    out.putInt(length).position(out.position() + length);
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
