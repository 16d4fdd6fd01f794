package org.partnergov.testkit;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.ConflictOfInterest;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.TierChange;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.decision.Decider;
import org.partnergov.rules.review.CaseEvent;
import org.partnergov.rules.review.CaseState;
import org.partnergov.rules.review.DecisionAttempt;
import org.partnergov.rules.review.Lane;
import org.partnergov.rules.review.PlannedStep;
import org.partnergov.rules.review.ReviewCase;
import org.partnergov.rules.review.ReviewCode;
import org.partnergov.rules.review.ReviewPolicy;

/**
 * A naive reference for {@code ExceptionReview.decide}, written from the rules listed on the
 * class Javadoc of {@code ExceptionReview} and the issue, not from its code: every lookup is a
 * linear scan over the snapshot's lists, nothing is indexed or cached. Who decides comes from
 * {@link DecisionIndexProperties#reference}, the naive reference of accountability (itself a
 * plain loop over the matrix).
 */
final class DecideReference {

  private DecideReference() {}

  /** Under which right and for which principal a person approves; {@code decides} false for an Agree right. */
  record Authority(DecisionRightId right, Option<DelegationId> via, PersonId principal, boolean decides) {}

  /** What the reference expects: the codes broken, or the record, the event's principal and the state after. */
  record Outcome(Set<ReviewCode> violated, Option<DecisionRecord> record, Option<PersonId> principal,
      Option<CaseState> after) {
    boolean accepted() {
      return violated.isEmpty();
    }
  }

  // ---------------------------------------------------------------- lookups by linear scan

  static Option<Person> person(EcosystemParts p, PersonId id) {
    for (Person x : p.persons()) {
      if (x.id().equals(id)) {
        return Option.some(x);
      }
    }
    return Option.none();
  }

  static Option<Partner> partner(EcosystemParts p, ExceptionRequest r) {
    for (Partner x : p.partners()) {
      if (x.id().equals(r.partner())) {
        return Option.some(x);
      }
    }
    return Option.none();
  }

  static boolean holds(EcosystemParts p, PersonId id, Holder holder) {
    if (holder instanceof Holder.NamedPerson n) {
      return n.person().equals(id);
    }
    Option<Person> x = person(p, id);
    if (x.isEmpty()) {
      return false;
    }
    if (holder instanceof Holder.ByRole r) {
      return x.get().roles().contains(r.role());
    }
    return x.get().affiliation().equals(Affiliation.internal(((Holder.Team) holder).orgUnit()));
  }

  static boolean rejectedBefore(EcosystemParts p, ExceptionRequest r) {
    for (DecisionRecord d : p.decisionRecords()) {
      if (d.request().equals(r.id()) && d.verdict() == Verdict.REJECT) {
        return true;
      }
    }
    return false;
  }

  static boolean approvedBefore(EcosystemParts p, ExceptionRequest r) {
    for (DecisionRecord d : p.decisionRecords()) {
      if (d.request().equals(r.id()) && d.verdict().isApproval()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The amount counted in the currency at the policy's rate for the request's submission day (UTC),
   * rounded half to even to the currency's decimals: itself in its own currency, none without a rate.
   */
  static Option<Money> counted(ReviewPolicy policy, ExceptionRequest request, Money amount, java.util.Currency into) {
    if (amount.currency().equals(into)) {
      return Option.some(amount);
    }
    if (policy.exchangeRates().isEmpty()) {
      return Option.none();
    }
    java.time.LocalDate day = request.submittedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    Option<org.partnergov.model.money.ExchangeRate> rate = policy.exchangeRates().get().rate(amount.currency(), into, day);
    return rate.map(r -> new Money(amount.amount().multiply(r.rate())
        .setScale(Math.max(into.getDefaultFractionDigits(), 0), java.math.RoundingMode.HALF_EVEN), into));
  }

  /** The code of an amount that could not be counted: REV-04 without exchange rates, REV-08 without the rate. */
  static ReviewCode uncountedCode(ReviewPolicy policy) {
    return policy.exchangeRates().isEmpty() ? ReviewCode.CURRENCY_MISMATCH : ReviewCode.NO_EXCHANGE_RATE;
  }

  /** The other requests of the same type, partner and program within the window, not rejected, with an amount. */
  static Seq<ExceptionRequest> near(EcosystemParts p, ReviewPolicy policy, ExceptionRequest request) {
    List<ExceptionRequest> out = List.empty();
    if (request.amount().isEmpty()) {
      return out;
    }
    for (ExceptionRequest r : p.requests()) {
      boolean same = !r.id().equals(request.id()) && r.decisionType().equals(request.decisionType())
          && r.partner().equals(request.partner()) && r.program().equals(request.program()) && r.amount().isDefined();
      boolean close = java.time.Duration.between(r.submittedAt(), request.submittedAt()).abs()
          .compareTo(policy.aggregationWindow()) <= 0;
      if (same && close && !rejectedBefore(p, r)) {
        out = out.append(r);
      }
    }
    return out;
  }

  /** The other requests whose amounts add up with this one (SOD-08): near it, and counted in its currency. */
  static Seq<ExceptionRequest> related(EcosystemParts p, ReviewPolicy policy, ExceptionRequest request) {
    return near(p, policy, request).filter(r ->
        counted(policy, request, r.amount().get(), request.amount().get().currency()).isDefined());
  }

  /** The requests near this one whose amounts no rate counts in its currency. */
  static Seq<ExceptionRequest> uncounted(EcosystemParts p, ReviewPolicy policy, ExceptionRequest request) {
    return near(p, policy, request).filter(r ->
        counted(policy, request, r.amount().get(), request.amount().get().currency()).isEmpty());
  }

  /** The request's amount plus its related requests' amounts, counted in its currency; none without an amount. */
  static Option<Money> total(EcosystemParts p, ReviewPolicy policy, ExceptionRequest request) {
    if (request.amount().isEmpty()) {
      return Option.none();
    }
    java.util.Currency currency = request.amount().get().currency();
    BigDecimal sum = request.amount().get().amount();
    for (ExceptionRequest r : related(p, policy, request)) {
      sum = sum.add(counted(policy, request, r.amount().get(), currency).get().amount());
    }
    return Option.some(new Money(sum, currency));
  }

  static DecisionContext context(EcosystemParts p, ExceptionRequest r, Option<Money> amount) {
    Option<Partner> partner = partner(p, r);
    return new DecisionContext(r.decisionType(), r.program(), r.region(), partner.map(Partner::tier),
        partner.map(Partner::type), amount);
  }

  static Accountability accountability(EcosystemParts p, ExceptionRequest r, Option<Money> amount, Instant at) {
    return DecisionIndexProperties.reference(p.matrix(), p.persons(), context(p, r, amount), at);
  }

  static DecisionRight right(EcosystemParts p, DecisionRightId id) {
    return p.matrix().rights().find(x -> x.id().equals(id)).get();
  }

  static Delegation delegation(EcosystemParts p, DelegationId id) {
    return p.matrix().delegations().find(x -> x.id().equals(id)).get();
  }

  /** The delegate of the delegation that applies decides for the delegator; the holder of the right (in person, by role or team) decides for themselves. */
  static Option<Authority> authority(EcosystemParts p, PersonId reviewer, Accountability a) {
    if (!(a.decider() instanceof Decider.Decided d)) {
      return Option.none();
    }
    DecisionRight right = right(p, d.right());
    if (d.via().isDefined() && d.holder().equals(Holder.person(reviewer))) {
      return Option.some(new Authority(right.id(), d.via(), delegation(p, d.via().get()).delegator(), true));
    }
    if (holds(p, reviewer, right.holder())) {
      return Option.some(new Authority(right.id(), Option.none(), reviewer, true));
    }
    return Option.none();
  }

  /**
   * Why the reviewer may approve the case's request at the instant: the Decide right over its
   * total (or a delegation of it), or on a four-eyes review an Agree right over it.
   */
  static Option<Authority> standing(EcosystemParts p, ReviewPolicy policy, ReviewCase reviewCase, PersonId reviewer,
      Instant at) {
    ExceptionRequest request = reviewCase.request();
    Accountability a = accountability(p, request, total(p, policy, request), at);
    Option<Authority> decides = authority(p, reviewer, a);
    if (!(reviewCase.state() instanceof CaseState.InReview r) || r.plan().lane() != Lane.FOUR_EYES) {
      return decides;
    }
    // once the decider approved, a delegate whose delegator it was may still agree in their own name
    boolean deciderApproved = r.approvals().exists(x -> byDecider(p, x));
    boolean principalApproved = decides.isDefined() && r.approvals().exists(x -> x.principal().equals(decides.get().principal()));
    return decides.isEmpty() || deciderApproved && principalApproved ? agreement(p, reviewer, a).orElse(decides) : decides;
  }

  /** A rejection or request for information stands by the Decide right, or on a four-eyes review by an Agree right. */
  static Option<Authority> standingToReject(EcosystemParts p, ReviewPolicy policy, ReviewCase reviewCase,
      PersonId reviewer, Instant at) {
    ExceptionRequest request = reviewCase.request();
    Accountability a = accountability(p, request, total(p, policy, request), at);
    boolean fourEyes = reviewCase.state() instanceof CaseState.InReview r && r.plan().lane() == Lane.FOUR_EYES;
    Option<Authority> decides = authority(p, reviewer, a);
    return decides.isDefined() || !fourEyes ? decides : agreement(p, reviewer, a);
  }

  /** Whether the earlier approval was given under a Decide right. */
  static boolean byDecider(EcosystemParts p, CaseEvent.Approved earlier) {
    return earlier.record().right().exists(id -> right(p, id).role() == RapidRole.DECIDE);
  }

  /** On a four-eyes review, the first matched Agree right (by id) the reviewer holds makes them a second approver. */
  static Option<Authority> agreement(EcosystemParts p, PersonId reviewer, Accountability a) {
    for (DecisionRightId id : a.matched()) {
      DecisionRight r = right(p, id);
      if (r.role() == RapidRole.AGREE && holds(p, reviewer, r.holder())) {
        return Option.some(new Authority(id, Option.none(), reviewer, false));
      }
    }
    return Option.none();
  }

  // ---------------------------------------------------------------- the reference

  static Outcome decide(EcosystemSnapshot snapshot, ReviewPolicy policy, ReviewCase reviewCase, DecisionAttempt attempt) {
    EcosystemParts p = snapshot.parts();
    ExceptionRequest request = reviewCase.request();
    PersonId reviewer = attempt.reviewer();
    Set<ReviewCode> v = EnumSet.noneOf(ReviewCode.class);
    CaseState state = reviewCase.state();
    CaseState.InReview review = state instanceof CaseState.InReview r ? r : null;

    // every verdict
    if (review == null) {
      v.add(ReviewCode.CASE_NOT_OPEN);
    }
    Instant last = reviewCase.events().get(reviewCase.events().size() - 1).at();
    if (attempt.at().isBefore(last) || attempt.at().isBefore(request.submittedAt())) {
      v.add(ReviewCode.CASE_NOT_OPEN);
    }
    if (attempt.rationale().isEmpty() || attempt.rationale().get().isBlank()) {
      v.add(ReviewCode.RATIONALE_MISSING);
    }
    boolean withConditions = attempt.verdict() == Verdict.APPROVE_WITH_CONDITIONS;
    if (withConditions && attempt.conditions().isEmpty() || !withConditions && !attempt.conditions().isEmpty()) {
      v.add(ReviewCode.CONDITIONS_MISMATCH);
    }
    if (person(p, reviewer).isEmpty()) {
      v.add(ReviewCode.UNKNOWN_REVIEWER);
    }
    Option<Money> total = total(p, policy, request);
    Option<Authority> authority = attempt.verdict().isApproval() ? standing(p, policy, reviewCase, reviewer, attempt.at())
        : standingToReject(p, policy, reviewCase, reviewer, attempt.at());

    if (attempt.verdict().isApproval()) {
      if (reviewer.equals(request.requester())) {
        v.add(ReviewCode.SELF_APPROVAL);
      }
      if (reviewCase.amenders().contains(reviewer)) {
        v.add(ReviewCode.AMENDER_APPROVES);
      }
      if (authority.isEmpty()) {
        boolean aggregated = !related(p, policy, request).isEmpty();
        boolean alone = authority(p, reviewer, accountability(p, request, request.amount(), attempt.at())).isDefined();
        v.add(aggregated && alone ? ReviewCode.SPLIT_REQUEST : ReviewCode.NO_DECIDE_RIGHT);
      }
      Option<Partner> partner = partner(p, request);
      if (partner.exists(x -> x.relationshipOwner().equals(reviewer))) {
        v.add(ReviewCode.RELATIONSHIP_APPROVAL);
      }
      for (ConflictOfInterest c : p.conflicts()) {
        if (c.person().equals(reviewer) && c.partner().equals(request.partner())) {
          v.add(ReviewCode.RELATIONSHIP_APPROVAL);
        }
      }
      if (partner.exists(x -> x.status() == PartnerStatus.SUSPENDED || x.status() == PartnerStatus.TERMINATED)
          || request.program().exists(policy.frozenPrograms()::contains)) {
        v.add(ReviewCode.PROHIBITED);
      }
      if (authority.isDefined() && authority.get().via().isDefined() && unbounded(p, authority.get())) {
        v.add(ReviewCode.UNBOUNDED_DELEGATION);
      }
      if (review != null) {
        boolean deciderIn = authority.exists(Authority::decides);
        for (CaseEvent.Approved earlier : review.approvals()) {
          if (earlier.record().decider().equals(reviewer)
              || authority.isDefined() && authority.get().principal().equals(earlier.principal())) {
            v.add(ReviewCode.FOUR_EYES);
          }
          deciderIn |= byDecider(p, earlier);
        }
        if (authority.isDefined() && !deciderIn && review.approvals().size() + 1 >= review.plan().requiredApprovals()) {
          v.add(ReviewCode.FOUR_EYES);
        }
      }
      v.addAll(caps(p, policy, request));
      if (request.amount().isDefined() && !uncounted(p, policy, request).isEmpty()) {
        v.add(uncountedCode(policy));
      }
      if (request instanceof ReadinessClaim && !qualifyingEvidence(p, policy, request)) {
        v.add(ReviewCode.READINESS_WITHOUT_EVIDENCE);
      }
    } else if (authority.isEmpty() && review != null) {
      boolean onPlan = false;
      for (PlannedStep step : review.plan().steps()) {
        onPlan = onPlan || holds(p, reviewer, step.reviewer());
      }
      if (!onPlan) {
        v.add(ReviewCode.NO_DECIDE_RIGHT);
      }
    }
    if (!v.isEmpty()) {
      return new Outcome(v, Option.none(), Option.none(), Option.none());
    }

    DecisionRecord record = DecisionRecord.builder().id(attempt.id()).subject(request instanceof TierChange t
            ? new DecisionSubject.OfTierChange(request.id(), t.partner(), t.tier()) : DecisionSubject.of(request.id()))
        .decisionType(request.decisionType()).decider(reviewer).verdict(attempt.verdict()).decidedAt(attempt.at())
        .right(authority.map(Authority::right)).delegation(authority.flatMap(Authority::via))
        .rationale(attempt.rationale()).conditions(attempt.conditions())
        .criteriaResults(review.plan().criteriaResults()).evidence(request.cited())
        .reviewPath(Option.some(review.plan().path())).build();
    CaseState after;
    Option<PersonId> principal = Option.none();
    if (attempt.verdict().isApproval()) {
      principal = Option.some(authority.get().principal());
      Seq<CaseEvent.Approved> approvals = review.approvals().append(new CaseEvent.Approved(record, principal.get()));
      after = approvals.size() >= review.plan().requiredApprovals()
          ? new CaseState.Closed(CaseState.Outcome.APPROVED, attempt.at(), approvals.map(CaseEvent.Approved::record))
          : new CaseState.InReview(review.plan(), approvals);
    } else if (attempt.verdict() == Verdict.REJECT) {
      after = new CaseState.Closed(CaseState.Outcome.REJECTED, attempt.at(), List.of(record));
    } else {
      after = new CaseState.AwaitingInformation(record);
    }
    return new Outcome(v, Option.some(record), principal, Option.some(after));
  }

  /** SOD-07: no end; a limit that lets the delegate decide what the delegator's band does not; a delegator who holds the type by delegation. */
  static boolean unbounded(EcosystemParts p, Authority authority) {
    Delegation d = delegation(p, authority.via().get());
    DecisionRight right = right(p, authority.right());
    if (d.scope().validity().end().isEmpty()) {
      return true;
    }
    if (right.scope().amountBand().isDefined() && right.scope().amountBand().get().upper().isDefined()) {
      Money upper = right.scope().amountBand().get().upper().get();
      if (d.limit().isEmpty() || d.limit().get().amount().compareTo(upper.amount()) >= 0) {
        return true;
      }
    }
    for (Delegation other : p.matrix().delegations()) {
      if (other.decisionType().equals(d.decisionType()) && other.delegate().equals(d.delegator())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SOD-09: own amount plus approved amounts over a cap, each counted in the cap's currency; one that
   * cannot be counted is REV-04 (no exchange rates) or REV-08 (no rate), and the rest still count.
   */
  static Set<ReviewCode> caps(EcosystemParts p, ReviewPolicy policy, ExceptionRequest request) {
    Set<ReviewCode> out = EnumSet.noneOf(ReviewCode.class);
    if (request.amount().isEmpty()) {
      return out;
    }
    Money own = request.amount().get();
    if (request.program().isDefined() && policy.programCaps().containsKey(request.program().get())) {
      Money cap = policy.programCaps().get(request.program().get()).get();
      out.addAll(cap(p, policy, own, cap, request, true));
    }
    if (policy.partnerCaps().containsKey(request.partner())) {
      out.addAll(cap(p, policy, own, policy.partnerCaps().get(request.partner()).get(), request, false));
    }
    return out;
  }

  private static Set<ReviewCode> cap(EcosystemParts p, ReviewPolicy policy, Money own, Money cap,
      ExceptionRequest request, boolean byProgram) {
    Set<ReviewCode> out = EnumSet.noneOf(ReviewCode.class);
    List<Money> amounts = List.of(own);
    for (ExceptionRequest r : p.requests()) {
      boolean same = byProgram ? r.program().equals(request.program()) : r.partner().equals(request.partner());
      if (same && !r.id().equals(request.id()) && approvedBefore(p, r) && r.amount().isDefined()) {
        amounts = amounts.append(r.amount().get());
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Money amount : amounts) {
      Option<Money> counted = counted(policy, request, amount, cap.currency());
      if (counted.isEmpty()) {
        out.add(uncountedCode(policy));
      } else {
        sum = sum.add(counted.get().amount());
      }
    }
    if (sum.compareTo(cap.amount()) > 0) {
      out.add(ReviewCode.FUND_CAP_EXCEEDED);
    }
    return out;
  }

  /** SOD-13: a cited record of the partner that counts as value and that the partner did not only report itself. */
  static boolean qualifyingEvidence(EcosystemParts p, ReviewPolicy policy, ExceptionRequest request) {
    for (ActivityRecordId id : request.cited()) {
      for (ActivityRecord a : p.activities()) {
        if (a.id().equals(id) && a.partner().equals(request.partner()) && a.provenance() != Provenance.SELF_REPORTED
            && policy.evidenceClass().apply(a).exists(EvidenceClass::countsAsValue)) {
          return true;
        }
      }
    }
    return false;
  }
}
