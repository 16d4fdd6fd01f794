package org.partnergov.benchmark.review;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnergov.benchmark.diagnosis.DecisionTestBenchmark;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.ecosystem.EcosystemParts;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.FundKind;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.ReviewPolicy;

/**
 * One change to a live exception review (a request submitted, a decision recorded) against
 * rebuilding the review from a snapshot holding the change, over the decision test's ecosystems
 * of 10,000 and 100,000 partners (one request per 10 partners). The rebuild is what a portal had to
 * do before the review took changes: validate the snapshot with the new item and build the review
 * over it. The live review starts from a request and a decision already added, as a portal's does
 * after its first ones (the first change of a kind turns the snapshot's list of that kind into a
 * vector, once).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class LiveReviewBenchmark {

  @Param({"10000", "100000"})
  public int partners;

  private final ReviewPolicy policy = ReviewPolicy.defaults();
  private ExceptionReview live;
  private ExceptionReview withRequest;
  private FundRequest request;
  private DecisionRecord decision;
  private EcosystemParts partsWithRequest;

  @Setup(Level.Trial)
  public void generate() {
    EcosystemSnapshot snapshot = DecisionTestBenchmark.ecosystem(partners);
    Instant at = DecisionTestBenchmark.AS_OF.minus(Duration.ofDays(1));
    FundRequest first = request("warm-up", at);
    live = ExceptionReview.of(snapshot, policy).withRequest(first).get().withDecision(decision("warm-up", first, at)).get();
    request = request("live-1", at);
    decision = decision("live-decision-1", request, at);
    withRequest = live.withRequest(request).get();
    partsWithRequest = withRequest.snapshot().parts();
  }

  private static DecisionRecord decision(String id, FundRequest request, Instant at) {
    return DecisionRecord.builder().id(new DecisionRecordId(id)).request(request.id())
        .decisionType(DecisionType.FUND_ALLOCATION).decider(new PersonId("person-3")).verdict(Verdict.APPROVE)
        .decidedAt(at.plus(Duration.ofHours(2))).right(Option.some(new DecisionRightId("r-funds")))
        .rationale(Option.some("fits the plan")).reviewPath(Option.some(new ReviewPathId("fund-path"))).build();
  }

  private static FundRequest request(String id, Instant at) {
    return FundRequest.builder().id(new RequestId(id)).requester(new PersonId("person-1"))
        .partner(new PartnerId("partner-0")).program(Option.some(new ProgramId("program-0"))).rationale("co-marketing")
        .submittedAt(at).kind(FundKind.MDF).requestedAmount(Money.of("30000", "EUR")).purpose("event").build();
  }

  /** A request added to the live review. */
  @Benchmark
  public ExceptionReview addRequest() {
    return live.withRequest(request).get();
  }

  /** A decision record added to the live review that holds its request. */
  @Benchmark
  public ExceptionReview addDecision() {
    return withRequest.withDecision(decision).get();
  }

  /** The review rebuilt from a snapshot holding the new request: validated, then indexed. */
  @Benchmark
  public ExceptionReview rebuild() {
    return ExceptionReview.of(EcosystemSnapshot.of(partsWithRequest).get(), policy);
  }
}
