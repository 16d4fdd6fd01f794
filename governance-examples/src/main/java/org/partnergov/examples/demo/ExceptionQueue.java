package org.partnergov.examples.demo;

import static org.partnergov.examples.demo.SampleEcosystem.DANIEL;
import static org.partnergov.examples.demo.SampleEcosystem.JONAS;
import static org.partnergov.examples.demo.SampleEcosystem.LENA;
import static org.partnergov.examples.demo.SampleEcosystem.MARCO;
import static org.partnergov.examples.demo.SampleEcosystem.SOFIA;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.partnergov.examples.demo.SampleEcosystem.Story;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.review.DecisionAttempt;

/**
 * The sample's exception queue: the open requests of each story (Helix's tier change among them),
 * when they are routed, and the decision attempts reviewers make on them, in order, including
 * attempts the rules reject.
 */
public final class ExceptionQueue {

  /**
   * One request in the queue.
   *
   * @param story the story it belongs to
   * @param request the id of a request of the sample ecosystem
   * @param routedAt when it is routed
   * @param attempts the decision attempts on it, in order
   */
  public record Entry(Story story, RequestId request, Instant routedAt, Seq<DecisionAttempt> attempts) {}

  private ExceptionQueue() {}

  /** The queue of the story, or of both. */
  public static Seq<Entry> of(Story story) {
    return entries().filter(e -> story.includes(e.story()));
  }

  private static Seq<Entry> entries() {
    return List.of(
        new Entry(Story.PLATFORM, new RequestId("helix-q3-comarketing"), at("2026-06-12T11:00:00Z"), List.of(
            attempt("dec-helix-q3-marco", MARCO, Verdict.APPROVE, "Helix always delivers, approve it", "2026-06-12T15:00:00Z"),
            attempt("dec-helix-q3-jonas", JONAS, Verdict.APPROVE_WITH_CONDITIONS,
                "device delivery scores in the pilot environments back the campaign", "2026-06-13T10:00:00Z")
                .withConditions("report campaign leads per pilot environment by 30 September"))),
        new Entry(Story.PLATFORM, new RequestId("brightline-roadshow"), at("2026-06-13T11:00:00Z"), List.of(
            attempt("dec-brightline-lena", LENA, Verdict.APPROVE, "good visibility for the pilots", "2026-06-13T12:00:00Z"),
            new DecisionAttempt(new DecisionRecordId("dec-brightline-jonas-1"), JONAS, Verdict.APPROVE, Option.none(),
                List.empty(), at("2026-06-13T14:00:00Z")),
            attempt("dec-brightline-jonas-2", JONAS, Verdict.REJECT,
                "the request cites event attendance only; Brightline has not delivered a pilot environment yet",
                "2026-06-13T15:00:00Z"))),
        new Entry(Story.PLATFORM, new RequestId("northwind-expansion-coselling"), at("2026-06-14T11:00:00Z"), List.of(
            attempt("dec-northwind-exp-1", JONAS, Verdict.APPROVE,
                "customer-confirmed outcomes in 10 of 20 environments delivered", "2026-06-14T16:00:00Z"),
            attempt("dec-northwind-exp-2", JONAS, Verdict.APPROVE, "approving again to close it before the weekend",
                "2026-06-14T16:05:00Z"),
            attempt("dec-northwind-exp-3", DANIEL, Verdict.APPROVE,
                "the expansion wave is in the partner plan and the outcomes are customer-confirmed", "2026-06-15T08:30:00Z"))),
        new Entry(Story.PLATFORM, new RequestId("cobalt-field-kit"), at("2026-06-01T09:00:00Z"), List.empty()),
        new Entry(Story.PLATFORM, new RequestId("helix-platinum"), at("2026-06-14T11:00:00Z"), List.of(
            attempt("dec-helix-platinum-marco", MARCO, Verdict.APPROVE, "Helix has earned platinum",
                "2026-06-14T12:00:00Z"),
            attempt("dec-helix-platinum-daniel", DANIEL, Verdict.APPROVE,
                "certified gateways in the pilot environments, delivered on time", "2026-06-15T08:45:00Z"))),
        new Entry(Story.LAUNCH, new RequestId("orbit-aurora-ready"), at("2026-06-11T11:00:00Z"), List.of(
            attempt("dec-orbit-ready", SOFIA, Verdict.APPROVE,
                "lab qualification passed and a customer-confirmed reference deployment at Harbor Logistics",
                "2026-06-12T09:00:00Z"))),
        new Entry(Story.LAUNCH, new RequestId("kestrel-aurora-ready"), at("2026-06-12T11:00:00Z"), List.of(
            attempt("dec-kestrel-ready", SOFIA, Verdict.APPROVE, "four engineers certified", "2026-06-12T16:00:00Z"),
            attempt("dec-kestrel-info", SOFIA, Verdict.REQUEST_INFORMATION,
                "send the lab qualification result and one reference deployment", "2026-06-12T16:30:00Z"))));
  }

  private static DecisionAttempt attempt(String id, PersonId reviewer, Verdict verdict, String rationale, String at) {
    return DecisionAttempt.of(new DecisionRecordId(id), reviewer, verdict, rationale, at(at));
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
