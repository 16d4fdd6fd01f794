package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;
import org.immutables.value.Value;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;

/**
 * A deviation or decision that needs review before it is granted: one of the four exception
 * requests (a {@link FundRequest}, an {@link IncentiveException}, a {@link Commitment} to a
 * customer, a {@link ReadinessClaim}), or a request for one of the other decisions: a
 * {@link TierChange}, an {@link EscalationResolution} or a {@link HostDecision} of a type the host
 * defines. All seven are routed, decided and recorded the same way, under the same approval rules.
 * Every request has a requester, a partner, a rationale and the activity records it cites. Its
 * lifecycle (submitted, amended, approved...) is not part of the request itself.
 */
public sealed interface ExceptionRequest permits FundRequest, IncentiveException, Commitment,
    ReadinessClaim, TierChange, EscalationResolution, HostDecision {

  /** {@return the stable id} */
  RequestId id();

  /** {@return the person who asks for the exception} */
  PersonId requester();

  /** {@return the partner the exception is for} */
  PartnerId partner();

  /** {@return the program the request belongs to, if any} */
  @Value.Default
  default Option<ProgramId> program() {
    return Option.none();
  }

  /** {@return the region the request belongs to, if any} */
  @Value.Default
  default Option<Region> region() {
    return Option.none();
  }

  /** {@return why the requester asks for the exception; never blank} */
  String rationale();

  /** {@return the activity records the request cites as evidence; empty by default} */
  @Value.Default
  default Seq<ActivityRecordId> cited() {
    return List.empty();
  }

  /** {@return when the request was submitted} */
  Instant submittedAt();

  /**
   * {@return the kind of decision the request asks for: the built-in type of its kind, or a host
   * decision's own type}
   */
  default DecisionType decisionType() {
    return fold(f -> DecisionType.FUND_ALLOCATION, i -> DecisionType.INCENTIVE_EXCEPTION,
        c -> DecisionType.CUSTOMER_COMMITMENT, r -> DecisionType.READINESS_CLAIM,
        t -> DecisionType.TIER_CHANGE, e -> DecisionType.ESCALATION_RESOLUTION, HostDecision::hostType);
  }

  /**
   * {@return the money at stake: the amount asked for by a fund request or an incentive exception,
   * the value of a commitment or a host decision if it has one; none for a readiness claim, a tier
   * change or an escalation resolution}
   */
  default Option<Money> amount() {
    return fold(f -> Option.some(f.requestedAmount()), i -> Option.some(i.requestedAmount()),
        Commitment::value, r -> Option.none(), t -> Option.none(), e -> Option.none(), HostDecision::value);
  }

  /**
   * Handles each kind of request; the compiler makes sure all seven are handled.
   *
   * @param <R> the type of the answer
   * @param ifFund the function that answers for a fund request
   * @param ifIncentive the function that answers for an incentive exception
   * @param ifCommitment the function that answers for a customer commitment
   * @param ifReadiness the function that answers for a readiness claim
   * @param ifTierChange the function that answers for a tier change
   * @param ifEscalation the function that answers for an escalation resolution
   * @param ifHost the function that answers for a host decision
   * @return what the function for this request's kind answers
   */
  default <R> R fold(Function<? super FundRequest, ? extends R> ifFund,
      Function<? super IncentiveException, ? extends R> ifIncentive,
      Function<? super Commitment, ? extends R> ifCommitment,
      Function<? super ReadinessClaim, ? extends R> ifReadiness,
      Function<? super TierChange, ? extends R> ifTierChange,
      Function<? super EscalationResolution, ? extends R> ifEscalation,
      Function<? super HostDecision, ? extends R> ifHost) {
    if (this instanceof FundRequest fund) {
      return ifFund.apply(fund);
    }
    if (this instanceof IncentiveException incentive) {
      return ifIncentive.apply(incentive);
    }
    if (this instanceof Commitment commitment) {
      return ifCommitment.apply(commitment);
    }
    if (this instanceof ReadinessClaim readiness) {
      return ifReadiness.apply(readiness);
    }
    if (this instanceof TierChange tierChange) {
      return ifTierChange.apply(tierChange);
    }
    return this instanceof EscalationResolution resolution
        ? ifEscalation.apply(resolution)
        : ifHost.apply((HostDecision) this);
  }
}
