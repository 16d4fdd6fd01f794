package org.partnergov.rules.review;

import static org.partnergov.rules.review.ReviewFixture.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.Verdict;
import org.partnergov.model.time.Period;

/**
 * Helpers beside {@link ReviewFixture} for examples that need another decision-rights matrix: the
 * fixture's people plus Jo Berg (Partner Office, no role, no conflict), rights and delegations over
 * fund allocations, cases routed and decision records as a snapshot keeps them.
 */
final class ApprovalFixture {

  static final PersonId JO = new PersonId("jo");
  static final Instant ROUTED = T0.plus(Duration.ofHours(1));
  static final Instant LATER = T0.plus(Duration.ofHours(5));
  static final Period A_YEAR_AGO_ON = Period.from(T0.minus(Duration.ofDays(365)));

  static DecisionRight right(String id, Holder holder, RapidRole role) {
    return right(id, DecisionType.FUND_ALLOCATION, holder, role, Scope.any(A_YEAR_AGO_ON));
  }

  static DecisionRight right(String id, DecisionType type, Holder holder, RapidRole role, Scope scope) {
    return DecisionRight.builder().id(new DecisionRightId(id)).decisionType(type).holder(holder).role(role)
        .scope(scope).build();
  }

  static DecisionRight decide(String id, Holder holder) {
    return right(id, holder, RapidRole.DECIDE);
  }

  static DecisionRight agree(String id, Holder holder) {
    return right(id, holder, RapidRole.AGREE);
  }

  static DecisionRight decideBand(String id, Holder holder, AmountBand band) {
    return right(id, DecisionType.FUND_ALLOCATION, holder, RapidRole.DECIDE,
        Scope.builder().validity(A_YEAR_AGO_ON).amountBand(band).build());
  }

  static Delegation delegation(String id, PersonId from, PersonId to, Period box) {
    return Delegation.builder().id(new DelegationId(id)).decisionType(DecisionType.FUND_ALLOCATION)
        .delegator(from).delegate(to).scope(Scope.any(box)).build();
  }

  /** The fixture's parts with Jo Berg added to the people. */
  static EcosystemParts.Builder partsWithJo() {
    Seq<Person> people = snapshot(parts()).parts().persons().append(person(JO, "Jo Berg", PARTNERS));
    return parts().persons(people);
  }

  /** The fixture's parts, Jo Berg among the people, with the matrix of the rights and delegations. */
  static EcosystemParts.Builder partsWith(Seq<DecisionRight> rights, Seq<Delegation> delegations) {
    return partsWithJo().matrix(DecisionRightsMatrix.of(rights, delegations));
  }

  static ExceptionReview reviewWith(Seq<DecisionRight> rights) {
    return reviewWith(rights, List.empty(), ReviewPolicy.defaults());
  }

  static ExceptionReview reviewWith(Seq<DecisionRight> rights, Seq<Delegation> delegations, ReviewPolicy policy) {
    return ExceptionReview.of(snapshot(partsWith(rights, delegations)), policy);
  }

  /** The fixture's ecosystem (Jo Berg among the people) under the policy. */
  static ExceptionReview reviewUnder(ReviewPolicy policy) {
    return ExceptionReview.of(snapshot(partsWithJo()), policy);
  }

  static ReviewCase routed(ExceptionReview review, ExceptionRequest request) {
    return review.route(ReviewCase.submit(request), ROUTED).get();
  }

  static FundRequest requestedBy(PersonId requester, String id, String amount) {
    return FundRequest.builder().from(fund(id, ACME, amount)).requester(requester).build();
  }

  /** A decision record as a snapshot keeps it: along the fund path, citing the right given. */
  static DecisionRecord record(String id, ExceptionRequest request, PersonId decider, Verdict verdict, Instant at,
      Option<String> right) {
    return DecisionRecord.builder().id(new DecisionRecordId(id)).request(request.id())
        .decisionType(request.decisionType()).decider(decider).verdict(verdict).decidedAt(at)
        .right(right.map(DecisionRightId::new)).rationale(Option.some("fits the pilot plan"))
        .evidence(request.cited()).reviewPath(Option.some(FUND_PATH.id())).build();
  }

  private ApprovalFixture() {}
}
