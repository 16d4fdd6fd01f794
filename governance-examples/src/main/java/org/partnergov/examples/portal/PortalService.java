package org.partnergov.examples.portal;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestClosure;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.log.DecisionLog;
import org.partnergov.rules.review.AcceptedDecision;
import org.partnergov.rules.review.CaseEvent;
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
 * snapshot and then kept live: each request is added and routed when it is submitted, each
 * accepted decision and each withdrawal is added when it happens, so the totals of related
 * requests (SOD-08) and the approved totals under a cap (SOD-09) count everything that went
 * through the portal, at the cost of one small change per event, never a rebuild. Every accepted
 * decision is appended to the hash-chained decision log; time comes from the injected
 * {@link Clock}; rejections become messages the requester can act on.
 *
 * <p>The portal owns the mutable state (the current review, open cases, the log) and changes it
 * one event at a time; the library stays pure. A real portal would persist the cases and the log.
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

  /** The live review: replaced, under this object's lock, by each change the portal makes. */
  private final AtomicReference<ExceptionReview> review;
  private final Clock clock;
  private final ConcurrentHashMap<RequestId, ReviewCase> cases = new ConcurrentHashMap<>();
  private final AtomicReference<DecisionLog> log = new AtomicReference<>(DecisionLog.empty());

  /** A portal over the snapshot and policy, reading time from the clock. */
  public PortalService(EcosystemSnapshot snapshot, ReviewPolicy policy, Clock clock) {
    this.review = new AtomicReference<>(
        ExceptionReview.of(requireNonNull(snapshot, "snapshot"), requireNonNull(policy, "policy")));
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Submits and routes the request now; the reply states its review plan, or why it cannot be
   * reviewed. A routed request joins the live review, so later requests of its partner add up
   * with it (SOD-08); a request the portal's snapshot already holds is routed as it is, and
   * another request with its id is refused.
   */
  public synchronized Reply submit(ExceptionRequest request) {
    Instant now = clock.instant();
    // a request the snapshot already holds, unchanged, is routed as it is; any other joins the review
    ExceptionReview current = review.get();
    Validation<Seq<Problem>, ExceptionReview> added = current.snapshot().request(request.id()).contains(request)
        ? Validation.valid(current) : current.withRequest(request);
    if (added.isInvalid()) {
      LOG.info("Request {} refused: {}", request.id(), added.getError().map(p -> p.code().code()).mkString(", "));
      return new Reply(false, "This request cannot be accepted:\n" + added.getError()
          .map(p -> "- " + p.message() + " (" + p.path() + ") [" + p.code().code() + "]").mkString("\n"));
    }
    Either<Rejection, ReviewCase> routed = added.get().route(ReviewCase.submit(request), now);
    if (routed.isLeft()) {
      LOG.info("Request {} not routed: {}", request.id(), routed.getLeft().codes().mkString(", "));
      return new Reply(false, messageFor(routed.getLeft()));
    }
    review.set(added.get());
    cases.put(request.id(), routed.get());
    LOG.info("Request {} routed", request.id());
    return new Reply(true, ((CaseState.InReview) routed.get().state()).plan().explanation());
  }

  /**
   * A reviewer's verdict on a submitted request, now; the reply explains the decision or the
   * rejection. An accepted decision joins the live review: a rejection takes the request out of
   * the totals of related requests, an approval counts towards the caps (SOD-09).
   */
  public synchronized Reply decide(RequestId request, PersonId reviewer, Verdict verdict, String rationale,
      String... conditions) {
    Option<ReviewCase> current = Option.of(cases.get(request));
    if (current.isEmpty()) {
      return new Reply(false, "There is no open request " + request + " in this portal.");
    }
    DecisionAttempt attempt = DecisionAttempt.of(new DecisionRecordId(request + "-decision-" + (log.get().size() + 1)),
        reviewer, verdict, rationale, clock.instant()).withConditions(conditions);
    Either<Rejection, AcceptedDecision> decided = review.get().decide(current.get(), attempt);
    if (decided.isLeft()) {
      LOG.info("Decision on {} by {} rejected: {}", request, reviewer, decided.getLeft().codes().mkString(", "));
      return new Reply(false, messageFor(decided.getLeft()));
    }
    AcceptedDecision accepted = decided.get();
    // the record names a request the review holds and a new id, so the review always takes it
    review.set(taken(review.get().withDecision(accepted.record())));
    cases.put(request, accepted.reviewCase());
    log.updateAndGet(l -> l.append(accepted.record()));
    LOG.info("Decision {} on {} recorded", accepted.record().id(), request);
    return new Reply(true, accepted.explanation());
  }

  /**
   * The request withdrawn now by the person: its case closes and it counts in no total of related
   * requests from now on.
   */
  public synchronized Reply withdraw(RequestId request, PersonId by) {
    Option<ReviewCase> current = Option.of(cases.get(request));
    if (current.isEmpty()) {
      return new Reply(false, "There is no open request " + request + " in this portal.");
    }
    Instant now = clock.instant();
    var closed = current.get().apply(new CaseEvent.Withdrawn(by, now));
    if (closed.isLeft()) {
      return new Reply(false, "Request " + request + " cannot be withdrawn: " + closed.getLeft().reason() + ".");
    }
    review.set(taken(review.get().withClosure(RequestClosure.withdrawn(request, by, now))));
    cases.put(request, closed.get());
    LOG.info("Request {} withdrawn", request);
    return new Reply(true, "Request " + request + " is withdrawn.");
  }

  /** The review after a change the portal made itself, which therefore names only what the review holds. */
  private static ExceptionReview taken(Validation<Seq<Problem>, ExceptionReview> changed) {
    if (changed.isInvalid()) {
      throw new IllegalStateException("the portal's own change was refused: " + changed.getError().mkString("; "));
    }
    return changed.get();
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
