package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.Program;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestId;

/**
 * What review criteria and rules see of one exception request: the request, its partner and
 * program as the ecosystem knows them, the activity records it cites, and the total its
 * thresholds apply to.
 *
 * @param request the request under review
 * @param partner the request's partner, if the ecosystem knows it
 * @param program the request's program, if it has one the ecosystem knows
 * @param cited the cited activity records the ecosystem holds, in the order cited
 * @param unknownCited the cited ids the ecosystem holds no record of
 * @param total the amount thresholds apply to: the request's own amount plus the amounts of the
 *     related requests (SOD-08); none when the request puts no money at stake
 * @param related the other requests of the same type, partner, program and currency, submitted
 *     at most the policy's window before or after this one (both ends inclusive) and not
 *     rejected, whose amounts {@code total} includes
 */
public record RequestFacts(ExceptionRequest request, Option<Partner> partner, Option<Program> program,
    Seq<ActivityRecord> cited, Seq<ActivityRecordId> unknownCited, Option<Money> total,
    Seq<RequestId> related) {

  /**
   * Throws on a missing part.
   *
   * @param request the request under review
   * @param partner the request's partner, if the ecosystem knows it
   * @param program the request's program, if it has one the ecosystem knows
   * @param cited the cited activity records the ecosystem holds, in the order cited
   * @param unknownCited the cited ids the ecosystem holds no record of
   * @param total the amount thresholds apply to: the request's own amount plus the amounts of the related
   *     requests (SOD-08); none when the request puts no money at stake
   * @param related the other requests of the same type, partner, program and currency, submitted at most
   *     the policy's window before or after this one (both ends inclusive) and not rejected, whose amounts
   *     {@code total} includes
   */
  public RequestFacts {
    requireNonNull(request, "request");
    requireNonNull(partner, "partner");
    requireNonNull(program, "program");
    requireNonNull(cited, "cited");
    requireNonNull(unknownCited, "unknownCited");
    requireNonNull(total, "total");
    requireNonNull(related, "related");
  }

  /** {@return the name of the request's partner, or its id when the ecosystem does not know it} */
  public String partnerName() {
    return partner.map(Partner::name).getOrElse(() -> request.partner().toString());
  }

  /**
   * {@return whether the total includes related requests, so a threshold may apply that the request alone
   * would not meet}
   */
  public boolean isAggregated() {
    return !related.isEmpty();
  }
}
