package org.partnergov.rules.operating;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import java.time.Instant;
import org.partnergov.model.party.PartnerId;
import org.partnergov.rules.diagnosis.Diagnosis;
import org.partnergov.rules.evidence.Scorecard;

/**
 * One governance report, as of one instant, for a host to render: the decision test, each
 * partner's scorecard (activity and evidence kept apart), and the operating layer's execution,
 * communication and feedback.
 *
 * @param asOf the instant of the report
 * @param diagnosis the decision test: findings and the three-part verdict
 * @param scorecards each partner's scorecard over the report's period, by partner id
 * @param overdue reviews and escalations past their time, with owners
 * @param notifications whom the host must inform of which decision
 * @param feedback what each partner sees of the decisions about it
 */
public record GovernanceReport(Instant asOf, Diagnosis diagnosis, SortedMap<PartnerId, Scorecard<PartnerId>> scorecards,
    Seq<OverdueItem> overdue, Seq<Notification> notifications, Seq<PartnerFeedback> feedback) {

  /**
   * Throws on a missing part.
   *
   * @param asOf the instant of the report
   * @param diagnosis the decision test: findings and the three-part verdict
   * @param scorecards each partner's scorecard over the report's period, by partner id
   * @param overdue reviews and escalations past their time, with owners
   * @param notifications whom the host must inform of which decision
   * @param feedback what each partner sees of the decisions about it
   */
  public GovernanceReport {
    requireNonNull(asOf, "asOf");
    requireNonNull(diagnosis, "diagnosis");
    requireNonNull(scorecards, "scorecards");
    requireNonNull(overdue, "overdue");
    requireNonNull(notifications, "notifications");
    requireNonNull(feedback, "feedback");
  }
}
