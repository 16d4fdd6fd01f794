package org.partnergov.rules.diagnosis;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
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

/**
 * {@code FM-3} exceptions handled by relationship: for each exception request, one finding naming
 * everything wrong with how it was decided. An approval by the partner's relationship owner, by
 * someone with a declared conflict, or by the requester; a decision without a rationale, without
 * a decision right, or outside the request type's review path; a request whose type has no review
 * path; a request its review path should have decided by the as-of instant with no decision record.
 */
final class ReviewedExceptions implements GovernanceRule {

  @Override
  public String code() {
    return FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP.code();
  }

  @Override
  public String description() {
    return "exception decisions without a decision record, a rationale or a review path, or approved by the relationship owner";
  }

  @Override
  public Seq<Finding> check(EcosystemSnapshot snapshot, Instant asOf) {
    var parts = snapshot.parts();
    Map<RequestId, Seq<DecisionRecord>> records = parts.decisionRecords().groupBy(DecisionRecord::request)
        .mapValues(List::ofAll);
    Map<DecisionType, Seq<ReviewPath>> paths = parts.reviewPaths().groupBy(ReviewPath::decisionType).mapValues(List::ofAll);
    Set<io.vavr.Tuple2<PersonId, org.partnergov.model.party.PartnerId>> conflicts =
        parts.conflicts().map(c -> Tuple.of(c.person(), c.partner())).toSet();
    return parts.requests().sortBy(r -> r.id().toString()).flatMap(request -> {
      Seq<DecisionRecord> decided = records.get(request.id()).getOrElse(List.empty()).sortBy(d -> d.id().toString());
      Seq<ReviewPath> path = paths.get(request.decisionType()).getOrElse(List.empty());
      List<String> reasons = List.empty();
      Severity severity = Severity.MEDIUM;
      String partner = snapshot.partner(request.partner()).map(Partner::name).getOrElse(request.partner()::toString);
      if (path.isEmpty()) {
        reasons = reasons.append("no review path is defined for " + request.decisionType() + " decisions");
        severity = Severity.HIGH;
      }
      if (decided.isEmpty() && path.size() == 1 && !due(request, path.head()).isAfter(asOf)) {
        reasons = reasons.append("no decision is recorded, though its review path was due at " + due(request, path.head()));
      }
      for (DecisionRecord record : decided) {
        String who = name(snapshot, record.decider());
        if (record.verdict().isApproval()) {
          if (snapshot.partner(request.partner()).exists(p -> p.relationshipOwner().equals(record.decider()))) {
            reasons = reasons.append(who + ", who owns the relationship with " + partner + ", approved it (" + record.id() + ")");
            severity = Severity.HIGH;
          }
          if (conflicts.contains(Tuple.of(record.decider(), request.partner()))) {
            reasons = reasons.append(who + ", who declared a conflict of interest with " + partner + ", approved it (" + record.id() + ")");
            severity = Severity.HIGH;
          }
          if (record.decider().equals(request.requester())) {
            reasons = reasons.append(who + " approved their own request (" + record.id() + ")");
            severity = Severity.HIGH;
          }
        }
        if (record.rationale().isEmpty()) {
          reasons = reasons.append("decision " + record.id() + " by " + who + " gives no rationale");
        }
        if (record.right().isEmpty()) {
          reasons = reasons.append("decision " + record.id() + " by " + who + " names no decision right");
        }
        if (record.reviewPath().isEmpty() || path.size() == 1 && !record.reviewPath().contains(path.head().id())) {
          reasons = reasons.append("decision " + record.id() + " by " + who + " was made outside the review path"
              + (path.size() == 1 ? " " + path.head().id() : ""));
        }
      }
      return reasons.isEmpty() ? List.<Finding>empty() : List.of(Finding.builder().code(code())
          .failureMode(FailureMode.EXCEPTIONS_HANDLED_BY_RELATIONSHIP)
          .subjects(decided.map(d -> d.id().toString()).prepend(request.id().toString()))
          .severity(severity)
          .evidence(decided.map(d -> d.id().toString()))
          .explanation("The " + request.decisionType() + " request " + request.id() + " of " + partner + " was not "
              + "handled through its review: " + reasons.mkString("; ") + ".")
          .remediation("Route the request through its review path: a reviewer who holds the Decide right and has no "
              + "relationship with or conflict over the partner decides, and records the rationale.")
          .build());
    });
  }

  private static Instant due(ExceptionRequest request, ReviewPath path) {
    return path.steps().map(ReviewStep::timeLimit).foldLeft(request.submittedAt(), Instant::plus);
  }

  private static String name(EcosystemSnapshot snapshot, PersonId id) {
    return snapshot.person(id).map(Person::name).getOrElse(id::toString);
  }
}
