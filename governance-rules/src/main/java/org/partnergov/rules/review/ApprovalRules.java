package org.partnergov.rules.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.StableCode;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.Verdict;

/**
 * The built-in {@linkplain ApprovalRule approval rules}, one constant per rule, and
 * {@link #builtIn()} listing them all. Each constant's Javadoc says which verdicts it looks at.
 */
public final class ApprovalRules {

  private ApprovalRules() {}

  /** SOD-11, every verdict: only a case in review is decided, and not before its last event. */
  public static final ApprovalRule onlyOpenCasesAreDecided = ApprovalRule.of(ReviewCode.CASE_NOT_OPEN, f -> {
    Seq<String> out = f.review().isEmpty()
        ? List.of("the case is " + f.reviewCase().state().describe() + ", not in review") : List.empty();
    var at = f.attempt().at();
    var request = f.exceptionRequest();
    return at.isBefore(f.reviewCase().lastEventAt()) ? out.append("the decision is dated " + at + ", before "
        + (at.isBefore(request.submittedAt()) ? "the request was submitted at " + request.submittedAt()
            : "the case's last event at " + f.reviewCase().lastEventAt())) : out;
  });

  /** REV-01, every verdict: a rationale is given. */
  public static final ApprovalRule rationaleRequired = ApprovalRule.of(ReviewCode.RATIONALE_MISSING,
      f -> f.attempt().rationale().isEmpty() ? List.of(f.who() + " gave no rationale; every verdict needs one")
          : List.empty());

  /** REV-02, every verdict: an approval with conditions names them, and no other verdict has any. */
  public static final ApprovalRule conditionsFitTheVerdict = ApprovalRule.of(ReviewCode.CONDITIONS_MISMATCH, f -> {
    boolean conditional = f.attempt().verdict() == Verdict.APPROVE_WITH_CONDITIONS;
    return conditional != f.attempt().conditions().isEmpty() ? List.empty() : List.of(conditional
        ? "an approval with conditions must name its conditions"
        : "only an approval with conditions has conditions, the verdict is " + f.say.verdict(f.attempt().verdict()));
  });

  /** REV-05, every verdict: the reviewer is a person the ecosystem knows. */
  public static final ApprovalRule reviewerIsKnown = ApprovalRule.of(ReviewCode.UNKNOWN_REVIEWER,
      f -> f.reviewer().isDefined() ? List.empty()
          : List.of("the reviewer " + f.attempt().reviewer() + " is not a person the ecosystem knows"));

  /** SOD-01, approvals: the requester never approves their own request. */
  public static final ApprovalRule requesterNeverApproves = ApprovalRule.of(ReviewCode.SELF_APPROVAL,
      f -> f.isApproval() && f.attempt().reviewer().equals(f.exceptionRequest().requester())
          ? List.of(f.who() + " requested this " + f.say.type(f.exceptionRequest()) + " and cannot approve it")
          : List.empty());

  /** SOD-02, approvals: whoever amended the request after submission does not approve it. */
  public static final ApprovalRule amenderNeverApproves = ApprovalRule.of(ReviewCode.AMENDER_APPROVES,
      f -> f.isApproval() && f.reviewCase().amenders().contains(f.attempt().reviewer())
          ? List.of(f.who() + " amended the request after submission and cannot approve it") : List.empty());

  /**
   * SOD-03: an approver stands by a right in force at decision time at an approval level of the
   * plan (the Decide right over the request's total, or on a four-eyes review an Agree right; on a
   * path with approval levels, the Decide right of a level's decision type), and a recorded
   * approval cites that right; a rejection or request for information comes from someone with
   * standing at any level or a reviewer of a step of the plan. An approver who would decide the
   * request alone but not its total is left to {@link #splitsAddUp}; one whose level is filled or
   * not reached yet, to {@link #fourEyesAreDistinct} and {@link #levelsApproveInOrder}.
   */
  public static final ApprovalRule deciderHoldsTheRight = ApprovalRule.of(ReviewCode.NO_DECIDE_RIGHT, f -> {
    // the decider's sentence is written only for a violation: a clean verdict builds no text
    if (!f.isApproval()) {
      boolean onPlan = f.review()
          .forAll(r -> r.plan().steps().exists(s -> f.reviewer().exists(s.reviewer()::includes)));
      return f.standing().isEmpty() && !onPlan ? List.of(f.who()
          + " neither holds Decide over this request nor reviews a step of its plan; "
          + f.say.decider(f.accountability())) : List.empty();
    }
    if (f.standing().isEmpty()) {
      return f.blockedLevel().isDefined() || f.request().isAggregated() && f.standingAlone().isDefined() ? List.empty()
          : List.of(f.who() + " holds no Decide right in force over " + f.say.subject(f.request()) + " at "
              + f.attempt().at() + "; " + f.review().filter(r -> r.plan().sequential())
                  .map(r -> f.say.levels(r.plan())).getOrElse(() -> f.say.decider(f.accountability())));
    }
    return f.citedRight().filter(cited -> !cited.equals(f.standing().get().right())).map(cited -> f.who()
        + " cites right " + cited + ", which does not give them this decision; " + f.say.decider(f.accountability()))
        .toList();
  });

  /** SOD-08, approvals: an approver who may decide the request alone but not its total with the related requests. */
  public static final ApprovalRule splitsAddUp = ApprovalRule.of(ReviewCode.SPLIT_REQUEST,
      f -> f.isApproval() && f.standing().isEmpty() && f.blockedLevel().isEmpty() && f.request().isAggregated()
          && f.standingAlone().isDefined()
          ? List.of(f.who() + " may decide " + f.say.money(f.exceptionRequest().amount()) + " alone, but with the "
              + "related requests " + f.request().related().mkString(", ") + " the total is "
              + f.say.money(f.request().total()) + "; " + f.say.decider(f.accountability()))
          : List.empty());

  /**
   * SOD-04, approvals: the approvals of one case come from distinct principals (a delegate and the
   * delegator count once), and an approval does not go to a level someone else already filled:
   * a four-eyes review is not closed by two Agree holders, nor by the second approver alone.
   */
  public static final ApprovalRule fourEyesAreDistinct = ApprovalRule.of(ReviewCode.FOUR_EYES, f -> {
    if (!f.isApproval() || f.review().isEmpty()) {
      return List.empty();
    }
    PersonId reviewer = f.attempt().reviewer();
    Seq<String> out = f.review().get().approvals().filter(e -> e.record().decider().equals(reviewer)
            || f.standing().exists(s -> s.principal().equals(e.principal())))
        .map(e -> f.say.person(e.record().decider()) + " already approved" + (e.record().decider().equals(reviewer) ? ""
            : e.record().decider().equals(e.principal()) ? ", and " + f.who() + " would approve for them by delegation"
            : " for the same principal, " + f.say.person(e.principal())) + "; a second, distinct approver is required");
    return out.isEmpty() && f.standing().isEmpty() && f.blockedLevel().exists(l -> filled(f, l))
        ? out.append(taken(f, f.blockedLevel().get())) : out;
  });

  /** Whether the level the reviewer fits is filled already, or by the reviewer (rather than not reached yet). */
  private static boolean filled(ApprovalFacts f, PlannedLevel level) {
    return f.blockedBy().size() >= level.required() || f.blockedBy().contains(f.attempt().reviewer());
  }

  private static String taken(ApprovalFacts f, PlannedLevel level) {
    String by = f.blockedBy().map(f.say::person).mkString(" and ");
    return level.onPath()
        ? f.who() + " may only approve at the " + level.name() + " level, which " + by + " already filled"
        : f.who() + " may only be the second approver, which " + by + " already is; "
            + f.say.decider(f.accountability()) + " and must approve too";
  }

  /** REV-07, approvals: the approval levels of a path approve in order. */
  public static final ApprovalRule levelsApproveInOrder = ApprovalRule.of(ReviewCode.LEVEL_OUT_OF_ORDER,
      f -> f.isApproval() && f.standing().isEmpty() && f.blockedLevel().exists(l -> !filled(f, l))
          ? List.of(f.who() + " approves at the " + f.blockedLevel().get().name() + " level, which approves only after "
              + f.review().map(r -> r.plan().levels().takeWhile(l -> !l.equals(f.blockedLevel().get()))
                  .map(l -> "the " + l.name() + " level").mkString(" and ")).getOrElse("the levels before it"))
          : List.empty());

  /** SOD-05, approvals: neither the relationship owner nor anyone with a declared conflict approves. */
  public static final ApprovalRule relationshipOwnerNeverApproves =
      ApprovalRule.of(ReviewCode.RELATIONSHIP_APPROVAL, f -> {
    if (!f.isApproval()) {
      return List.empty();
    }
    PersonId reviewer = f.attempt().reviewer();
    Seq<String> out = f.request().partner().filter(p -> p.relationshipOwner().equals(reviewer))
        .map(p -> f.who() + " owns the relationship with " + p.name()).toList();
    return f.ledger().conflicted(reviewer, f.exceptionRequest().partner())
        ? out.append(f.who() + " declared a conflict of interest with " + f.request().partnerName()) : out;
  });

  /**
   * SOD-07, approvals by delegation: the delegation has an end, lasts no longer than the policy's
   * maximum, allows no more than the delegator's own band, and does not hand on a delegated right.
   */
  public static final ApprovalRule delegationsAreBounded = ApprovalRule.of(ReviewCode.UNBOUNDED_DELEGATION, f -> {
    if (!f.isApproval()) {
      return List.empty();
    }
    return f.standing().flatMap(s -> s.via().flatMap(f.ledger().delegations::get)
        .flatMap(d -> f.ledger().right(s.right()).map(r -> unbounded(f, d, r)))).getOrElse(List.empty());
  });

  private static Seq<String> unbounded(ApprovalFacts f, Delegation delegation, DecisionRight right) {
    String d = "delegation " + delegation.id() + " from " + f.say.person(delegation.delegator());
    List<String> out = List.empty();
    var validity = delegation.scope().validity();
    if (validity.isOpenEnded()) {
      out = out.append(d + " has no end");
    }
    for (Duration most : f.policy().maxDelegation()) {
      for (var end : validity.end().filter(e -> Duration.between(validity.start(), e).compareTo(most) > 0)) {
        out = out.append(d + " lasts " + Duration.between(validity.start(), end).toDays() + " days, longer than the "
            + most.toDays() + " days a delegation may last");
      }
    }
    for (Money upper : right.scope().amountBand().flatMap(b -> b.upper())) {
      if (delegation.limit().forAll(l -> l.isAtLeast(upper).getOrElse(true))) {
        out = out.append(d + " allows " + delegation.limit().map(l -> "up to " + l).getOrElse("any amount")
            + ", more than right " + right.id() + " lets the delegator decide (below " + upper + ")");
      }
    }
    return f.ledger().holdsByDelegation(delegation.decisionType(), delegation.delegator())
        ? out.append(d + " hands on a right " + f.say.person(delegation.delegator()) + " holds by delegation") : out;
  }

  /**
   * SOD-09, approvals: the approved total of the request's program and of its partner stays within
   * its cap, counted in the cap's currency: an amount in another (the request's, an approved
   * request's) is counted at the policy's exchange rate for the request's submission day; without
   * exchange rates it is {@code REV-04}, without the rate {@code REV-08}, never left out.
   */
  public static final ApprovalRule capsHold = new ApprovalRule() {
    @Override
    public StableCode code() {
      return ReviewCode.FUND_CAP_EXCEEDED;
    }

    @Override
    public Seq<Violation> check(ApprovalFacts f) {
      return caps(f).flatMap(CapCount::violations);
    }

    @Override
    public String toString() {
      return code().code();
    }
  };

  /** REV-08, approvals: every amount the approval rests on is counted; see {@link ReviewPolicy#withExchangeRates}. */
  public static final ApprovalRule amountsAreCounted = new ApprovalRule() {
    @Override
    public StableCode code() {
      return ReviewCode.NO_EXCHANGE_RATE;
    }

    @Override
    public Seq<Violation> check(ApprovalFacts f) {
      return f.isApproval() ? f.uncounted() : List.empty();
    }

    @Override
    public String toString() {
      return code().code();
    }
  };

  /** The amounts counted in other currencies against the caps of an approval, with a rate or not. */
  static Seq<Conversion> capConversions(ApprovalFacts f) {
    return caps(f).flatMap(CapCount::conversions);
  }

  /** One cap's count: what it breaks, and the amounts it counted in the cap's currency. */
  private record CapCount(Seq<Violation> violations, Seq<Conversion> conversions) {}

  /** The counts of the caps that apply to an approval of a request with an amount. */
  private static Seq<CapCount> caps(ApprovalFacts f) {
    ExceptionRequest request = f.exceptionRequest();
    if (!f.isApproval() || request.amount().isEmpty()) {
      return List.empty();
    }
    Option<Money> programCap = request.program().flatMap(p -> f.policy().programCaps().get(p));
    Option<Money> partnerCap = f.policy().partnerCaps().get(request.partner());
    if (programCap.isEmpty() && partnerCap.isEmpty()) {
      return List.empty();
    }
    Seq<ExceptionRequest> others = f.ledger().approved; // read only when a cap applies
    Seq<CapCount> out = programCap.map(cap -> count(f, cap, others.filter(r -> r.program().equals(request.program())
        && !r.id().equals(request.id())), "program " + f.say.program(request.program().get()))).toList();
    return out.appendAll(partnerCap.map(cap -> count(f, cap, others.filter(r -> r.partner().equals(request.partner())
        && !r.id().equals(request.id())), f.say.partner(request.partner()))));
  }

  private static CapCount count(ApprovalFacts f, Money cap, Seq<ExceptionRequest> approvedBefore, String whose) {
    Money own = f.exceptionRequest().amount().get();
    Exchange exchange = new Exchange(f.policy(), f.exceptionRequest());
    String against = "against the fund cap of " + whose + ", " + Explaining.amount(cap);
    List<Violation> problems = List.empty();
    List<Conversion> used = List.empty();
    BigDecimal sum = BigDecimal.ZERO;
    for (ExceptionRequest r : approvedBefore.sortBy(ExceptionRequest::id).prepend(f.exceptionRequest())) {
      Money amount = r.amount().getOrNull();
      if (amount == null) {
        continue;
      }
      if (amount.currency().equals(cap.currency())) {
        sum = sum.add(amount.amount());
        continue;
      }
      Conversion c = exchange.convert(amount, cap.currency());
      used = used.append(c);
      boolean mine = r == f.exceptionRequest();
      if (c.hasRate()) {
        sum = sum.add(c.counted().get().amount());
      } else if (mine && !exchange.withRates()) {
        problems = problems.append(new Violation(ReviewCode.CURRENCY_MISMATCH,
            "the request is in " + own.currency() + " but the fund cap of " + whose + " is " + cap));
      } else {
        problems = problems.append(Explaining.uncounted(c, exchange.withRates(), mine
            ? "the request's " + Explaining.amount(own) : "the approved request " + r.id() + " (" + Explaining.amount(amount) + ")",
            against));
      }
    }
    Seq<Conversion> counted = used.filter(Conversion::hasRate);
    if (sum.compareTo(cap.amount()) > 0) { // an amount left uncounted could only add to it
      problems = problems.append(new Violation(ReviewCode.FUND_CAP_EXCEEDED, "approving " + own
          + " takes the approved total of " + whose + " to " + new Money(sum, cap.currency()) + ", over its cap of " + cap
          + (counted.isEmpty() ? "" : " (" + counted.map(Explaining::counted).mkString("; ") + ")")));
    }
    return new CapCount(problems, used);
  }

  /**
   * SOD-10, approvals: a suspended or terminated partner, or a frozen program, is not approved,
   * whatever the rights.
   */
  public static final ApprovalRule prohibitionsWin = ApprovalRule.of(ReviewCode.PROHIBITED, f -> {
    if (!f.isApproval()) {
      return List.empty();
    }
    Seq<String> out = f.request().partner().filter(p -> p.status() == PartnerStatus.SUSPENDED
        || p.status() == PartnerStatus.TERMINATED)
        .map(p -> p.name() + " is " + p.status().name().toLowerCase(Locale.ROOT))
        .toList();
    return out.appendAll(f.exceptionRequest().program().filter(f.policy().frozenPrograms()::contains)
        .map(p -> "program " + f.say.program(p) + " is frozen"));
  });

  /**
   * SOD-13, approvals of readiness claims: performance or customer-impact evidence recorded by
   * someone other than the partner.
   */
  public static final ApprovalRule readinessNeedsIndependentEvidence =
      ApprovalRule.of(ReviewCode.READINESS_WITHOUT_EVIDENCE, f -> {
    if (!f.isApproval() || !(f.exceptionRequest() instanceof ReadinessClaim)) {
      return List.empty();
    }
    Seq<ActivityRecord> own = f.request().cited().filter(r -> r.partner().equals(f.exceptionRequest().partner()));
    Seq<ActivityRecord> value =
        own.filter(r -> f.policy().evidenceClass().apply(r).exists(EvidenceClass::countsAsValue));
    if (value.exists(r -> r.provenance() != Provenance.SELF_REPORTED)) {
      return List.empty();
    }
    String why = own.isEmpty() ? "cites no activity record of " + f.request().partnerName()
        : value.isEmpty() ? "cites only enablement or unclassified activity (" + ids(own) + ")"
        : "cites performance evidence only " + f.request().partnerName() + " reported itself (" + ids(value) + ")";
    return List.of("the readiness claim " + why
        + "; it needs qualifying performance or customer-impact evidence recorded by someone else");
  });

  private static String ids(Seq<ActivityRecord> records) {
    return records.map(r -> r.id().toString()).mkString(", ");
  }

  /** {@return every built-in rule, in the order of their codes} */
  public static Seq<ApprovalRule> builtIn() {
    return List.of(requesterNeverApproves, amenderNeverApproves, deciderHoldsTheRight, fourEyesAreDistinct,
        relationshipOwnerNeverApproves, delegationsAreBounded, splitsAddUp, capsHold, prohibitionsWin,
        onlyOpenCasesAreDecided, readinessNeedsIndependentEvidence, rationaleRequired, conditionsFitTheVerdict,
        reviewerIsKnown, levelsApproveInOrder, amountsAreCounted);
  }
}
