package org.partnergov.rules.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.Verdict;

/** Examples of the decision log: appending, the head, and each way verification finds a break. */
class DecisionLogTest {

  private static final DecisionLog LOG = DecisionLog.empty().append(KnownRecords.minimal())
      .append(KnownRecords.withConditions()).append(KnownRecords.everything())
      .append(KnownRecords.unicode());

  @Test
  void the_empty_log_has_the_zero_head_and_is_intact() {
    assertThat(DecisionLog.empty().head()).isEqualTo(new LogHead(0, Sha256.ZERO));
    assertThat(DecisionLog.empty().verify()).isEqualTo(new Verification.Intact(LogHead.EMPTY));
    assertThat(Sha256.ZERO.bytes()).hasSize(32).containsOnly(0);
  }

  @Test
  void append_returns_a_new_log_and_leaves_the_old_one_unchanged() {
    DecisionLog one = DecisionLog.empty().append(KnownRecords.minimal());
    DecisionLog two = one.append(KnownRecords.otherRequest());
    assertThat(one.size()).isEqualTo(1);
    assertThat(two.size()).isEqualTo(2);
    assertThat(two.entries().head()).isEqualTo(one.entries().head());
    assertThat(DecisionLog.empty().size()).isZero();
  }

  @Test
  void entries_chain_from_the_zero_hash() {
    Seq<LogEntry> entries = LOG.entries();
    assertThat(entries.map(LogEntry::index)).containsExactly(0, 1, 2, 3);
    assertThat(entries.head().previousHash()).isEqualTo(Sha256.ZERO);
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
    }
    assertThat(entries.head().hash()).isEqualTo(
        Sha256.digest(new byte[32], CanonicalEncoding.encode(KnownRecords.minimal())));
    assertThat(LOG.head()).isEqualTo(new LogHead(4, entries.last().hash()));
  }

  @Test
  void an_untouched_log_is_intact_alone_and_against_its_head() {
    assertThat(LOG.verify().isIntact()).isTrue();
    assertThat(DecisionLog.verify(LOG.entries(), LOG.head())).isEqualTo(new Verification.Intact(LOG.head()));
    assertThat(LOG.verify().firstBroken()).isEqualTo(Option.none());
  }

  @Test
  void a_changed_record_breaks_its_own_entry() {
    LogEntry second = LOG.entries().get(1);
    DecisionRecord changed = DecisionRecord.builder().from(second.record()).verdict(Verdict.APPROVE)
        .conditions(io.vavr.collection.List.empty()).build();
    Seq<LogEntry> tampered = LOG.entries().update(1,
        new LogEntry(1, changed, second.previousHash(), second.hash()));
    assertThat(DecisionLog.verify(tampered)).isEqualTo(new Verification.Broken(1, LogBreak.HASH_MISMATCH));
  }

  @Test
  void a_tier_change_decision_appends_and_verifies_and_a_tampered_subject_is_found() {
    DecisionLog log = LOG.append(KnownRecords.tierChange()).append(KnownRecords.hostSubject());
    assertThat(log.verify()).isEqualTo(new Verification.Intact(log.head()));

    LogEntry tier = log.entries().get(4);
    DecisionRecord otherTier = DecisionRecord.builder().from(tier.record())
        .subject(new DecisionSubject.OfTierChange(tier.record().request(), PartnerId.of("p-acme"), Tier.of("Platinum")))
        .build();
    DecisionRecord otherPartner = DecisionRecord.builder().from(tier.record())
        .subject(new DecisionSubject.OfTierChange(tier.record().request(), PartnerId.of("p-globex"), Tier.of("Gold")))
        .build();
    DecisionRecord plain = DecisionRecord.builder().from(tier.record()).request(tier.record().request()).build();
    for (DecisionRecord changed : io.vavr.collection.List.of(otherTier, otherPartner, plain)) {
      Seq<LogEntry> tampered = log.entries().update(4, new LogEntry(4, changed, tier.previousHash(), tier.hash()));
      assertThat(DecisionLog.verify(tampered)).isEqualTo(new Verification.Broken(4, LogBreak.HASH_MISMATCH));
    }
  }

  @Test
  void a_record_changed_and_rehashed_breaks_the_next_entry() {
    LogEntry second = LOG.entries().get(1);
    Seq<LogEntry> tampered = LOG.entries().update(1,
        LogEntry.chain(1, KnownRecords.otherRequest(), second.previousHash()));
    assertThat(DecisionLog.verify(tampered)).isEqualTo(new Verification.Broken(2, LogBreak.BROKEN_LINK));
  }

  @Test
  void a_removed_entry_breaks_the_entry_after_it() {
    assertThat(DecisionLog.verify(LOG.entries().removeAt(1)))
        .isEqualTo(new Verification.Broken(1, LogBreak.ENTRY_OUT_OF_PLACE));
  }

  @Test
  void swapped_entries_break_at_the_first_of_them() {
    Seq<LogEntry> e = LOG.entries();
    Seq<LogEntry> swapped = e.update(1, e.get(2)).update(2, e.get(1));
    assertThat(DecisionLog.verify(swapped).firstBroken()).isEqualTo(Option.some(1));
  }

  @Test
  void a_cut_tail_is_found_only_against_the_stored_head() {
    Seq<LogEntry> cut = LOG.entries().dropRight(2);
    assertThat(DecisionLog.verify(cut).isIntact()).isTrue();
    Verification against = DecisionLog.verify(cut, LOG.head());
    assertThat(against).isEqualTo(new Verification.Broken(2, LogBreak.HEAD_MISMATCH));
    assertThat(((Verification.Broken) against).explanation())
        .isEqualTo("Entry 2 is broken: the log does not reach its stored head (LOG-04).");
  }

  @Test
  void a_rewritten_log_of_the_same_size_is_found_against_the_stored_head() {
    DecisionLog rewritten = DecisionLog.empty().append(KnownRecords.minimal())
        .append(KnownRecords.withConditions()).append(KnownRecords.everything())
        .append(KnownRecords.otherRequest());
    assertThat(DecisionLog.verify(rewritten.entries(), LOG.head()))
        .isEqualTo(new Verification.Broken(3, LogBreak.HEAD_MISMATCH));
  }

  @Test
  void a_log_that_grew_after_the_head_was_stored_is_intact() {
    DecisionLog grown = LOG.append(KnownRecords.otherRequest());
    assertThat(DecisionLog.verify(grown.entries(), LOG.head())).isEqualTo(new Verification.Intact(grown.head()));
  }

  @Test
  void hashes_are_validated_values_that_never_share_their_bytes() {
    Sha256 hash = Sha256.parse("AB".repeat(32));
    assertThat(hash.hex()).isEqualTo("ab".repeat(32));
    byte[] bytes = hash.bytes();
    bytes[0] = 0;
    assertThat(hash.bytes()[0]).isEqualTo((byte) 0xab);
    assertThatThrownBy(() -> Sha256.parse("ab")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sha256.parse("zz".repeat(32))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_hash_matches_exactly_its_own_bytes() {
    Sha256 hash = Sha256.digest(CanonicalEncoding.encode(KnownRecords.everything()));
    byte[] bytes = hash.bytes();
    assertThat(hash.matches(bytes)).isTrue();
    for (int i : new int[] {0, 31}) {
      for (int bit : new int[] {0x01, 0x10}) {
        byte[] other = hash.bytes();
        other[i] ^= (byte) bit;
        assertThat(hash.matches(other)).isFalse();
      }
    }
    assertThat(hash.matches(java.util.Arrays.copyOf(bytes, 31))).isFalse();
    assertThat(Sha256.parse("AB".repeat(32)).matches(Sha256.parse("ab".repeat(32)).bytes())).isTrue();
  }

  @Test
  void a_record_larger_than_the_reused_encoding_buffer_verifies_like_any_other() {
    DecisionRecord large = DecisionRecord.builder().from(KnownRecords.everything())
        .rationale(Option.some("Zustimmung \u00fc ".repeat(400))).build();
    assertThat(CanonicalEncoding.encode(large).length).isGreaterThan(4096);
    DecisionLog log = DecisionLog.empty().append(KnownRecords.minimal()).append(large)
        .append(KnownRecords.unicode());
    assertThat(log.verify()).isEqualTo(new Verification.Intact(log.head()));
    LogEntry second = log.entries().get(1);
    DecisionRecord changed = DecisionRecord.builder().from(large)
        .rationale(Option.some("Zustimmung \u00fc ".repeat(399) + "Zustimmung u ")).build();
    Seq<LogEntry> tampered = log.entries().update(1,
        new LogEntry(1, changed, second.previousHash(), second.hash()));
    assertThat(DecisionLog.verify(tampered)).isEqualTo(new Verification.Broken(1, LogBreak.HASH_MISMATCH));
  }

  @Test
  void heads_and_entries_refuse_impossible_shapes() {
    assertThatThrownBy(() -> new LogHead(-1, Sha256.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogHead(0, Sha256.parse("11".repeat(32))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogEntry(-1, KnownRecords.minimal(), Sha256.ZERO, Sha256.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void every_break_has_its_stable_code() {
    assertThat(io.vavr.collection.List.of(LogBreak.values()).map(LogBreak::code))
        .containsExactly("LOG-01", "LOG-02", "LOG-03", "LOG-04");
  }
}
