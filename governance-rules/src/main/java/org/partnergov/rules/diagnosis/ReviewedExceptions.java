package org.partnergov.rules.diagnosis;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Instant;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPath;
import org.partnergov.model.review.ReviewStep;
import org.partnergov.rules.review.Audit;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.ReviewCode;
import org.partnergov.rules.review.ReviewPolicy;
import org.partnergov.rules.review.Violation;

/**
 * {@code FM-3} exceptions handled by relationship: for each exception request, one finding naming
 * everything wrong with how it was decided. Each recorded decision is judged by the same
 * {@linkplain org.partnergov.rules.review.ApprovalRule approval rules} as a live attempt
 * ({@link ExceptionReview#audit}), so an approval by the relationship owner (SOD-05), by the
 * requester (SOD-01), by someone who holds no right over it or cites one they do not hold
 * (SOD-03), without a rationale (REV-01) and every other broken rule is cited with its code.
 * Besides: a request that cannot be routed (no review path, REV-03, or a plan nobody can staff,
 * REV-06), a decision record naming no decision right or made outside the request type's review
 * path, and a request its review path should have decided by the as-of instant with no decision
 * record. A request withdrawn or expired by the as-of instant with no decision recorded is not a
 * finding; a decision recorded after its closure is ({@code SOD-11}).
 */
final class ReviewedExceptions implements GovernanceRule {

  private final ReviewPolicy policy;

  ReviewedExceptions(ReviewPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  @Override
  public String code() {
    return FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP.code();
  }

  @Override
  public String description() {
    return "exception decisions that break an approval rule, lack a decision record, a right or a review path";
  }

  @Override
  public Seq<Finding> check(EcosystemSnapshot snapshot, Instant asOf) {
    var parts = snapshot.parts();
    Map<RequestId, Seq<DecisionRecord>> records = parts.decisionRecords().groupBy(DecisionRecord::request)
        .mapValues(List::ofAll);
    Map<DecisionType, Seq<ReviewPath>> paths = parts.reviewPaths().groupBy(ReviewPath::decisionType).mapValues(List::ofAll);
    ExceptionReview review = ExceptionReview.of(snapshot, policy);
    return parts.requests().sortBy(r -> r.id().toString()).flatMap(request -> {
      Seq<DecisionRecord> decided = records.get(request.id()).getOrElse(List.empty()).sortBy(d -> d.id().toString());
      Seq<ReviewPath> path = paths.get(request.decisionType()).getOrElse(List.empty());
      boolean closed = snapshot.closure(request.id()).exists(c -> !c.at().isAfter(asOf));
      if (closed && decided.isEmpty()) {
        return List.<Finding>empty(); // withdrawn or expired before anyone decided: nothing was handled
      }
      Audit audit = review.audit(request, decided);
      List<String> reasons = List.empty();
      boolean high = path.isEmpty();
      for (var routing : audit.routing()) {
        reasons = reasons.append("it cannot be routed: " + routing.violations().mkString("; "));
      }
      if (decided.isEmpty() && !closed && path.size() == 1 && !due(request, path.head()).isAfter(asOf)) {
        reasons = reasons.append("no decision is recorded, though its review path was due at " + due(request, path.head()));
      }
      for (Audit.Audited judged : audit.decisions()) {
        DecisionRecord record = judged.record();
        String what = "decision " + record.id() + " by " + name(snapshot, record.decider());
        if (!judged.violations().isEmpty()) {
          reasons = reasons.append(what + ": " + judged.violations().mkString("; "));
          high |= record.verdict().isApproval() && judged.violations().exists(ReviewedExceptions::grave);
        }
        if (record.right().isEmpty()) {
          reasons = reasons.append(what + " names no decision right");
        }
        if (record.reviewPath().isEmpty() || path.size() == 1 && !record.reviewPath().contains(path.head().id())) {
          reasons = reasons.append(what + " was made outside the review path" + (path.size() == 1 ? " " + path.head().id() : ""));
        }
      }
      String partner = snapshot.partner(request.partner()).map(Partner::name).getOrElse(request.partner()::toString);
      return reasons.isEmpty() ? List.<Finding>empty() : List.of(Finding.builder().code(code())
          .failureMode(FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP)
          .subjects(decided.map(d -> d.id().toString()).prepend(request.id().toString()))
          .severity(high ? Severity.HIGH : Severity.MEDIUM)
          .evidence(decided.map(d -> d.id().toString()))
          .explanation("The " + request.decisionType() + " request " + request.id() + " of " + partner + " was not "
              + "handled through its review: " + reasons.mkString("; ") + ".")
          .remediation("Route the request through its review path: a reviewer who holds the Decide right and has no "
              + "relationship with or conflict over the partner decides, and records the rationale.")
          .build());
    });
  }

  /** An approval by the requester, the relationship owner or someone without a right is grave. */
  private static boolean grave(Violation violation) {
    return violation.code() == ReviewCode.SELF_APPROVAL || violation.code() == ReviewCode.RELATIONSHIP_APPROVAL
        || violation.code() == ReviewCode.NO_DECIDE_RIGHT;
  }

  private static Instant due(ExceptionRequest request, ReviewPath path) {
    return path.steps().map(ReviewStep::timeLimit).foldLeft(request.submittedAt(), Instant::plus);
  }

  private static String name(EcosystemSnapshot snapshot, PersonId id) {
    return snapshot.person(id).map(Person::name).getOrElse(id::toString);
  }
}
