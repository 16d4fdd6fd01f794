package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
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
 * thresholds apply to, with the related requests in other currencies counted in its own through
 * the policy's exchange rates.
 *
 * @param request the request under review
 * @param partner the request's partner, if the ecosystem knows it
 * @param program the request's program, if it has one the ecosystem knows
 * @param cited the cited activity records the ecosystem holds, in the order cited
 * @param unknownCited the cited ids the ecosystem holds no record of
 * @param total the amount thresholds apply to: the request's own amount plus the amounts of the
 *     related requests (SOD-08); none when the request puts no money at stake
 * @param related the other requests of the same type, partner and program, submitted at most
 *     the policy's window before or after this one (both ends inclusive) and not rejected, whose
 *     amounts {@code total} includes: those in the request's currency, and those in another that
 *     the policy's exchange rates convert
 * @param conversions the related requests in another currency than the request, each with its
 *     amount to be counted in the request's currency; one without a rate is left out of
 *     {@code total} and {@code related}, and the review refuses to route or approve the request
 *     ({@code REV-08}, or {@code REV-04} when the policy gives no exchange rates)
 */
public record RequestFacts(ExceptionRequest request, Option<Partner> partner, Option<Program> program,
    Seq<ActivityRecord> cited, Seq<ActivityRecordId> unknownCited, Option<Money> total,
    Seq<RequestId> related, Map<RequestId, Conversion> conversions) {

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
   * @param related the other requests of the same type, partner and program, submitted at most the
   *     policy's window before or after this one (both ends inclusive) and not rejected, whose amounts
   *     {@code total} includes
   * @param conversions the related requests in another currency than the request, each with its amount to
   *     be counted in the request's currency; one without a rate is left out of {@code total} and
   *     {@code related}
   */
  public RequestFacts {
    requireNonNull(request, "request");
    requireNonNull(partner, "partner");
    requireNonNull(program, "program");
    requireNonNull(cited, "cited");
    requireNonNull(unknownCited, "unknownCited");
    requireNonNull(total, "total");
    requireNonNull(related, "related");
    requireNonNull(conversions, "conversions");
  }

  /**
   * Facts whose related requests are all in the request's currency.
   *
   * @param request the request under review
   * @param partner the request's partner, if the ecosystem knows it
   * @param program the request's program, if it has one the ecosystem knows
   * @param cited the cited activity records the ecosystem holds, in the order cited
   * @param unknownCited the cited ids the ecosystem holds no record of
   * @param total the amount thresholds apply to: the request's own amount plus the amounts of the related
   *     requests (SOD-08); none when the request puts no money at stake
   * @param related the other requests of the same type, partner, program and currency, submitted at most
   *     the policy's window before or after this one (both ends inclusive) and not rejected
   */
  public RequestFacts(ExceptionRequest request, Option<Partner> partner, Option<Program> program,
      Seq<ActivityRecord> cited, Seq<ActivityRecordId> unknownCited, Option<Money> total, Seq<RequestId> related) {
    this(request, partner, program, cited, unknownCited, total, related, LinkedHashMap.empty());
  }

  /**
   * {@return the related requests whose amount is in another currency and had no exchange rate, so that
   * {@code total} leaves them out and the request is neither routed nor approved}
   */
  public Seq<RequestId> uncounted() {
    return conversions.filter(c -> !c._2.hasRate()).keySet().toList().sorted();
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
