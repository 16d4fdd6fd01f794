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
 * A deviation that needs review before it is granted: a {@link FundRequest}, an
 * {@link IncentiveException}, a {@link Commitment} to a customer or a {@link ReadinessClaim}.
 * Every request has a requester, a partner, a rationale and the activity records it cites. Its
 * lifecycle (submitted, amended, approved...) is not part of the request itself.
 */
public sealed interface ExceptionRequest
    permits FundRequest, IncentiveException, Commitment, ReadinessClaim {

  /** The stable id. */
  RequestId id();

  /** The person who asks for the exception. */
  PersonId requester();

  /** The partner the exception is for. */
  PartnerId partner();

  /** The program the request belongs to, if any. */
  @Value.Default
  default Option<ProgramId> program() {
    return Option.none();
  }

  /** The region the request belongs to, if any. */
  @Value.Default
  default Option<Region> region() {
    return Option.none();
  }

  /** Why the requester asks for the exception; never blank. */
  String rationale();

  /** The activity records the request cites as evidence; empty by default. */
  @Value.Default
  default Seq<ActivityRecordId> cited() {
    return List.empty();
  }

  /** When the request was submitted. */
  Instant submittedAt();

  /** The kind of decision the request asks for. */
  default DecisionType decisionType() {
    return fold(f -> DecisionType.FUND_ALLOCATION, i -> DecisionType.INCENTIVE_EXCEPTION,
        c -> DecisionType.CUSTOMER_COMMITMENT, r -> DecisionType.READINESS_CLAIM);
  }

  /**
   * The money at stake: the amount asked for by a fund request or an incentive exception, the
   * value of a commitment if it has one; none for a readiness claim.
   */
  default Option<Money> amount() {
    return fold(f -> Option.some(f.requestedAmount()), i -> Option.some(i.requestedAmount()),
        Commitment::value, r -> Option.none());
  }

  /** Handles each kind of request; the compiler makes sure all four are handled. */
  default <R> R fold(Function<? super FundRequest, ? extends R> ifFund,
      Function<? super IncentiveException, ? extends R> ifIncentive,
      Function<? super Commitment, ? extends R> ifCommitment,
      Function<? super ReadinessClaim, ? extends R> ifReadiness) {
    if (this instanceof FundRequest fund) {
      return ifFund.apply(fund);
    }
    if (this instanceof IncentiveException incentive) {
      return ifIncentive.apply(incentive);
    }
    return this instanceof Commitment commitment
        ? ifCommitment.apply(commitment)
        : ifReadiness.apply((ReadinessClaim) this);
  }
}
