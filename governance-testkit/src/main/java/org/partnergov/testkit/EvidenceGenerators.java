package org.partnergov.testkit;

import static org.partnergov.testkit.MoneyGenerators.REFERENCE;
import static org.partnergov.testkit.Weights.maybe;
import static org.partnergov.testkit.Weights.pair;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple4;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordDraft;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.Audience;
import org.partnergov.model.evidence.ClaimSubject;
import org.partnergov.model.evidence.CustomerId;
import org.partnergov.model.evidence.DealId;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.EvidenceProgram;
import org.partnergov.model.evidence.EvidenceProgramDraft;
import org.partnergov.model.evidence.EvidenceProgramId;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.evidence.QualificationCriterion;
import org.partnergov.model.evidence.QualificationCriterionDraft;
import org.partnergov.model.evidence.ValueClaim;
import org.partnergov.model.evidence.ValueClaimDraft;
import org.partnergov.model.evidence.ValueClaimId;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.time.Period;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for evidence: activity kinds and records, provenance, evidence classes and value
 * claims. They lean toward the boundaries evidence rules trip over: records at exactly
 * {@link MoneyGenerators#REFERENCE}, a nanosecond or a second before or after it; every
 * provenance; records with and without a customer or deal link; a quantity of zero; host-defined
 * kinds, some looking almost like built-in ones; claims citing nothing, or citing the same record
 * twice, over periods that end exactly at {@code REFERENCE}.
 *
 * <p>Records and claims draw ids from one pool ({@link #activityRecordIds()}: {@code activity-1}
 * to {@code activity-40}), partners from {@link PartyGenerators#partnerIds()}, so a generated
 * claim often cites generated records, of the same partner or of another. To constrain, map
 * the value through its builder rather than filtering: records of one partner are
 * {@code activityRecords().map(r -> ActivityRecord.builder().from(r).partner(p).build())}, claims
 * citing a given list are {@code valueClaims().map(c -> ValueClaim.builder().from(c).cited(ids).build())}.
 * Combine several with {@code lists().of(activityRecords()).ofSizeBetween(0, 50)}.
 *
 * <p>Evidence programs have one to four criteria requiring performance evidence or customer
 * impact (never enablement), minimum counts of one to three, windows of a second to ninety days or
 * a year, and deadlines around {@code REFERENCE}, so a program assessed at {@code REFERENCE} has
 * often just passed its deadline or is a day away from it.
 */
public final class EvidenceGenerators {

  /** Host-defined kind codes: real-looking ones and near misses of built-in codes. */
  private static final java.util.List<String> HOST_KINDS = java.util.List.of("hackathon won",
      "POC-delivered", "partner sourced lead", "Co-sell plan agreed", "training completed v2",
      "CERTIFICATION_EARNED_2", "renewals", "x");

  private EvidenceGenerators() {}

  /** {@return activity kinds: mostly built in, sometimes host-defined or random codes} */
  public static Gen<ActivityKind> activityKinds() {
    Gen<ActivityKind> random = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12)
        .map(code -> ActivityKind.of(code));
    return Generate.frequency(
        pair(8, Generate.pick(ActivityKind.builtIn().toJavaList())),
        pair(2, Generate.pick(HOST_KINDS).map(code -> ActivityKind.of(code))),
        pair(1, random));
  }

  /** {@return recording systems and, sometimes, the person who recorded an activity by hand} */
  public static Gen<ActivitySource> activitySources() {
    return Generate.frequency(
        pair(4, Generate.pick(java.util.List.of("LMS", "CRM", "partner portal", "PSA", "survey tool",
            "audit firm", "spreadsheet"))),
        pair(1, PartyGenerators.ids("person", 12)))
        .map(name -> ActivitySource.of(name));
  }

  /** {@return every provenance} */
  public static Gen<Provenance> provenances() {
    return Generate.enumValues(Provenance.class);
  }

  /** {@return every performance dimension} */
  public static Gen<PerformanceDimension> performanceDimensions() {
    return Generate.enumValues(PerformanceDimension.class);
  }

  /** {@return evidence classes: enablement, performance in every dimension, customer impact} */
  public static Gen<EvidenceClass> evidenceClasses() {
    return Generate.frequency(
        pair(1, Generate.constant(EvidenceClass.enablement())),
        pair(2, performanceDimensions().map(d -> EvidenceClass.performance(d))),
        pair(1, Generate.constant(EvidenceClass.customerImpact())));
  }

  /** {@return activity record ids from a pool of forty, shared by records and the claims citing them} */
  public static Gen<ActivityRecordId> activityRecordIds() {
    return PartyGenerators.ids("activity", 40).map(ActivityRecordId::new);
  }

  /** {@return customer ids from a pool of ten} */
  public static Gen<CustomerId> customerIds() {
    return PartyGenerators.ids("customer", 10).map(CustomerId::new);
  }

  /** {@return deal ids from a pool of ten} */
  public static Gen<DealId> dealIds() {
    return PartyGenerators.ids("deal", 10).map(DealId::new);
  }

  /** {@return value claim ids from a pool of twenty} */
  public static Gen<ValueClaimId> valueClaimIds() {
    return PartyGenerators.ids("claim", 20).map(ValueClaimId::new);
  }

  /**
   * {@return the instants activities happen at: often exactly at, a nanosecond or a second around
   * {@code REFERENCE}}
   */
  public static Gen<Instant> occurrences() {
    return Generate.frequency(
        pair(1, Generate.pick(java.util.List.of(REFERENCE.minusNanos(1), REFERENCE.plusNanos(1)))),
        pair(4, MoneyGenerators.instants()));
  }

  /** {@return quantities: absent, zero, whole or fractional} */
  public static Gen<Option<BigDecimal>> quantities() {
    return Generate.frequency(
        pair(3, Generate.constant(Option.<BigDecimal>none())),
        pair(2, Generate.constant(Option.some(BigDecimal.ZERO))),
        pair(2, integers().between(1, 500).map(i -> Option.some(BigDecimal.valueOf(i)))),
        pair(1, integers().between(0, 10_000).map(i -> Option.some(BigDecimal.valueOf(i, 2)))));
  }

  /** {@return amounts: absent, zero or positive in a few currencies} */
  public static Gen<Option<Money>> amounts() {
    return Generate.frequency(
        pair(3, Generate.constant(Option.<Money>none())),
        pair(1, MoneyGenerators.currencies().map(c -> Option.some(Money.zero(c)))),
        pair(2, MoneyGenerators.positiveAmounts().map(m -> Option.some(m))));
  }

  /** {@return customer and deal links: neither (unattributed), either, or both} */
  public static Gen<Tuple2<Option<CustomerId>, Option<DealId>>> attributions() {
    Gen<Option<CustomerId>> customer = maybe(customerIds(), 50);
    Gen<Option<DealId>> deal = maybe(dealIds(), 50);
    return Generate.frequency(
        pair(2, Generate.constant(Tuple.of(Option.<CustomerId>none(), Option.<DealId>none()))),
        pair(3, customer.zip(deal, (c, d) -> Tuple.of(c, d))));
  }

  /** {@return activity records of every provenance, attributed or not, often at the boundary instants} */
  public static Gen<ActivityRecord> activityRecords() {
    Gen<Tuple4<ActivityRecordId, PartnerId, ActivityKind, Instant>> what = activityRecordIds()
        .zip(PartyGenerators.partnerIds(), activityKinds(), occurrences(), (a, b, c, d) -> Tuple.of(a, b, c, d));
    Gen<Tuple4<ActivitySource, Provenance, Option<ProgramId>, Option<BigDecimal>>> how = activitySources()
        .zip(provenances(), maybe(PartyGenerators.programIds(), 50), quantities(), (a, b, c, d) -> Tuple.of(a, b, c, d));
    return what.zip(how, amounts(), attributions(), (w, h, amount, link) -> ActivityRecord.builder()
        .id(w._1).partner(w._2).kind(w._3).occurredAt(w._4)
        .source(h._1).provenance(h._2).program(h._3).quantity(h._4)
        .amount(amount).customer(link._1).deal(link._2).build());
  }

  /** {@return customer outcomes in a claimant's words} */
  public static Gen<String> customerOutcomes() {
    return Generate.pick(java.util.List.of("onboarding time cut in half", "fewer outages after go-live",
        "customer renewed early", "support tickets down a third", "first production workload live"))
        .mix(PartyGenerators.names(), 30);
  }

  /** {@return claim subjects: a performance dimension, or a customer outcome} */
  public static Gen<ClaimSubject> claimSubjects() {
    return Generate.frequency(
        pair(2, performanceDimensions().map(d -> ClaimSubject.dimension(d))),
        pair(1, customerOutcomes().map(o -> ClaimSubject.customerOutcome(o))));
  }

  /** {@return claim periods: often ending exactly at {@code REFERENCE}, sometimes open-ended} */
  public static Gen<Period> claimPeriods() {
    return Generate.frequency(
        pair(2, MoneyGenerators.durations().map(d -> Period.of(REFERENCE.minus(d), REFERENCE))),
        pair(3, MoneyGenerators.periods()));
  }

  /** {@return the cited ids of a claim: zero to five from the shared pool, duplicates possible} */
  public static Gen<Seq<ActivityRecordId>> citations() {
    return lists().of(activityRecordIds()).ofSizeBetween(0, 5).map(ids -> List.ofAll(ids));
  }

  /**
   * {@return value claims about every subject, citing zero to five records, often over periods
   * ending at {@code REFERENCE}}
   */
  public static Gen<ValueClaim> valueClaims() {
    Gen<Tuple4<ValueClaimId, PartnerId, Option<ProgramId>, ClaimSubject>> what = valueClaimIds()
        .zip(PartyGenerators.partnerIds(), maybe(PartyGenerators.programIds(), 50), claimSubjects(),
            (a, b, c, d) -> Tuple.of(a, b, c, d));
    Gen<String> statements = Generate.pick(java.util.List.of("our delivery got better",
        "the training paid off", "we moved the revenue needle")).mix(PartyGenerators.names(), 50);
    return what.zip(claimPeriods(), citations(), PartyGenerators.personIds(), statements,
        (w, period, cited, claimant, statement) -> ValueClaim.builder().id(w._1).partner(w._2)
            .program(w._3).subject(w._4).period(period).cited(cited).claimant(claimant)
            .statement(statement).madeAt(period.end().getOrElse(period.start())).build())
        .zip(MoneyGenerators.instants(), Generate.booleans(), (claim, at, atEnd) -> atEnd ? claim
            : ValueClaim.builder().from(claim).madeAt(at).build());
  }

  /** {@return evidence program ids from a pool of five} */
  public static Gen<EvidenceProgramId> evidenceProgramIds() {
    return PartyGenerators.ids("evidence-program", 5).map(EvidenceProgramId::new);
  }

  /** {@return audiences receiving evidence} */
  public static Gen<Audience> audiences() {
    return Generate.pick(java.util.List.of("launch board", "field sales", "customers in the pilot", "partner council",
        "product leadership")).mix(PartyGenerators.names(), 20).map(name -> Audience.of(name));
  }

  /** {@return classes a criterion may require: performance in every dimension, or customer impact} */
  public static Gen<EvidenceClass> valueClasses() {
    return Generate.frequency(
        pair(4, performanceDimensions().map(d -> EvidenceClass.performance(d))),
        pair(1, Generate.constant(EvidenceClass.customerImpact())));
  }

  /** {@return validity windows: a second, a day, up to ninety days, a year} */
  public static Gen<Duration> validityWindows() {
    return Generate.frequency(
        pair(1, Generate.pick(java.util.List.of(Duration.ofSeconds(1), Duration.ofDays(1), Duration.ofDays(365)))),
        pair(3, MoneyGenerators.durations()));
  }

  /**
   * {@return qualification criteria of every value class, provenance, a count of one to three and
   * every kind of window}
   */
  public static Gen<QualificationCriterion> qualificationCriteria() {
    Gen<String> capabilities = Generate.pick(java.util.List.of("pilot delivery", "reference architecture",
        "support readiness", "security review", "customer references")).mix(PartyGenerators.names(), 20);
    return capabilities.zip(valueClasses(), provenances(), integers().between(1, 3), validityWindows(),
        (capability, required, provenance, count, window) -> new QualificationCriterion(capability, required,
            provenance, count, window));
  }

  /**
   * {@return evidence programs with one to four criteria, deadlines around {@code REFERENCE}, one
   * to three audiences}
   */
  public static Gen<EvidenceProgram> evidencePrograms() {
    Gen<Instant> deadlines = Generate.frequency(
        pair(1, Generate.pick(java.util.List.of(REFERENCE, REFERENCE.plusSeconds(86_400), REFERENCE.minusSeconds(1)))),
        pair(2, MoneyGenerators.instants()));
    Gen<Seq<QualificationCriterion>> criteria = lists().of(qualificationCriteria()).ofSizeBetween(1, 4)
        .map(cs -> List.ofAll(cs));
    Gen<Seq<Audience>> audience = lists().of(audiences()).ofSizeBetween(1, 3).map(as -> List.ofAll(as));
    Gen<Tuple4<EvidenceProgramId, String, Option<ProgramId>, Seq<QualificationCriterion>>> what = evidenceProgramIds()
        .zip(PartyGenerators.names(), maybe(PartyGenerators.programIds(), 30), criteria,
            (a, b, c, d) -> Tuple.of(a, b, c, d));
    return what.zip(deadlines, PartyGenerators.orgUnitIds(), audience, (w, deadline, team, who) ->
        EvidenceProgram.builder().id(w._1).name(w._2).program(w._3).criteria(w._4).launchDeadline(deadline)
            .deliveryTeam(team).audience(who).build());
  }

  /**
   * {@return valid qualification criterion drafts with the raw text of
   * {@link #qualificationCriteria()}, sometimes untidy}
   */
  public static Gen<QualificationCriterionDraft> qualificationCriterionDrafts() {
    return qualificationCriteria().zip(Generate.booleans(), EvidenceGenerators::draftOf);
  }

  /** The draft of the criterion; untidy text has stray blanks and spoken names. */
  static QualificationCriterionDraft draftOf(QualificationCriterion c, boolean untidy) {
    return QualificationCriterionDraft.builder().capability(raw(c.capability(), untidy))
        .evidenceClass(c.requiredClass().<String>fold(e -> "ENABLEMENT", p -> untidy ? "performance" : "PERFORMANCE",
            i -> untidy ? "customer impact" : "CUSTOMER_IMPACT"))
        .dimension(c.requiredClass().<String>fold(e -> null,
            p -> untidy ? spoken(p.dimension().name()) : p.dimension().name(), i -> untidy ? " " : null))
        .minimumProvenance(untidy ? spoken(c.minimumProvenance().name()) : c.minimumProvenance().name())
        .minimumCount(c.minimumCount()).validityWindow(c.validityWindow()).build();
  }

  /**
   * {@return valid evidence program drafts with the raw text of {@link #evidencePrograms()},
   * sometimes untidy}
   */
  public static Gen<EvidenceProgramDraft> evidenceProgramDrafts() {
    return evidencePrograms().zip(Generate.booleans(), EvidenceGenerators::draftOf);
  }

  /** The draft of the evidence program; untidy text has stray blanks and spoken names. */
  static EvidenceProgramDraft draftOf(EvidenceProgram p, boolean untidy) {
    return EvidenceProgramDraft.builder()
        .id(raw(p.id().value(), untidy)).name(raw(p.name(), untidy))
        .program(p.program().map(ProgramId::value).getOrElse(untidy ? " " : null))
        .criteria(p.criteria().map(c -> draftOf(c, untidy))).launchDeadline(p.launchDeadline())
        .deliveryTeam(raw(p.deliveryTeam().value(), untidy)).audience(p.audience().map(a -> raw(a.name(), untidy)))
        .build();
  }

  /**
   * {@return valid activity record drafts with the raw text of {@link #activityRecords()},
   * sometimes untidy}
   */
  public static Gen<ActivityRecordDraft> activityRecordDrafts() {
    return activityRecords().zip(Generate.booleans(), EvidenceGenerators::draftOf);
  }

  /** The draft with the raw text of the record; untidy text has stray blanks and spoken names. */
  static ActivityRecordDraft draftOf(ActivityRecord r, boolean untidy) {
    return ActivityRecordDraft.builder()
        .id(raw(r.id().value(), untidy)).partner(raw(r.partner().value(), untidy))
        .program(r.program().map(ProgramId::value).getOrElse(untidy ? " " : null))
        .kind(untidy ? spoken(r.kind().code()) : r.kind().code()).occurredAt(r.occurredAt())
        .source(raw(r.source().name(), untidy))
        .provenance(untidy ? spoken(r.provenance().name()) : r.provenance().name())
        .quantity(r.quantity().getOrNull())
        .amount(r.amount().map(Money::amount).getOrNull())
        .currency(r.amount().map(m -> untidy ? m.currency().getCurrencyCode().toLowerCase(Locale.ROOT)
            : m.currency().getCurrencyCode()).getOrNull())
        .customer(r.customer().map(CustomerId::value).getOrNull())
        .deal(r.deal().map(DealId::value).getOrNull())
        .build();
  }

  /** {@return valid value claim drafts with the raw text of {@link #valueClaims()}, sometimes untidy} */
  public static Gen<ValueClaimDraft> valueClaimDrafts() {
    return valueClaims().zip(Generate.booleans(), EvidenceGenerators::draftOf);
  }

  /** The draft with the raw text of the claim; untidy text has stray blanks and spoken names. */
  static ValueClaimDraft draftOf(ValueClaim c, boolean untidy) {
    return ValueClaimDraft.builder()
        .id(raw(c.id().value(), untidy)).partner(c.partner().value())
        .program(c.program().map(ProgramId::value).getOrNull())
        .dimension(c.subject().<String>fold(d -> untidy ? spoken(d.dimension().name()) : d.dimension().name(),
            o -> untidy ? " " : null))
        .customerOutcome(c.subject().<String>fold(d -> null, o -> raw(o.description(), untidy)))
        .validFrom(c.period().start()).validUntil(c.period().end().getOrNull())
        .cited(c.cited().map(id -> raw(id.value(), untidy)))
        .claimant(c.claimant().value()).statement(raw(c.statement(), untidy)).madeAt(c.madeAt())
        .build();
  }

  private static String raw(String text, boolean untidy) {
    return untidy ? " " + text + "\t" : text;
  }

  /** A code as a person would type it: lower case, spaces for underscores. */
  private static String spoken(String code) {
    return code.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
