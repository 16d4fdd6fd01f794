package org.partnergov.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.HashSet;
import io.vavr.control.Either;
import java.time.Duration;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Organization;
import org.partnergov.model.party.OrganizationId;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.Role;
import org.partnergov.model.party.Tier;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.TierChange;
import org.partnergov.rules.log.CanonicalEncoding;
import org.partnergov.rules.log.DecisionLog;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestClosure;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.diagnosis.Diagnosis;
import io.vavr.control.Option;
import org.partnergov.model.problem.StableCode;
import org.partnergov.model.review.ApprovalLevel;
import org.partnergov.model.review.ApprovalMode;
import org.partnergov.rules.review.AcceptedDecision;
import org.partnergov.rules.review.ApprovalRule;
import org.partnergov.testkit.ApprovalRuleContract;
import org.partnergov.rules.review.DecisionAttempt;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.Rejection;
import org.partnergov.rules.review.ReviewCase;
import org.partnergov.rules.review.ReviewCode;
import org.partnergov.rules.review.ReviewPlan;
import org.partnergov.rules.review.ReviewPolicy;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.operating.GovernanceReport;
import org.partnergov.rules.operating.OperatingLayer;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.ecosystem.EcosystemDraft;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.ExchangeRates;
import org.partnergov.model.money.Money;
import org.partnergov.model.money.Threshold;
import org.partnergov.model.party.OrgUnitDraft;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Region;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.time.Period;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.decision.Decider;
import org.partnergov.rules.decision.DecisionIndex;
import org.partnergov.testkit.EcosystemGenerators;
import org.partnergov.testkit.Generators;

/** The README's snippets, compiled and run so that they stay true. */
class ReadmeTest {

  @Test
  void a_partner_from_host_data_or_every_problem() {
    Validation<Seq<Problem>, Partner> partner = PartnerDraft.builder()
        .id("p-1").name("Northwind Systems").type("systems integrator").tier("Gold")
        .regions(List.of("EMEA")).status("active").relationshipOwner("u-7")
        .build()
        .validate();

    Validation<Seq<Problem>, Partner> broken = PartnerDraft.builder()
        .id(" ").name("Northwind Systems").type("franchise").tier("Gold")
        .status("active").relationshipOwner("u-7")
        .build()
        .validate();

    assertThat(partner.isValid()).isTrue();
    assertThat(broken.getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-07 type: 'franchise' is not one of [reseller, distributor, systems_integrator, isv,"
            + " device_oem, managed_service_provider, referral]");
  }

  @Test
  void a_whole_ecosystem_with_its_references_checked() {
    PartnerDraft partnerDraft = PartnerDraft.builder().id("p-1").name("Northwind Systems")
        .type("reseller").tier("Gold").status("active").relationshipOwner("u-7").build();

    Validation<Seq<Problem>, EcosystemSnapshot> snapshot = EcosystemDraft.builder()
        .hostId("contoso").hostName("Contoso")
        .orgUnits(List.of(new OrgUnitDraft("partner-org", "Partner organization")))
        .persons(List.of(PersonDraft.builder().id("u-7").name("Dana Owner").orgUnit("partner-org").build()))
        .partners(List.of(partnerDraft))
        .build()
        .validate();

    assertThat(snapshot.isValid()).isTrue();
    assertThat(EcosystemDraft.builder().from(snapshotDraft(partnerDraft)).persons(List.empty()).build()
        .validate().getError().map(Problem::toString)).containsExactly(
            "VAL-08 partners[0].relationshipOwner: refers to person 'u-7', which is not in the ecosystem");
  }

  @Test
  void who_is_accountable_for_a_decision() {
    Instant now = Instant.parse("2026-06-30T12:00:00Z");
    DecisionRightsMatrix matrix = DecisionRightsMatrix.of(List.of(DecisionRight.builder()
        .id(new DecisionRightId("r-7")).decisionType(DecisionType.FUND_ALLOCATION)
        .scope(Scope.builder().region(new Region("EMEA"))
            .amountBand(AmountBand.below(Money.of("50000", "EUR")))
            .validity(Period.from(Instant.parse("2026-01-01T00:00:00Z"))).build())
        .holder(Holder.person(new PersonId("dana"))).role(RapidRole.DECIDE).build()), List.empty());

    DecisionIndex index = DecisionIndex.of(matrix);
    Accountability who = index.resolve(DecisionContext.of(DecisionType.FUND_ALLOCATION)
        .withRegion(new Region("EMEA")).withAmount(Money.of("12000", "EUR")), now);
    Object decider = who.decider().fold(decided -> decided.holder(), none -> none.reason());

    assertThat(decider).isEqualTo(Holder.person(new PersonId("dana")));
    assertThat(who.explanation()).startsWith("FUND_ALLOCATION of 12000.00 EUR at ").contains("dana decides (right r-7)");
    assertThat(index.resolve(DecisionContext.of(DecisionType.FUND_ALLOCATION)
        .withRegion(new Region("EMEA")).withAmount(Money.of("50000", "EUR")), now).decider().isDecided()).isFalse();
    Decider alone = index.decider(DecisionContext.of(DecisionType.FUND_ALLOCATION)
        .withRegion(new Region("EMEA")).withAmount(Money.of("12000", "EUR")), now);
    assertThat(alone).isEqualTo(who.decider());
  }

  @Test
  void deciding_an_exception_and_the_decision_test() {
    Instant now = Instant.parse("2026-06-30T12:00:00Z");
    EcosystemSnapshot snapshot = sampleEcosystem(now);
    FundRequest request = request(now);

    ExceptionReview review = ExceptionReview.of(snapshot, ReviewPolicy.defaults());     // once
    ReviewCase routed = review.route(ReviewCase.submit(request), now).get();             // Either<Rejection, ReviewCase>
    Either<Rejection, AcceptedDecision> byOwner = review.decide(routed, DecisionAttempt.of(
        new DecisionRecordId("d-1"), new PersonId("dana"), Verdict.APPROVE, "Acme is a great partner", now));
    Either<Rejection, AcceptedDecision> byFinance = review.decide(routed, DecisionAttempt.of(
        new DecisionRecordId("d-2"), new PersonId("sam"), Verdict.APPROVE, "fits the pilot plan", now));

    assertThat(byOwner.getLeft().explanation()).isEqualTo("Rejected: Dana Lee holds no Decide right in force over the "
        + "fund request r-1 of Acme Systems for 20000.00 EUR at 2026-06-30T12:00:00Z; team Finance decides it under "
        + "right r-finance (SOD-03); Dana Lee owns the relationship with Acme Systems (SOD-05).");
    assertThat(byFinance.get().explanation()).isEqualTo(
        "Approved by Sam Ortiz under right r-finance: fits the pilot plan. The fund request is approved.");

    Diagnosis diagnosis = DecisionTest.builtIn().run(snapshot, now);
    diagnosis.findings(FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP);  // each with code, subjects, evidence, remediation
    assertThat(diagnosis.verdict()).hasSize(3);
    RulePack pack = RulePack.defaults();
    Period period = Period.of(now.minus(Duration.ofDays(90)), now);
    GovernanceReport report = OperatingLayer.of(snapshot).report(DecisionTest.builtIn(), pack, period, now);
    assertThat(report.scorecards().keySet()).containsExactly(new PartnerId("acme"));
    assertThat(diagnosis.enablement().toString()).startsWith("PASS Enablement is visible but not mistaken for value");
    assertThat(diagnosis.performance().toString()).startsWith(
        "PASS Performance evidence shows change in delivery, customers, revenue, risk or readiness: "
            + "evidence beyond self-reports: revenue motion: 1 record");
  }

  @Test
  void host_approval_rules_and_approval_levels() {
    Instant now = Instant.parse("2026-06-30T12:00:00Z");
    EcosystemSnapshot snapshot = sampleEcosystem(now);
    FundRequest request = FundRequest.builder().from(request(now)).cited(List.of(new ActivityRecordId("a-1"))).build();

    ApprovalRule proof = ApprovalRule.of(StableCode.of("ACME-01", "approvals of 10,000 EUR or more need customer proof"),
        facts -> facts.isApproval() && facts.exceptionRequest().amount().exists(a -> a.amount().intValue() >= 10_000)
            && !facts.request().cited().exists(r -> r.provenance().isAtLeast(Provenance.CUSTOMER_CONFIRMED))
            ? List.of(facts.request().partnerName() + " cites no customer-confirmed evidence")
            : List.<String>empty());                         // the reasons it is broken, none when kept
    ReviewPolicy withProof = ReviewPolicy.defaults().withRules(List.of(proof));
    ApprovalRuleContract.verify(proof);                      // in a host's test

    ExceptionReview review = ExceptionReview.of(snapshot, withProof);
    ReviewCase routed = review.route(ReviewCase.submit(request), now).get();
    assertThat(review.decide(routed, DecisionAttempt.of(new DecisionRecordId("d-1"), new PersonId("sam"),
        Verdict.APPROVE, "fits the pilot plan", now)).getLeft().explanation())
        .isEqualTo("Rejected: Acme Systems cites no customer-confirmed evidence (ACME-01).");

    ReviewPath fundPath = snapshot.parts().reviewPaths().head();
    ReviewPath leveled = ReviewPath.builder().from(fundPath).approvalLevels(List.of(
            ApprovalLevel.of("functional", DecisionType.FUND_ALLOCATION),
            ApprovalLevel.of("financial", DecisionType.of("FUND_FINANCE")).from(Money.of("50000", "EUR"))
                .withMode(ApprovalMode.UNANIMOUS)))
        .everyLowerLevelApproves(true).build();
    assertThat(leveled.levelsFor(Option.some(Money.of("20000", "EUR"))).map(ApprovalLevel::name))
        .containsExactly("functional");
    assertThat(leveled.levelsFor(Option.some(Money.of("50000", "EUR"))).map(ApprovalLevel::name))
        .containsExactly("functional", "financial");
  }

  @Test
  void a_live_review_takes_one_change_at_a_time() {
    Instant now = Instant.parse("2026-06-30T12:00:00Z");
    EcosystemSnapshot snapshot = sampleEcosystem(now);
    ExceptionReview review = ExceptionReview.of(snapshot, ReviewPolicy.defaults());
    FundRequest request = request(now);
    FundRequest next = FundRequest.builder().from(request).id(new RequestId("r-2")).build();

    review = review.withRequest(request).get();                 // Validation<Seq<Problem>, ExceptionReview>
    ReviewCase routed = review.route(ReviewCase.submit(request), now).get();
    AcceptedDecision approved = review.decide(routed, DecisionAttempt.of(
        new DecisionRecordId("d-2"), new PersonId("sam"), Verdict.APPROVE, "fits the pilot plan", now)).get();
    review = review.withDecision(approved.record()).get();      // SOD-09 caps now count it
    review = review.withRequest(next).get();                    // r-2 adds up with r-1 (SOD-08)
    review = review.withClosure(RequestClosure.withdrawn(next.id(), new PersonId("alex"), now)).get();
    review.snapshot();                                          // the snapshot with every change, for the decision test

    assertThat(review.route(next, now).get().related()).containsExactly(request.id());   // r-1 still counts for r-2
    assertThat(review.route(request, now).get().related()).isEmpty();                  // withdrawn r-2 does not for r-1
    assertThat(review.withRequest(request).getError().map(p -> p.code().code())).containsExactly("VAL-09");
    assertThat(review.snapshot().parts().requests()).hasSize(2);
  }

  @Test
  void any_decision_type_is_decided_and_recorded() {
    Instant now = Instant.parse("2026-06-30T12:00:00Z");
    EcosystemSnapshot snapshot = sampleEcosystem(now);
    OrgUnitId finance = new OrgUnitId("finance");

    DecisionRight tiers = DecisionRight.builder().id(new DecisionRightId("r-tiers"))
        .decisionType(DecisionType.TIER_CHANGE).holder(Holder.team(finance)).role(RapidRole.DECIDE)
        .scope(Scope.any(Period.from(Instant.parse("2026-01-01T00:00:00Z")))).build();
    ReviewPath tierPath = ReviewPath.builder().id(new ReviewPathId("tier-path")).decisionType(DecisionType.TIER_CHANGE)
        .steps(List.of(ReviewStep.of(Holder.team(finance), List.of(), Duration.ofDays(5)))).build();
    EcosystemSnapshot withTiers = EcosystemParts.builder().from(snapshot.parts())
        .matrix(DecisionRightsMatrix.of(snapshot.parts().matrix().rights().append(tiers), List.empty()))
        .reviewPaths(snapshot.parts().reviewPaths().append(tierPath)).build().validate().get();

    ExceptionReview tierReview = ExceptionReview.of(withTiers, ReviewPolicy.defaults());
    TierChange toPlatinum = TierChange.builder().id(new RequestId("t-1")).requester(new PersonId("alex"))
        .partner(new PartnerId("acme")).tier(Tier.of("Platinum"))
        .rationale("three customer references").submittedAt(now).build();
    ReviewCase tierCase = tierReview.route(ReviewCase.submit(toPlatinum), now).get();
    String byOwner = tierReview.decide(tierCase, DecisionAttempt.of(new DecisionRecordId("d-3"), new PersonId("dana"),
        Verdict.APPROVE, "Acme earned it", now)).getLeft().explanation();
    AcceptedDecision decided = tierReview.decide(tierCase, DecisionAttempt.of(new DecisionRecordId("d-4"),
        new PersonId("sam"), Verdict.APPROVE, "references checked", now)).get();
    DecisionLog log = DecisionLog.empty().append(decided.record());

    assertThat(byOwner).isEqualTo("Rejected: Dana Lee holds no Decide right in force over the tier change t-1 of"
        + " Acme Systems from Gold to Platinum at 2026-06-30T12:00:00Z; team Finance decides it under right r-tiers"
        + " (SOD-03); Dana Lee owns the relationship with Acme Systems (SOD-05).");
    assertThat(decided.record().subject()).isEqualTo(new DecisionSubject.OfTierChange(new RequestId("t-1"),
        new PartnerId("acme"), Tier.of("Platinum")));
    assertThat(decided.record().subject().toString()).isEqualTo("the move of partner acme to tier Platinum (request t-1)");
    assertThat(CanonicalEncoding.encode(decided.record())[0]).isEqualTo((byte) 3);
    assertThat(log.verify().isIntact()).isTrue();
  }

  @Test
  void thresholds_per_currency_and_the_hosts_exchange_rates() {
    Instant now = Instant.parse("2026-06-30T12:00:00Z");
    EcosystemSnapshot snapshot = sampleEcosystem(now);
    ReviewPath fundPath = snapshot.parts().reviewPaths().head();
    FundRequest inDollars = FundRequest.builder().from(request(now)).requestedAmount(Money.of("12000", "USD")).build();

    ReviewPath perCurrency = ReviewPath.builder().from(fundPath)            // no rate needed for USD
        .fourEyesThreshold(Threshold.of(Money.of("50000", "EUR"), Money.of("55000", "USD"))).build();
    ReviewPath inEuros = ReviewPath.builder().from(fundPath)
        .fourEyesThreshold(Threshold.of(Money.of("50000", "EUR"))).build();
    ReviewPolicy converting = ReviewPolicy.defaults().withExchangeRates(ExchangeRates.of(   // or your own
        ExchangeRate.of("USD", "EUR", LocalDate.of(2026, 6, 30), "0.92")));                   // (from, to, day) -> ...
    ReviewPlan plan = ExceptionReview.of(snapshotWith(inEuros), converting).route(inDollars, now).get();

    assertThat(ExceptionReview.of(snapshotWith(perCurrency), ReviewPolicy.defaults()).route(inDollars, now)
        .get().rates()).isEmpty();
    assertThat(plan.rates()).containsExactly(ExchangeRate.of("USD", "EUR", LocalDate.of(2026, 6, 30), "0.92"));
    assertThat(plan.rates().map(ExchangeRate::toString)).containsExactly("1 USD = 0.92 EUR on 2026-06-30");
    assertThat(plan.explanation()).startsWith("Full review of the fund request r-1 of Acme Systems for 12000.00 USD: "
        + "review path fund-path has no fast path. Step 1: ").endsWith(" Exchange rates: 12,000.00 USD counted as "
        + "11,040.00 EUR at 0.92 on 30 June 2026.");
    assertThat(ExceptionReview.of(snapshotWith(inEuros), ReviewPolicy.defaults()).route(inDollars, now)
        .getLeft().codes()).containsExactly(ReviewCode.CURRENCY_MISMATCH);
  }

  /** The sample ecosystem at 2026-06-30 with another fund path. */
  private static EcosystemSnapshot snapshotWith(ReviewPath path) {
    return EcosystemSnapshot.of(EcosystemParts.builder().from(sampleEcosystem(Instant.parse("2026-06-30T12:00:00Z"))
        .parts()).reviewPaths(List.of(path)).build()).get();
  }

  /** Alex Kim's 20,000 EUR fund request for Acme Systems. */
  private static FundRequest request(Instant now) {
    return FundRequest.builder().id(new RequestId("r-1")).requester(new PersonId("alex"))
        .partner(new PartnerId("acme")).rationale("co-marketing for the pilot launch").submittedAt(now)
        .kind(FundKind.MDF).requestedAmount(Money.of("20000", "EUR")).purpose("pilot launch event").build();
  }

  private static EcosystemSnapshot sampleEcosystem(Instant now) {
    OrgUnitId finance = new OrgUnitId("finance");
    OrgUnitId partners = new OrgUnitId("partner-office");
    Role manager = Role.of("partner-manager");
    return EcosystemParts.builder().host(new Organization(new OrganizationId("contoso"), "Contoso"))
        .orgUnits(List.of(new OrgUnit(finance, "Finance"), new OrgUnit(partners, "Partner Office")))
        .persons(List.of(
            Person.builder().id(new PersonId("dana")).name("Dana Lee").affiliation(Affiliation.internal(partners))
                .roles(HashSet.of(manager)).build(),
            Person.builder().id(new PersonId("alex")).name("Alex Kim").affiliation(Affiliation.internal(partners))
                .roles(HashSet.of(manager)).build(),
            Person.builder().id(new PersonId("sam")).name("Sam Ortiz").affiliation(Affiliation.internal(finance)).build()))
        .partners(List.of(Partner.builder().id(new PartnerId("acme")).name("Acme Systems")
            .type(PartnerType.SYSTEMS_INTEGRATOR).tier(Tier.of("Gold")).status(PartnerStatus.ACTIVE)
            .relationshipOwner(new PersonId("dana")).build()))
        .matrix(DecisionRightsMatrix.of(List.of(DecisionRight.builder().id(new DecisionRightId("r-finance"))
            .decisionType(DecisionType.FUND_ALLOCATION).holder(Holder.team(finance)).role(RapidRole.DECIDE)
            .scope(Scope.any(Period.from(Instant.parse("2026-01-01T00:00:00Z")))).build()), List.empty()))
        .reviewPaths(List.of(ReviewPath.builder().id(new ReviewPathId("fund-path"))
            .decisionType(DecisionType.FUND_ALLOCATION)
            .steps(List.of(ReviewStep.of(Holder.team(finance), List.of(Criterion.of("PARTNER_ACTIVE", "active")),
                Duration.ofDays(3))))
            .build()))
        .activities(List.of(ActivityRecord.builder().id(new ActivityRecordId("a-1")).partner(new PartnerId("acme"))
            .kind(ActivityKind.REVENUE_BOOKED).occurredAt(now.minus(Duration.ofDays(5)))
            .source(ActivitySource.of("CRM")).provenance(Provenance.SYSTEM_RECORDED).build()))
        .build().validate().get();
  }

  @Test
  void the_readme_shows_the_code_these_tests_run() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String test = Files.readString(Path.of("src", "test", "java", "org", "partnergov", "examples", "ReadmeTest.java"))
        .replaceAll("\\s+", " ");
    Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int checked = 0;
    while (blocks.find()) {
      if (blocks.group(1).startsWith("// sketch")) {
        continue;
      }
      for (String line : blocks.group(1).split("\n")) {
        String code = line.replaceAll("//.*$", "").trim().replaceAll("\\s+", " ").replaceAll(";$", "");
        if (!code.isEmpty()) {
          assertThat(test.contains(code)).as("the README line %s is code this test runs", code).isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void host_property_tests_with_the_testkit() {
    qt().forAll(Generators.fundRequests()).check(r -> r.requestedAmount().isPositive());
    qt().withExamples(50).forAll(EcosystemGenerators.snapshots()).check(s -> s.parts().partners().size() == 8);
  }

  private static EcosystemDraft snapshotDraft(PartnerDraft partner) {
    return EcosystemDraft.builder().hostId("contoso").hostName("Contoso").partners(List.of(partner)).build();
  }
}
