package org.partnergov.examples;

import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.rules.review.AcceptedDecision;
import org.partnergov.rules.review.CaseState;
import org.partnergov.testkit.ReviewScenarios;
import org.partnergov.testkit.ReviewScenarios.Scenario;

/**
 * A host team's own invariants, guarded with the testkit's generated review scenarios. The
 * scenarios put amounts exactly at, a cent below and a cent above 50,000 EUR, draw the requester,
 * the relationship owner, delegates and earlier approvers as reviewers on purpose, and split
 * requests so that their total crosses the threshold.
 */
class HostInvariantsProperties {

  static final BigDecimal FIFTY_THOUSAND = new BigDecimal("50000");

  /** HOST-01: no fund request over 50,000 EUR is ever approved by one person alone. */
  @Test
  void HOST_01_no_fund_request_over_50000_EUR_is_decided_by_one_person() {
    qt().withExamples(300).forAll(ReviewScenarios.scenarios()).check(s -> s.review().decide(s.reviewCase(), s.attempt())
        .map(accepted -> !over50k(s) || !approvedBy(accepted).map(Seq::size).exists(n -> n < 2))
        .getOrElse(true));
  }

  /** HOST-02: whoever asked for the money never approves it. */
  @Test
  void HOST_02_the_requester_never_approves_their_own_request() {
    qt().withExamples(300).forAll(ReviewScenarios.scenarios(ReviewScenarios.Reviewer.REQUESTER))
        .check(s -> s.review().decide(s.reviewCase(), s.attempt())
            .map(accepted -> !accepted.record().verdict().isApproval()
                || !accepted.record().decider().equals(s.request().requester()))
            .getOrElse(true));
  }

  /** HOST-03: every accepted approval names the decision right it was made under, for the audit trail. */
  @Test
  void HOST_03_every_accepted_approval_names_its_decision_right() {
    qt().withExamples(300).forAll(ReviewScenarios.scenarios()).check(s -> s.review().decide(s.reviewCase(), s.attempt())
        .map(accepted -> !accepted.record().verdict().isApproval() || accepted.record().right().isDefined())
        .getOrElse(true));
  }

  private static boolean over50k(Scenario s) {
    return s.request().amount().exists(a -> a.currency().getCurrencyCode().equals("EUR")
        && a.amount().compareTo(FIFTY_THOUSAND) > 0);
  }

  /** The distinct approvers once the case is closed as approved; none while it is open or closed otherwise. */
  private static io.vavr.control.Option<Seq<PersonId>> approvedBy(AcceptedDecision accepted) {
    return accepted.reviewCase().state() instanceof CaseState.Closed closed && closed.outcome() == CaseState.Outcome.APPROVED
        ? io.vavr.control.Option.some(closed.decisions().filter(d -> d.verdict().isApproval())
            .map(DecisionRecord::decider).distinct())
        : io.vavr.control.Option.none();
  }
}
