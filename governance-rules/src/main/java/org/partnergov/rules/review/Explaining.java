package org.partnergov.rules.review;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.review.CriterionResult;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.decision.Accountability;

/** The sentences of review outcomes, with the names the ecosystem gives people, partners and programs. */
final class Explaining {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final EcosystemSnapshot snapshot;

  Explaining(EcosystemSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  String person(PersonId id) {
    return snapshot.person(id).map(Person::name).getOrElse(id::toString);
  }

  String partner(PartnerId id) {
    return snapshot.partner(id).map(Partner::name).getOrElse(id::toString);
  }

  String program(ProgramId id) {
    return snapshot.program(id).map(Program::name).getOrElse(id::toString);
  }

  String holder(Holder holder) {
    return holder.fold(p -> person(p.person()), r -> "whoever holds the role " + r.role(),
        t -> "team " + snapshot.orgUnit(t.orgUnit()).map(OrgUnit::name).getOrElse(t.orgUnit()::toString));
  }

  String money(Option<Money> amount) {
    return amount.map(Money::toString).getOrElse("no amount");
  }

  /** "12,000.00 USD": the amount with thousands separators and its currency's decimals. */
  static String amount(Money money) {
    return String.format(Locale.ENGLISH, "%,." + Math.max(money.amount().scale(), 0) + "f", money.amount())
        + " " + money.currency().getCurrencyCode();
  }

  /** "3 March 2026". */
  static String date(LocalDate day) {
    return DAY.format(day);
  }

  /** "12,000.00 USD counted as 11,040.00 EUR at 0.92 on 3 March 2026", for a conversion that had a rate. */
  static String counted(Conversion conversion) {
    ExchangeRate rate = conversion.rate().get();
    return amount(conversion.amount()) + " counted as " + amount(conversion.counted().get()) + " at "
        + rate.rate().toPlainString() + " on " + date(rate.on());
  }

  /** "Exchange rates: 12,000.00 USD counted as ... on 3 March 2026; ...", or nothing when none was used. */
  static String rates(Seq<Conversion> conversions) {
    Seq<Conversion> used = conversions.filter(Conversion::hasRate).distinct();
    return used.isEmpty() ? "" : " Exchange rates: " + used.map(Explaining::counted).mkString("; ") + ".";
  }

  /** " Exchange rates used: 1 USD = 0.92 EUR on 3 March 2026.", or nothing when none was used. */
  static String rateList(Seq<ExchangeRate> rates) {
    return rates.isEmpty() ? "" : " Exchange rates used: " + rates.map(r -> "1 " + r.from().getCurrencyCode() + " = "
        + r.rate().toPlainString() + " " + r.to().getCurrencyCode() + " on " + date(r.on())).mkString("; ") + ".";
  }

  /**
   * Why an amount was not counted in another currency: {@code REV-04} when the policy gives no exchange
   * rates, {@code REV-08} when the host has no rate for the pair on the day.
   *
   * @param subject what was to be counted, such as "the related request r-2 (12,000.00 USD)"
   * @param purpose what for, such as "towards the total of the fund request r-1"
   */
  static Violation uncounted(Conversion conversion, boolean withRates, String subject, String purpose) {
    String from = conversion.amount().currency().getCurrencyCode();
    String into = conversion.into().getCurrencyCode();
    return withRates
        ? new Violation(ReviewCode.NO_EXCHANGE_RATE, "there is no exchange rate from " + from + " to " + into + " for "
            + date(conversion.on()) + " to count " + subject + " " + purpose)
        : new Violation(ReviewCode.CURRENCY_MISMATCH, "the review policy gives no exchange rates to count " + subject
            + " in " + into + " " + purpose);
  }

  String type(ExceptionRequest request) {
    return kind(request);
  }

  /** "fund request", "incentive exception", "commitment", "readiness claim", "tier change"... */
  static String kind(ExceptionRequest request) {
    return request.fold(f -> "fund request", i -> "incentive exception", c -> "commitment", r -> "readiness claim",
        t -> "tier change", e -> "escalation resolution",
        h -> h.hostType().code().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  String verdict(Verdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * "the fund request r-1 of Acme Systems for 2500.00 EUR", "the tier change t-1 of Acme Systems
   * from Gold to Platinum", "the escalation resolution e-1 of Acme Systems for escalation esc-4",
   * "the co sell exception h-1 of Acme Systems about contract C-17 for 1500.00 EUR"
   */
  String subject(RequestFacts facts) {
    ExceptionRequest request = facts.request();
    String what = request.fold(f -> "", i -> "", c -> "", r -> "",
        t -> facts.partner().map(p -> " from " + p.tier()).getOrElse("") + " to " + t.tier(),
        e -> " for escalation " + e.escalation(), h -> " about " + h.subjectKind() + " " + h.subjectId());
    return "the " + type(request) + " " + request.id() + " of " + facts.partnerName() + what
        + facts.total().map(t -> " for " + t).getOrElse("");
  }

  /** "the approval levels are functional (Jonas Weber decides, right funds-decide), then financial (...)" */
  String levels(ReviewPlan plan) {
    return "the approval levels are " + plan.levels().map(l -> l.name() + " (" + l.decider().fold(
        d -> holder(d.holder()) + " decides, right " + d.right(), n -> "nobody decides: " + n.reason())
        + (l.mode() == org.partnergov.model.review.ApprovalMode.UNANIMOUS
            ? ", every one of " + l.approvers().map(this::person).mkString(", ") + " approves" : "") + ")")
        .mkString(", then ");
  }

  String decider(Accountability accountability) {
    return accountability.decider().fold(
        d -> holder(d.holder()) + " decides it under right " + d.right() + d.via().map(v -> " by delegation " + v).getOrElse(""),
        n -> "nobody may decide it: " + n.reason() + " (default deny)");
  }

  /**
   * The plan in sentences; {@code compared} is the total as the path's thresholds saw it (in the
   * request's currency, or counted in the path's base currency).
   */
  String plan(ReviewPlan plan, ReviewPath path, RequestFacts facts, Option<Money> compared) {
    StringBuilder out = new StringBuilder();
    String subject = subject(facts);
    out.append(switch (plan.lane()) {
      case FAST_PATH -> "Fast path for " + subject + ": " + (compared.isEmpty() ? "no money is at stake"
          : "below the fast-path threshold of " + path.fastPath().get().threshold().in(compared.get().currency()).get())
          + " and every fast-path criterion holds (" + codes(plan.fastPathCriteria()) + ")";
      case FOUR_EYES -> "Four-eyes review of " + subject + " (SOD-04): above the four-eyes threshold of "
          + path.fourEyesThreshold().in(compared.get().currency()).get()
          + ", two distinct persons must approve, the decider and a second approver"
          + agreeing(plan.accountability().agree().map(this::holder));
      case STANDARD -> "Full review of " + subject + ": " + whyNotFast(plan, path, compared);
    });
    if (plan.codes().contains(ReviewCode.SPLIT_REQUEST)) {
      out.append("; the total includes the related requests ").append(plan.related().mkString(", "))
          .append(" of the same partner and program (SOD-08)");
    }
    if (plan.sequential()) {
      out.append("; ").append(levels(plan)).append(", in that order");
    }
    out.append(". ");
    plan.steps().forEachWithIndex((step, i) -> out.append("Step ").append(i + 1).append(": ")
        .append(holder(step.reviewer())).append(step.criteria().isEmpty() ? "" : " checks " + results(step.criteria()))
        .append(", due ").append(step.due()).append(". "));
    out.append(plan.accountability().decider().<String>fold(
        d -> "Decider: " + holder(d.holder()) + ", under right " + d.right() + d.via().map(v -> " by delegation " + v).getOrElse(""),
        n -> "Decider: nobody, " + n.reason() + " (default deny)")).append('.');
    return out.toString();
  }

  /** " such as Ana or Ben, who must agree", or nothing when no Agree right covers the request. */
  private static String agreeing(Seq<String> agree) {
    return agree.isEmpty() ? "" : " such as " + (agree.size() == 1 ? agree.head()
        : agree.init().mkString(", ") + " or " + agree.last()) + ", who must agree";
  }

  private String whyNotFast(ReviewPlan plan, ReviewPath path, Option<Money> compared) {
    if (path.fastPath().isEmpty()) {
      return "review path " + path.id() + " has no fast path";
    }
    Seq<String> reasons = plan.fastPathCriteria().filter(r -> !r.met())
        .map(r -> r.criterion() + " does not hold (" + r.explanation() + ")");
    for (Money total : compared.filter(t -> !path.fastPath().get().admits(t).getOrElse(false))) {
      reasons = reasons.prepend(total + " is not below the fast-path threshold of "
          + path.fastPath().get().threshold().in(total.currency()).get());
    }
    return reasons.mkString("; ");
  }

  private static String codes(Seq<CriterionResult> results) {
    return results.map(CriterionResult::criterion).mkString(", ");
  }

  private static String results(Seq<CriterionResult> results) {
    return results.map(r -> r.criterion() + (r.met() ? " (met)" : " (not met: " + r.explanation() + ")")).mkString(", ");
  }

  String decision(ReviewCase after, DecisionRecord record, RequestFacts facts) {
    String who = person(record.decider());
    String under = record.right().map(r -> " under right " + r + record.delegation().map(d -> " by delegation " + d).getOrElse(""))
        .getOrElse("") + record.approvalLevel().map(l -> " at the " + l + " level").getOrElse("");
    String head = switch (record.verdict()) {
      case APPROVE -> "Approved by " + who + under;
      case APPROVE_WITH_CONDITIONS -> "Approved with conditions (" + record.conditions().mkString("; ") + ") by " + who + under;
      case REJECT -> "Rejected by " + who + under;
      case REQUEST_INFORMATION -> who + " asked for more information" + under;
    };
    String next = after.state().fold(
        a -> " The request must be routed again.",
        r -> " " + r.approvals().size() + " of " + r.plan().requiredApprovals() + " approvals; " + (r.plan().sequential()
            ? "the " + next(r) + " level approves next." : "a second, distinct approver is required (SOD-04)."),
        i -> " The requester answers by amending the request.",
        c -> " The " + type(facts.request()) + " is " + c.outcome().name().toLowerCase(Locale.ROOT) + ".");
    String evidence = record.evidence().isEmpty() ? "" : " Evidence cited: " + record.evidence().mkString(", ") + ".";
    String rationale = record.rationale().getOrElse("");
    return head + ": " + rationale + (endsSentence(rationale) ? "" : ".") + next + evidence;
  }

  /** The level a sequential plan's next approval fills: the first whose approvals are not all in. */
  private static String next(CaseState.InReview review) {
    int before = 0;
    for (PlannedLevel level : review.plan().levels()) {
      before += level.required();
      if (before > review.approvals().size()) {
        return level.name();
      }
    }
    return review.plan().levels().last().name();
  }

  /** Whether the text already ends its sentence. */
  private static boolean endsSentence(String text) {
    return text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
  }
}
