package org.partnergov.rules.operating;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;

/**
 * What a partner sees of one decision about it: the verdict and the reasons, without internal
 * names.
 *
 * @param partner the partner
 * @param request the request decided
 * @param decision the decision record
 * @param verdict what was decided
 * @param reasons the rationale, the conditions and the criteria not met, each as a sentence
 */
public record PartnerFeedback(PartnerId partner, RequestId request, DecisionRecordId decision, Verdict verdict,
    Seq<String> reasons) {

  /**
   * Throws on a missing part.
   *
   * @param partner the partner
   * @param request the request decided
   * @param decision the decision record
   * @param verdict what was decided
   * @param reasons the rationale, the conditions and the criteria not met, each as a sentence
   */
  public PartnerFeedback {
    requireNonNull(partner, "partner");
    requireNonNull(request, "request");
    requireNonNull(decision, "decision");
    requireNonNull(verdict, "verdict");
    requireNonNull(reasons, "reasons");
  }
}
