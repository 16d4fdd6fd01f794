package org.partnergov.examples.portal;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.log.DecisionLog;
import org.partnergov.rules.review.AcceptedDecision;
import org.partnergov.rules.review.CaseState;
import org.partnergov.rules.review.DecisionAttempt;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.Rejection;
import org.partnergov.rules.review.ReviewCase;
import org.partnergov.rules.review.ReviewPolicy;
import org.partnergov.rules.review.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a partner portal wires exception review into its request handling. The review (and with it
 * the decision-rights matrix, compiled into an index) is built once from the portal's ecosystem
 * snapshot; each request is routed when it is submitted and decided when a reviewer acts; every
 * accepted decision is appended to the hash-chained decision log; time comes from the injected
 * {@link Clock}; rejections become messages the requester can act on.
 *
 * <p>The portal owns the mutable state (open cases, the log); the library stays pure. A real
 * portal would persist both and rebuild the review when its snapshot changes.
 */
public final class PortalService {

  private static final Logger LOG = LoggerFactory.getLogger(PortalService.class);

  /**
   * What the portal answers.
   *
   * @param ok whether the submission or decision went through
   * @param message a sentence for the person who acted
   */
  public record Reply(boolean ok, String message) {}

  private final ExceptionReview review;
  private final Clock clock;
  private final ConcurrentHashMap<RequestId, ReviewCase> cases = new ConcurrentHashMap<>();
  private final AtomicReference<DecisionLog> log = new AtomicReference<>(DecisionLog.empty());

  /** A portal over the snapshot and policy, reading time from the clock. */
  public PortalService(EcosystemSnapshot snapshot, ReviewPolicy policy, Clock clock) {
    this.review = ExceptionReview.of(requireNonNull(snapshot, "snapshot"), requireNonNull(policy, "policy"));
    this.clock = requireNonNull(clock, "clock");
  }

  /** Submits and routes the request now; the reply states its review plan, or why it cannot be reviewed. */
  public Reply submit(ExceptionRequest request) {
    Instant now = clock.instant();
    Either<Rejection, ReviewCase> routed = review.route(ReviewCase.submit(request), now);
    if (routed.isLeft()) {
      LOG.info("Request {} not routed: {}", request.id(), routed.getLeft().codes().mkString(", "));
      return new Reply(false, messageFor(routed.getLeft()));
    }
    cases.put(request.id(), routed.get());
    LOG.info("Request {} routed", request.id());
    return new Reply(true, ((CaseState.InReview) routed.get().state()).plan().explanation());
  }

  /** A reviewer's verdict on a submitted request, now; the reply explains the decision or the rejection. */
  public Reply decide(RequestId request, PersonId reviewer, Verdict verdict, String rationale, String... conditions) {
    Option<ReviewCase> current = Option.of(cases.get(request));
    if (current.isEmpty()) {
      return new Reply(false, "There is no open request " + request + " in this portal.");
    }
    DecisionAttempt attempt = DecisionAttempt.of(new DecisionRecordId(request + "-decision-" + (log.get().size() + 1)),
        reviewer, verdict, rationale, clock.instant()).withConditions(conditions);
    Either<Rejection, AcceptedDecision> decided = review.decide(current.get(), attempt);
    if (decided.isLeft()) {
      LOG.info("Decision on {} by {} rejected: {}", request, reviewer, decided.getLeft().codes().mkString(", "));
      return new Reply(false, messageFor(decided.getLeft()));
    }
    AcceptedDecision accepted = decided.get();
    cases.put(request, accepted.reviewCase());
    log.updateAndGet(l -> l.append(accepted.record()));
    LOG.info("Decision {} on {} recorded", accepted.record().id(), request);
    return new Reply(true, accepted.explanation());
  }

  /** The decision log so far. */
  public DecisionLog log() {
    return log.get();
  }

  /** The case of the request as it stands, if the portal has it. */
  public Option<ReviewCase> caseOf(RequestId request) {
    return Option.of(cases.get(request));
  }

  /**
   * A rejection as a message for the person who acted: what went wrong, one line per rule, each
   * with its code so that support can look it up.
   */
  public static String messageFor(Rejection rejection) {
    return "This could not be done:\n" + rejection.violations()
        .map(PortalService::line).mkString("\n");
  }

  private static String line(Violation violation) {
    String reason = violation.reason();
    return "- " + Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + " [" + violation.code().code() + "]";
  }
}
