package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.problem.Problem;

/**
 * The raw fields every exception request draft shares: who asks, for which partner, why, citing
 * what, and when. Each of the four drafts adds the fields of its own kind.
 */
public interface SubmissionDraft {

  /** The request's id. */
  @Nullable String id();

  /** The id of the person who asks. */
  @Nullable String requester();

  /** The id of the partner the request is for. */
  @Nullable String partner();

  /** The program id, if the request belongs to one. */
  @Nullable String program();

  /** The region name, if the request belongs to one. */
  @Nullable String region();

  /** Why the requester asks. */
  @Nullable String rationale();

  /** The ids of the activity records cited as evidence; none by default. */
  @Value.Default
  default Seq<String> cited() {
    return List.empty();
  }

  /** When the request was submitted. */
  @Nullable Instant submittedAt();

  /** The request of its kind, or every problem with this draft. */
  Validation<Seq<Problem>, ? extends ExceptionRequest> validate();
}
