package org.partnergov.examples.extension;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.problem.StableCode;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.rules.diagnosis.GovernanceRule;
import org.partnergov.rules.escalation.RiskTranslation;
import org.partnergov.rules.escalation.TranslationRule;
import org.partnergov.rules.evidence.ClassificationRule;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.review.ApprovalFacts;
import org.partnergov.rules.review.ApprovalRule;
import org.partnergov.rules.review.CriterionCheck;
import org.partnergov.rules.review.RequestFacts;
import org.partnergov.rules.review.ReviewCriterion;
import org.partnergov.rules.review.ReviewPolicy;

/**
 * Extending the rules in code, without forking: one host's own activity kind with its
 * classification rule, review criterion, approval rule with its own code, risk kind with its
 * translation, and governance rule with its own code. Each is a plain value the library's extension
 * points accept.
 */
public final class HostRules {

  private HostRules() {}

  // ---------------------------------------------------------------- activity kind and rule pack

  /** A pilot environment converted to a paid subscription, as the host's billing system records it. */
  public static final ActivityKind PILOT_CONVERTED = ActivityKind.of("PILOT_CONVERTED");

  /** The host's own pack: a converted pilot is revenue motion. */
  public static final RulePack HOST_PACK = RulePack.of("meridian", List.of(
      ClassificationRule.of("pilot-converted-is-revenue-motion", PILOT_CONVERTED,
          EvidenceClass.performance(PerformanceDimension.REVENUE_MOTION))));

  /** The default pack with the host's rules on top: the host's rules win for the kinds they cover. */
  public static RulePack pack() {
    return RulePack.defaults().overriddenBy(HOST_PACK);
  }

  // ---------------------------------------------------------------- review criterion

  /** The most a partner of each tier may ask for at once, in EUR; other tiers have no limit. */
  static final io.vavr.collection.Map<String, BigDecimal> TIER_LIMITS = io.vavr.collection.HashMap.of(
      "SILVER", new BigDecimal("10000"), "GOLD", new BigDecimal("25000"));

  /**
   * {@code WITHIN_TIER_LIMIT}: the request's total (with its related requests) is within what the
   * partner's tier may ask for at once. A review path names the code; the policy holds the check.
   */
  public static final ReviewCriterion WITHIN_TIER_LIMIT = new ReviewCriterion() {
    @Override
    public String code() {
      return "WITHIN_TIER_LIMIT";
    }

    @Override
    public CriterionCheck check(RequestFacts facts) {
      String tier = facts.partner().map(p -> p.tier().value().toUpperCase(java.util.Locale.ROOT)).getOrElse("");
      if (facts.total().isEmpty() || !TIER_LIMITS.containsKey(tier)) {
        return CriterionCheck.met("no tier limit applies");
      }
      Money total = facts.total().get();
      BigDecimal limit = TIER_LIMITS.get(tier).get();
      return total.amount().compareTo(limit) <= 0
          ? CriterionCheck.met(total + " is within the " + tier.toLowerCase(java.util.Locale.ROOT) + " limit of " + limit + " EUR")
          : CriterionCheck.notMet(total + " is over the " + tier.toLowerCase(java.util.Locale.ROOT) + " limit of " + limit + " EUR");
    }
  };

  /** The default policy with the host's criterion and pack. */
  public static ReviewPolicy policy() {
    return ReviewPolicy.defaults().withCriteria(List.of(WITHIN_TIER_LIMIT)).withRulePack(pack());
  }

  // ---------------------------------------------------------------- approval rule

  /** The amount above which an approval needs evidence a customer confirmed or an auditor verified. */
  public static final Money LARGE_FUNDS = Money.of("20000", "EUR");

  /** The code of {@link #LARGE_FUNDS_NEED_CUSTOMER_PROOF}. */
  public static final StableCode MERIDIAN_01 = StableCode.of("MERIDIAN-01",
      "an approval of a request above 20,000 EUR cites a record a customer confirmed or an auditor verified");

  /**
   * {@code MERIDIAN-01}, approvals: a request for more than {@link #LARGE_FUNDS} (its own amount, in
   * EUR) is approved only when it cites an activity record a customer confirmed or an auditor
   * verified ({@link Provenance#CUSTOMER_CONFIRMED} or better). Other verdicts, smaller requests and
   * requests in other currencies are left alone. Added to a policy with
   * {@link ReviewPolicy#withRules}, as {@link #reviewPolicy()} does.
   */
  public static final ApprovalRule LARGE_FUNDS_NEED_CUSTOMER_PROOF = ApprovalRule.of(MERIDIAN_01,
      HostRules::unproven);

  /** The reason an approval breaks {@code MERIDIAN-01}, naming the partner and the amount; none when it keeps it. */
  private static Seq<String> unproven(ApprovalFacts facts) {
    boolean proven = facts.request().cited().exists(r -> r.provenance().isAtLeast(Provenance.CUSTOMER_CONFIRMED));
    return facts.isApproval() && !proven ? facts.exceptionRequest().amount().filter(HostRules::isLarge)
        .map(amount -> facts.request().partnerName() + " asks for " + euros(amount) + ", more than "
            + euros(LARGE_FUNDS) + ", and cites no record a customer confirmed or an auditor verified; "
            + "an approval above " + euros(LARGE_FUNDS) + " needs one")
        .toList() : List.empty();
  }

  /** Whether the amount is in EUR and above {@link #LARGE_FUNDS}. */
  private static boolean isLarge(Money amount) {
    return amount.currency().equals(LARGE_FUNDS.currency()) && amount.amount().compareTo(LARGE_FUNDS.amount()) > 0;
  }

  /** An amount with thousands separators, such as {@code 30,000.00 EUR}. */
  private static String euros(Money money) {
    return String.format(java.util.Locale.ROOT, "%,.2f %s", money.amount(), money.currency().getCurrencyCode());
  }

  /** The default policy with the host's approval rule. */
  public static ReviewPolicy reviewPolicy() {
    return ReviewPolicy.defaults().withRules(List.of(LARGE_FUNDS_NEED_CUSTOMER_PROOF));
  }

  // ---------------------------------------------------------------- risk kind

  /** A device partner cannot ship the hardware a pilot or launch needs. */
  public static final RiskKind DEVICE_SHORTAGE = RiskKind.of("DEVICE_SHORTAGE");

  /** Operational, as rated; customer as well, one step higher, when customers wait for devices. */
  public static final TranslationRule DEVICE_SHORTAGE_RULE = (risk, rated) -> {
    Seq<Consequence> out = List.of(new Consequence(ConsequenceCategory.OPERATIONAL, rated, risk.magnitude(),
        "Device shortage " + risk.id() + " of partner " + risk.partner() + " stalls deployments: an operational "
            + "consequence, rated " + name(rated) + "."));
    if (risk.customersAffected() > 0) {
      Severity raised = Severity.values()[Math.min(rated.ordinal() + 1, Severity.values().length - 1)];
      out = out.append(new Consequence(ConsequenceCategory.CUSTOMER, raised, risk.magnitude(),
          risk.customersAffected() + " customers wait for devices: a customer consequence, rated " + name(raised)
              + ", one step above the matrix."));
    }
    return out;
  };

  /** The default translation with the host's risk kind. */
  public static RiskTranslation translation() {
    return RiskTranslation.defaults().with(DEVICE_SHORTAGE, DEVICE_SHORTAGE_RULE);
  }

  private static String name(Severity severity) {
    return severity.name().toLowerCase(java.util.Locale.ROOT);
  }

  // ---------------------------------------------------------------- governance rule

  /**
   * {@code MRD-1}: an approval that cites no evidence. The host counts it under exceptions handled
   * by relationship: without evidence, the approval rests on who asked.
   */
  public static final GovernanceRule APPROVAL_WITHOUT_EVIDENCE = GovernanceRule.of("MRD-1",
      "approvals that cite no evidence", (snapshot, asOf) -> snapshot.parts().decisionRecords()
          .filter(d -> d.verdict().isApproval() && d.evidence().isEmpty() && !d.decidedAt().isAfter(asOf))
          .map(HostRules::finding));

  private static Finding finding(DecisionRecord record) {
    return Finding.builder().code("MRD-1").failureMode(FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP)
        .subjects(List.of(record.request().toString(), record.id().toString()))
        .severity(Severity.MEDIUM)
        .explanation("Decision " + record.id() + " approved request " + record.request() + " without citing any evidence.")
        .remediation("Cite the activity records the approval rests on, or send the request back for evidence.")
        .build();
  }
}
