package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.RequestClosure;
import org.partnergov.model.review.RequestId;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.testkit.ReviewScenarios.Scenario;

/**
 * A live review, built from part of a snapshot and then given the rest one request, decision
 * record and closure at a time ({@link ExceptionReview#withRequest}, {@link
 * ExceptionReview#withDecision}, {@link ExceptionReview#withClosure}), routes, decides, audits and
 * diagnoses exactly as a review built at once from a snapshot holding the same items.
 */
class LiveReviewProperties {

  private static final int EXAMPLES = 2_000;
  private static final Instant AS_OF = ReviewScenarios.DECIDED.plus(Duration.ofDays(20));

  /** One change of the live state. */
  private sealed interface Change {
    RequestId request();
  }

  private record Submit(ExceptionRequest value) implements Change {
    public RequestId request() {
      return value.id();
    }
  }

  private record Record(DecisionRecord value) implements Change {
    public RequestId request() {
      return value.request();
    }
  }

  private record Close(RequestClosure value) implements Change {
    public RequestId request() {
      return value.request();
    }
  }

  @Test
  void DIFF_aLiveReviewAgreesWithOneRebuiltFromTheSameItems() {
    AtomicInteger mattered = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(ReviewScenarios.scenarios(), longs().all()).checkAssert((s, seed) -> {
      Random random = new Random(seed);
      EcosystemParts all = s.snapshot().parts();
      Seq<RequestClosure> closures = all.requests().filter(r -> random.nextInt(3) == 0).map(r -> closure(r, random));
      Set<RequestId> later = HashSet.ofAll(all.requests().filter(r -> random.nextBoolean()).map(ExceptionRequest::id));
      Seq<DecisionRecord> laterRecords = all.decisionRecords()
          .filter(d -> later.contains(d.request()) || random.nextBoolean());
      EcosystemParts base = EcosystemParts.builder().from(all)
          .requests(all.requests().filter(r -> !later.contains(r.id())))
          .decisionRecords(all.decisionRecords().removeAll(laterRecords)).build();
      ArrayList<Change> pending = new ArrayList<>();
      all.requests().filter(r -> later.contains(r.id())).forEach(r -> pending.add(new Submit(r)));
      laterRecords.forEach(d -> pending.add(new Record(d)));
      closures.forEach(c -> pending.add(new Close(c)));
      Collections.shuffle(pending, random);

      ExceptionReview before = ExceptionReview.of(EcosystemSnapshot.of(base).get(), s.policy());
      ExceptionReview live = before;
      for (Change change : inDependencyOrder(pending, later)) {
        live = applied(live, change);
      }
      EcosystemSnapshot whole = EcosystemSnapshot.of(EcosystemParts.builder().from(all).closures(closures).build()).get();
      ExceptionReview rebuilt = ExceptionReview.of(whole, s.policy());

      for (ExceptionRequest request : all.requests().append(s.request())) {
        assertThat(live.route(request, ReviewScenarios.ROUTED)).isEqualTo(rebuilt.route(request, ReviewScenarios.ROUTED));
        Seq<DecisionRecord> records = all.decisionRecords().filter(d -> d.request().equals(request.id()));
        assertThat(live.audit(request, records)).isEqualTo(rebuilt.audit(request, records));
        if (!before.route(request, ReviewScenarios.ROUTED).equals(rebuilt.route(request, ReviewScenarios.ROUTED))) {
          mattered.incrementAndGet();
        }
      }
      assertThat(live.decide(s.reviewCase(), s.attempt())).isEqualTo(rebuilt.decide(s.reviewCase(), s.attempt()));
      DecisionTest test = DecisionTest.builtIn(RulePack.defaults(), Duration.ofDays(365), s.policy());
      assertThat(test.run(live.snapshot(), AS_OF)).isEqualTo(test.run(whole, AS_OF));
    });
    // the changes must matter often: a review that ignored them would route differently
    assertThat(mattered.get()).isGreaterThan(EXAMPLES / 20);
  }

  @Test
  void a_refused_change_reports_every_problem_and_leaves_the_review_as_it_was() {
    qt().withExamples(200).forAll(ReviewScenarios.scenarios()).checkAssert(s -> {
      ExceptionReview review = ExceptionReview.of(s.snapshot(), s.policy());
      for (ExceptionRequest known : s.snapshot().parts().requests().headOption()) {
        Validation<Seq<Problem>, ExceptionReview> again = review.withRequest(known);
        assertThat(again.getError().map(p -> p.code().code())).containsExactly("VAL-09");
        RequestClosure early = RequestClosure.expired(known.id(), known.submittedAt().minusSeconds(1));
        assertThat(review.withClosure(early).getError().map(Problem::path)).containsExactly(
            "closures[" + s.snapshot().parts().closures().size() + "].at");
      }
      RequestClosure unknown = RequestClosure.withdrawn(new RequestId("no-such-request"), ReviewScenarios.STRANGER,
          ReviewScenarios.DECIDED);
      assertThat(review.withClosure(unknown).getError().map(p -> p.path() + " " + p.code().code()))
          .containsExactly("closures[0].request VAL-08", "closures[0].by VAL-08");
      assertThat(review.snapshot()).isSameAs(s.snapshot());
    });
  }

  private static RequestClosure closure(ExceptionRequest request, Random random) {
    Instant at = request.submittedAt().plus(Duration.ofHours(random.nextInt(24 * 40)));
    return random.nextBoolean() ? RequestClosure.withdrawn(request.id(), request.requester(), at)
        : RequestClosure.expired(request.id(), at);
  }

  /** The changes in their shuffled order, except that nothing comes before the request it names. */
  private static List<Change> inDependencyOrder(ArrayList<Change> shuffled, Set<RequestId> later) {
    List<Change> ordered = List.empty();
    Set<RequestId> submitted = HashSet.empty();
    ArrayList<Change> waiting = new ArrayList<>(shuffled);
    while (!waiting.isEmpty()) {
      for (Change change : List.ofAll(waiting)) {
        if (change instanceof Submit || !later.contains(change.request()) || submitted.contains(change.request())) {
          ordered = ordered.append(change);
          submitted = submitted.add(change.request());
          waiting.remove(change);
        }
      }
    }
    return ordered;
  }

  private static ExceptionReview applied(ExceptionReview review, Change change) {
    Validation<Seq<Problem>, ExceptionReview> next = change instanceof Submit submit ? review.withRequest(submit.value())
        : change instanceof Record record ? review.withDecision(record.value())
        : review.withClosure(((Close) change).value());
    assertThat(next.isValid()).as("%s: %s", change, next).isTrue();
    return next.get();
  }
}
