package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.log.CanonicalEncoding;
import org.partnergov.rules.log.DecisionLog;
import org.partnergov.rules.log.LogBreak;
import org.partnergov.rules.log.LogEntry;
import org.partnergov.rules.log.LogHead;
import org.partnergov.rules.log.Sha256;
import org.partnergov.rules.log.Verification;
import org.quicktheories.core.Gen;

/**
 * Properties of the decision log (LOG-01 to LOG-06) over generated chains of records of every kind
 * of subject: any single change to any field of any entry (its subject's fields included), an
 * insertion, a deletion or a reordering is found at the right index, a cut-off tail is found
 * against the stored head, and every record encodes in its version to its exact size.
 */
class DecisionLogProperties {

  private static final Gen<java.util.List<DecisionRecord>> RECORDS =
      lists().of(ReviewGenerators.decisionRecords()).ofSizeBetween(1, 8);
  private static final Gen<Integer> PICKS = integers().between(0, 10_000);

  private static DecisionLog logOf(java.util.List<DecisionRecord> records) {
    return List.ofAll(records).foldLeft(DecisionLog.empty(), DecisionLog::append);
  }

  private static Verification broken(int index, LogBreak reason) {
    return new Verification.Broken(index, reason);
  }

  /**
   * One change of one field of a record, chosen by {@code variant}; none when the record's
   * invariants allow no such change (conditions exist only on approvals with conditions).
   */
  private static final List<BiFunction<DecisionRecord, Integer, Option<DecisionRecord>>> FIELD_CHANGES = List.of(
      (r, v) -> Option.some(copy(r).id(DecisionRecordId.of(r.id().value() + "x")).build()),
      (r, v) -> Option.some(copy(r).subject(withRequest(r.subject(), RequestId.of(r.request().value() + "x"))).build()),
      (r, v) -> r.subject().kind() == DecisionSubject.Kind.TIER_CHANGE || r.subject().kind() == DecisionSubject.Kind.ESCALATION
          ? Option.none() : Option.some(copy(r).decisionType(DecisionType.of(r.decisionType().code() + "_X")).build()),
      (r, v) -> Option.some(subjectChanged(r, v)),
      (r, v) -> Option.some(copy(r).decider(PersonId.of(r.decider().value() + "x")).build()),
      (r, v) -> r.conditions().isEmpty()
          ? Option.some(copy(r).verdict(Verdict.values()[(r.verdict().ordinal() + 1 + v % 3) % 4]).build())
          : Option.none(),
      (r, v) -> Option.some(copy(r).decidedAt(r.decidedAt().plusNanos(1 + v % 1_000_000_000L)).build()),
      (r, v) -> Option.some(copy(r).right(r.right().isDefined() && v % 2 == 0 ? Option.none()
          : Option.some(DecisionRightId.of(r.right().map(DecisionRightId::value).getOrElse("right") + "x"))).build()),
      (r, v) -> Option.some(copy(r).delegation(r.delegation().isDefined() && v % 2 == 0 ? Option.none()
          : Option.some(DelegationId.of(r.delegation().map(DelegationId::value).getOrElse("del") + "x"))).build()),
      (r, v) -> Option.some(copy(r).rationale(r.rationale().isDefined() && v % 2 == 0 ? Option.none()
          : Option.some(r.rationale().getOrElse("Because") + " ü")).build()),
      (r, v) -> r.verdict() != Verdict.APPROVE_WITH_CONDITIONS ? Option.none()
          : Option.some(copy(r).conditions(changed(r.conditions(), v, "Sign the clause")).build()),
      (r, v) -> Option.some(copy(r).criteriaResults(r.criteriaResults().isEmpty() || v % 3 == 0
          ? r.criteriaResults().append(new CriterionResult("EXTRA", v % 2 == 0, "Added"))
          : v % 3 == 1
              ? r.criteriaResults().update(0, c -> new CriterionResult(c.criterion(), !c.met(), c.explanation()))
              : r.criteriaResults().update(0, c -> new CriterionResult(c.criterion(), c.met(), c.explanation() + "!")))
          .build()),
      (r, v) -> Option.some(copy(r).evidence(
          changed(r.evidence().map(ActivityRecordId::value), v, "act-extra").map(ActivityRecordId::of)).build()),
      (r, v) -> Option.some(copy(r).reviewPath(r.reviewPath().isDefined() && v % 2 == 0 ? Option.none()
          : Option.some(ReviewPathId.of(r.reviewPath().map(ReviewPathId::value).getOrElse("path") + "x"))).build()));

  /** The subject with the request of another case. */
  private static DecisionSubject withRequest(DecisionSubject subject, RequestId request) {
    return subject.fold(plain -> DecisionSubject.of(request),
        t -> new DecisionSubject.OfTierChange(request, t.partner(), t.tier()),
        e -> new DecisionSubject.OfEscalation(request, e.escalation()),
        h -> new DecisionSubject.OfHost(request, h.subjectKind(), h.subjectId()));
  }

  /**
   * The record with one field of its subject changed, chosen by {@code variant}: a tier change's
   * partner or tier, the escalation, a host subject's kind or id; a plain subject becomes a tier
   * change (decided as one).
   */
  static DecisionRecord subjectChanged(DecisionRecord r, int variant) {
    RequestId request = r.request();
    DecisionSubject changed = r.subject().fold(
        plain -> new DecisionSubject.OfTierChange(request, PartnerId.of("partner-1"), Tier.of("Gold")),
        t -> variant % 2 == 0 ? new DecisionSubject.OfTierChange(request, PartnerId.of(t.partner().value() + "x"), t.tier())
            : new DecisionSubject.OfTierChange(request, t.partner(), Tier.of(t.tier().value() + " ü")),
        e -> new DecisionSubject.OfEscalation(request, EscalationId.of(e.escalation().value() + "x")),
        h -> variant % 2 == 0 ? new DecisionSubject.OfHost(request, h.subjectKind() + "x", h.subjectId())
            : new DecisionSubject.OfHost(request, h.subjectKind(), h.subjectId() + "x"));
    DecisionRecord.Builder builder = copy(r).subject(changed);
    return (r.subject().kind() == DecisionSubject.Kind.EXCEPTION_REQUEST
        ? builder.decisionType(DecisionType.TIER_CHANGE) : builder).build();
  }

  private static DecisionRecord.Builder copy(DecisionRecord r) {
    DecisionRecord.Builder builder = DecisionRecord.builder();
    builder.from(r);
    return builder;
  }

  /** The texts with one added, the first dropped, the first changed or the first two swapped. */
  private static Seq<String> changed(Seq<String> texts, int variant, String extra) {
    if (texts.isEmpty() || variant % 4 == 0) {
      return texts.append(extra);
    }
    if (variant % 4 == 1) {
      return texts.tail();
    }
    if (variant % 4 == 2 || texts.size() < 2 || texts.get(0).equals(texts.get(1))) {
      return texts.update(0, t -> t + " ü");
    }
    return texts.update(0, texts.get(1)).update(1, texts.get(0));
  }

  @Test
  void LOG_00_a_generated_chain_is_intact_alone_and_against_its_head() {
    qt().forAll(RECORDS).checkAssert(records -> {
      DecisionLog log = logOf(records);
      assertThat(log.size()).isEqualTo(records.size());
      assertThat(DecisionLog.verify(log.entries(), log.head())).isEqualTo(new Verification.Intact(log.head()));
      assertThat(log.entries().head().previousHash()).isEqualTo(Sha256.ZERO);
    });
  }

  @Test
  void LOG_03_any_change_of_any_field_of_any_record_breaks_that_entry() {
    qt().forAll(RECORDS, PICKS, integers().between(0, FIELD_CHANGES.size() - 1), PICKS)
        .checkAssert((records, pick, field, variant) -> {
          Seq<LogEntry> entries = logOf(records).entries();
          int k = pick % entries.size();
          LogEntry entry = entries.get(k);
          Option<DecisionRecord> changed = FIELD_CHANGES.get(field).apply(entry.record(), variant);
          changed.forEach(record -> {
            assertThat(record).isNotEqualTo(entry.record());
            Seq<LogEntry> tampered = entries.update(k,
                new LogEntry(k, record, entry.previousHash(), entry.hash()));
            assertThat(DecisionLog.verify(tampered)).isEqualTo(broken(k, LogBreak.HASH_MISMATCH));
          });
        });
  }

  @Test
  void LOG_01_to_03_a_change_of_an_entrys_index_or_hashes_breaks_that_entry() {
    qt().forAll(RECORDS, PICKS, integers().between(0, 2), PICKS).checkAssert((records, pick, field, other) -> {
      Seq<LogEntry> entries = logOf(records).entries();
      int k = pick % entries.size();
      LogEntry e = entries.get(k);
      Sha256 otherHash = Sha256.digest(new byte[] {(byte) other.intValue(), (byte) (other >> 8)});
      LogEntry changed = field == 0 ? new LogEntry(k + 1 + Math.floorMod(other, 10_000), e.record(), e.previousHash(), e.hash())
          : field == 1 ? new LogEntry(k, e.record(), otherHash, e.hash())
          : new LogEntry(k, e.record(), e.previousHash(), otherHash);
      LogBreak reason = field == 0 ? LogBreak.ENTRY_OUT_OF_PLACE
          : field == 1 ? LogBreak.BROKEN_LINK : LogBreak.HASH_MISMATCH;
      assertThat(DecisionLog.verify(entries.update(k, changed))).isEqualTo(broken(k, reason));
    });
  }

  @Test
  void LOG_02_a_changed_record_rehashed_in_place_breaks_the_next_entry_or_the_head() {
    qt().forAll(RECORDS, PICKS, ReviewGenerators.decisionRecords()).checkAssert((records, pick, other) -> {
      DecisionLog log = logOf(records);
      Seq<LogEntry> entries = log.entries();
      int k = pick % entries.size();
      if (other.equals(entries.get(k).record())) {
        return;
      }
      Seq<LogEntry> tampered = entries.update(k, LogEntry.chain(k, other, entries.get(k).previousHash()));
      Verification expected = k < entries.size() - 1
          ? broken(k + 1, LogBreak.BROKEN_LINK) : broken(k, LogBreak.HEAD_MISMATCH);
      assertThat(DecisionLog.verify(tampered, log.head())).isEqualTo(expected);
    });
  }

  @Test
  void LOG_01_an_inserted_entry_is_found_at_its_place_or_just_after_a_well_formed_one() {
    qt().forAll(RECORDS, PICKS, ReviewGenerators.decisionRecords(), integers().between(0, 1))
        .checkAssert((records, pick, other, wellFormed) -> {
          Seq<LogEntry> entries = logOf(records).entries();
          int k = pick % entries.size();
          if (wellFormed == 1) {
            // linked to the entry before, hash right: only the entry it pushed along is out of place
            LogEntry inserted = LogEntry.chain(k, other, entries.get(k).previousHash());
            assertThat(DecisionLog.verify(entries.insert(k, inserted)))
                .isEqualTo(broken(k + 1, LogBreak.ENTRY_OUT_OF_PLACE));
          } else {
            // an entry taken from another log
            LogEntry foreign = logOf(java.util.List.of(other, other)).entries().get(1);
            assertThat(DecisionLog.verify(entries.insert(k, foreign)).firstBroken()).isEqualTo(Option.some(k));
          }
        });
  }

  @Test
  void LOG_01_a_deleted_entry_is_found_at_its_place_or_against_the_head() {
    qt().forAll(RECORDS, PICKS).checkAssert((records, pick) -> {
      DecisionLog log = logOf(records);
      int k = pick % log.size();
      Seq<LogEntry> deleted = log.entries().removeAt(k);
      if (k < log.size() - 1) {
        assertThat(DecisionLog.verify(deleted)).isEqualTo(broken(k, LogBreak.ENTRY_OUT_OF_PLACE));
      } else {
        assertThat(DecisionLog.verify(deleted).isIntact()).isTrue();
      }
      assertThat(DecisionLog.verify(deleted, log.head()).firstBroken()).isEqualTo(Option.some(k));
    });
  }

  @Test
  void LOG_01_reordered_entries_are_found_at_the_first_moved_one() {
    qt().forAll(RECORDS, PICKS, PICKS, integers().between(0, 1)).checkAssert((records, a, b, swap) -> {
      Seq<LogEntry> entries = logOf(records).entries();
      int i = a % entries.size();
      int j = b % entries.size();
      if (i == j) {
        return;
      }
      int first = Math.min(i, j);
      Seq<LogEntry> reordered = swap == 1
          ? entries.update(i, entries.get(j)).update(j, entries.get(i))
          : entries.removeAt(i).insert(j, entries.get(i));
      assertThat(DecisionLog.verify(reordered)).isEqualTo(broken(first, LogBreak.ENTRY_OUT_OF_PLACE));
    });
  }

  @Test
  void LOG_04_a_cut_tail_is_found_against_the_stored_head() {
    qt().forAll(RECORDS, PICKS).checkAssert((records, pick) -> {
      DecisionLog log = logOf(records);
      int kept = pick % log.size();
      Seq<LogEntry> cut = log.entries().take(kept);
      assertThat(DecisionLog.verify(cut).isIntact()).isTrue();
      assertThat(DecisionLog.verify(cut, log.head())).isEqualTo(broken(kept, LogBreak.HEAD_MISMATCH));
    });
  }

  @Test
  void LOG_04_a_log_is_intact_against_any_earlier_head_of_itself() {
    qt().forAll(RECORDS, PICKS).checkAssert((records, pick) -> {
      DecisionLog log = logOf(records);
      int size = pick % (log.size() + 1);
      LogHead earlier = logOf(records.subList(0, size)).head();
      assertThat(DecisionLog.verify(log.entries(), earlier).isIntact()).isTrue();
    });
  }
  /**
   * LOG-05: a record of every kind of subject encodes (which checks that the computed size is exact
   * both ways: {@code encode} fails on a byte too many or too few), in version 1 or 2 when its
   * subject is the plain exception request and in version 3 otherwise, where the bytes are those of
   * the same record with the plain subject, then tag 0x10 and the subject; and it logs and verifies.
   */
  @Test
  void LOG_05_every_kind_of_subject_encodes_in_its_version_to_its_exact_size_and_verifies() {
    java.util.Set<DecisionSubject.Kind> kinds = java.util.EnumSet.noneOf(DecisionSubject.Kind.class);
    qt().forAll(ReviewGenerators.decisionRecords(), integers().between(0, 1)).checkAssert((generated, level) -> {
      DecisionRecord r = level == 1 && generated.verdict().isApproval()
          ? copy(generated).approvalLevel(Option.some("financial")).build() : generated;
      kinds.add(r.subject().kind());
      byte[] bytes = CanonicalEncoding.encode(r);
      byte[] plain = CanonicalEncoding.encode(copy(r).request(r.request()).exchangeRates(List.empty()).build());
      int before = r.approvalLevel().isEmpty() ? CanonicalEncoding.VERSION : CanonicalEncoding.VERSION_WITH_LEVEL;
      assertThat(plain[0]).isEqualTo((byte) before);
      if (r.subject().kind() == DecisionSubject.Kind.EXCEPTION_REQUEST && r.exchangeRates().isEmpty()) {
        assertThat(bytes).isEqualTo(plain);
      } else {
        assertThat(bytes[0]).isEqualTo((byte) CanonicalEncoding.VERSION_WITH_SUBJECT);
        assertThat(java.util.Arrays.copyOfRange(bytes, 1, plain.length))
            .isEqualTo(java.util.Arrays.copyOfRange(plain, 1, plain.length));
        assertThat(bytes[plain.length]).isEqualTo((byte) (r.exchangeRates().isEmpty() ? 0x10 : 0x0F));
      }
      DecisionLog log = DecisionLog.empty().append(r).append(generated);
      assertThat(DecisionLog.verify(log.entries(), log.head())).isEqualTo(new Verification.Intact(log.head()));
    });
    assertThat(kinds).containsExactlyInAnyOrder(DecisionSubject.Kind.values());
  }

  /** LOG-06: changing any field of a record's subject changes its hash, and the log finds it. */
  @Test
  void LOG_06_changing_any_field_of_a_subject_changes_the_hash() {
    qt().forAll(RECORDS, PICKS, PICKS).checkAssert((records, pick, variant) -> {
      Seq<LogEntry> entries = logOf(records).entries();
      int k = pick % entries.size();
      LogEntry entry = entries.get(k);
      DecisionRecord changed = subjectChanged(entry.record(), variant);
      assertThat(changed.subject()).isNotEqualTo(entry.record().subject());
      assertThat(Sha256.digest(CanonicalEncoding.encode(changed)))
          .isNotEqualTo(Sha256.digest(CanonicalEncoding.encode(entry.record())));
      Seq<LogEntry> tampered = entries.update(k, new LogEntry(k, changed, entry.previousHash(), entry.hash()));
      assertThat(DecisionLog.verify(tampered)).isEqualTo(broken(k, LogBreak.HASH_MISMATCH));
    });
  }
}
