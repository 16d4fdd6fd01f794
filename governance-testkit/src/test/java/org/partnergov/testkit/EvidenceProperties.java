package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.testkit.MoneyGenerators.REFERENCE;
import static org.partnergov.testkit.Plant.at;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordDraft;
import org.partnergov.model.evidence.ClaimSubject;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.evidence.ValueClaimDraft;

/** Properties of the evidence values, their drafts and their generators. */
class EvidenceProperties {

  @Test
  void EVD_01_drafts_of_valid_records_and_claims_parse_back_to_the_same_value() {
    qt().forAll(EvidenceGenerators.activityRecords()).checkAssert(r -> assertThat(ActivityRecord.parse(
        ActivityRecordDraft.builder().id(r.id().value()).partner(r.partner().value())
            .program(r.program().map(Object::toString).getOrNull()).kind(r.kind().code())
            .occurredAt(r.occurredAt()).source(r.source().name()).provenance(r.provenance().name())
            .quantity(r.quantity().getOrNull()).amount(r.amount().map(m -> m.amount()).getOrNull())
            .currency(r.amount().map(m -> m.currency().getCurrencyCode()).getOrNull())
            .customer(r.customer().map(Object::toString).getOrNull())
            .deal(r.deal().map(Object::toString).getOrNull()).build()).get()).isEqualTo(r));
    qt().forAll(EvidenceGenerators.valueClaims()).checkAssert(c -> assertThat(ValueClaim.parse(
        ValueClaimDraft.builder().id(c.id().value()).partner(c.partner().value())
            .program(c.program().map(Object::toString).getOrNull())
            .dimension(c.subject().<String>fold(d -> d.dimension().name(), o -> null))
            .customerOutcome(c.subject().<String>fold(d -> null, o -> o.description()))
            .validFrom(c.period().start()).validUntil(c.period().end().getOrNull())
            .cited(c.cited().map(Object::toString)).claimant(c.claimant().value())
            .statement(c.statement()).madeAt(c.madeAt()).build()).get()).isEqualTo(c));
  }

  @Test
  void EVD_02_every_generated_draft_is_valid() {
    qt().forAll(EvidenceGenerators.activityRecordDrafts()).check(d -> d.validate().isValid());
    qt().forAll(EvidenceGenerators.valueClaimDrafts()).check(d -> d.validate().isValid());
  }

  @Test
  void EVD_03_generated_values_satisfy_their_invariants() {
    qt().forAll(EvidenceGenerators.activityRecords()).check(r ->
        r.quantity().forAll(q -> q.signum() >= 0)
            && r.isAttributed() == (r.customer().isDefined() || r.deal().isDefined())
            && ActivityRecord.builder().from(r).build().equals(r));
    qt().forAll(EvidenceGenerators.valueClaims()).check(c ->
        !c.statement().isBlank() && c.cited().size() <= 5
            && c.subject().<Boolean>fold(d -> d.dimension() != null, o -> !o.description().isBlank())
            && ValueClaim.builder().from(c).build().equals(c));
    qt().forAll(EvidenceGenerators.activitySources()).check(s -> !s.name().isBlank()
        && s.name().equals(s.name().strip()));
  }

  @Test
  void EVD_04_activity_record_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(EvidenceGenerators.activityRecordDrafts(),
            at("id", d -> ActivityRecordDraft.builder().from(d).id("  ").build()),
            at("partner", d -> ActivityRecordDraft.builder().from(d).partner(null).build()),
            at("kind", d -> ActivityRecordDraft.builder().from(d).kind("").build()),
            at("occurredAt", d -> ActivityRecordDraft.builder().from(d).occurredAt(null).build()),
            at("source", d -> ActivityRecordDraft.builder().from(d).source("\t").build()),
            at("provenance", d -> ActivityRecordDraft.builder().from(d).provenance("hearsay").build()),
            at("quantity", d -> ActivityRecordDraft.builder().from(d).quantity(new BigDecimal("-0.01")).build()),
            at("amount", d -> ActivityRecordDraft.builder().from(d).amount(new BigDecimal("-1"))
                .currency(d.currency() == null ? "EUR" : d.currency()).build()),
            at("currency", d -> ActivityRecordDraft.builder().from(d).currency("EURO")
                .amount(d.amount() == null ? BigDecimal.ONE : d.amount()).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void EVD_05_value_claim_parse_reports_one_problem_per_planted_field() {
    qt().forAll(Plant.some(EvidenceGenerators.valueClaimDrafts(),
            at("id", d -> ValueClaimDraft.builder().from(d).id(null).build()),
            at("partner", d -> ValueClaimDraft.builder().from(d).partner(" ").build()),
            at("dimension", d -> ValueClaimDraft.builder().from(d).dimension("charisma").customerOutcome(null).build()),
            at("subject", d -> ValueClaimDraft.builder().from(d).customerOutcome("happier customers")
                .dimension(d.dimension() == null || d.dimension().isBlank() ? "readiness" : d.dimension()).build()),
            at("validUntil", d -> ValueClaimDraft.builder().from(d).validUntil(d.validFrom()).build()),
            at("cited[0]", d -> ValueClaimDraft.builder().from(d).cited(d.cited().prepend(" ")).build()),
            at("claimant", d -> ValueClaimDraft.builder().from(d).claimant("").build()),
            at("statement", d -> ValueClaimDraft.builder().from(d).statement(null).build()),
            at("madeAt", d -> ValueClaimDraft.builder().from(d).madeAt(null).build())))
        .checkAssert(planted -> assertThat(Plant.reportedPaths(planted.draft().validate()))
            .containsExactlyInAnyOrderElementsOf(planted.paths()));
  }

  @Test
  void EVD_06_activity_kind_normalization_is_idempotent_and_finds_built_in_kinds() {
    qt().forAll(strings().ascii().ofLengthBetween(1, 20).assuming(s -> !s.isBlank()))
        .check(raw -> ActivityKind.of(ActivityKind.of(raw).code()).equals(ActivityKind.of(raw)));
    qt().forAll(EvidenceGenerators.activityKinds()).check(k ->
        ActivityKind.of(" " + k.code().toLowerCase(Locale.ROOT).replace('_', ' ') + " ").equals(k)
            && k.isBuiltIn() == ActivityKind.builtIn().contains(k));
  }

  @Test
  void EVD_07_provenance_is_a_total_order_of_trust() {
    qt().forAll(EvidenceGenerators.provenances(), EvidenceGenerators.provenances(),
            EvidenceGenerators.provenances())
        .check((a, b, c) -> (a.isAtLeast(b) || b.isAtLeast(a))
            && (!(a.isAtLeast(b) && b.isAtLeast(a)) || a == b)
            && (!(a.isAtLeast(b) && b.isAtLeast(c)) || a.isAtLeast(c))
            && a.isAtLeast(Provenance.SELF_REPORTED)
            && (a == Provenance.INDEPENDENTLY_AUDITED) == a.isAtLeast(Provenance.INDEPENDENTLY_AUDITED));
  }

  @Test
  void EVD_08_enablement_is_never_value_by_itself() {
    qt().forAll(EvidenceGenerators.evidenceClasses()).check(c ->
        c.countsAsValue() == c.<Boolean>fold(e -> false, p -> true, i -> true));
  }

  @Test
  void EVD_09_equal_values_have_equal_hash_codes() {
    qt().forAll(EvidenceGenerators.activityRecords(), EvidenceGenerators.activityRecords())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
    qt().forAll(EvidenceGenerators.valueClaims())
        .check(c -> ValueClaim.builder().from(c).build().hashCode() == c.hashCode());
    qt().forAll(EvidenceGenerators.evidenceClasses(), EvidenceGenerators.evidenceClasses())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
    qt().forAll(EvidenceGenerators.claimSubjects(), EvidenceGenerators.claimSubjects())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
  }

  @Test
  void EVD_10_generators_reach_the_boundaries() {
    assertThat(reached(EvidenceGenerators.activityRecords(), HashMap.<String, Predicate<ActivityRecord>>empty()
        .put("at REFERENCE", r -> r.occurredAt().equals(REFERENCE))
        .put("a nanosecond before", r -> r.occurredAt().equals(REFERENCE.minusNanos(1)))
        .put("a second after", r -> r.occurredAt().equals(REFERENCE.plusSeconds(1)))
        .put("self-reported", r -> r.provenance() == Provenance.SELF_REPORTED)
        .put("independently audited", r -> r.provenance() == Provenance.INDEPENDENTLY_AUDITED)
        .put("attributed", ActivityRecord::isAttributed)
        .put("unattributed", r -> !r.isAttributed())
        .put("quantity 0", r -> r.quantity().contains(BigDecimal.ZERO))
        .put("host-defined kind", r -> !r.kind().isBuiltIn())))
        .isEmpty();
    assertThat(reached(EvidenceGenerators.valueClaims(), HashMap.<String, Predicate<ValueClaim>>empty()
        .put("citing nothing", c -> c.cited().isEmpty())
        .put("citing five", c -> c.cited().size() == 5)
        .put("citing one record twice", c -> c.cited().distinct().size() < c.cited().size())
        .put("ending at REFERENCE", c -> c.period().end().contains(REFERENCE))
        .put("open-ended", c -> c.period().isOpenEnded())
        .put("about a customer outcome", c -> c.subject() instanceof ClaimSubject.CustomerOutcome)))
        .isEmpty();
    assertThat(reached(EvidenceGenerators.evidenceClasses(), HashMap.<String, Predicate<EvidenceClass>>empty()
        .put("enablement", c -> !c.countsAsValue())
        .put("customer impact", c -> c.equals(EvidenceClass.customerImpact()))))
        .isEmpty();
  }

  /** The names of the cases the generator never produced in a thousand examples. */
  private static <T> Set<String> reached(Gen<T> gen, Map<String, Predicate<T>> cases) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    qt().withExamples(1000).forAll(gen).check(value -> {
      cases.filterValues(p -> p.test(value)).keySet().forEach(seen::add);
      return true;
    });
    return cases.keySet().removeAll(seen);
  }
}
