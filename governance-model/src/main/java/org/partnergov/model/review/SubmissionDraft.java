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
 * what, and when. Each of the seven drafts adds the fields of its own kind.
 */
public interface SubmissionDraft {

  /** {@return the request's id} */
  @Nullable String id();

  /** {@return the id of the person who asks} */
  @Nullable String requester();

  /** {@return the id of the partner the request is for} */
  @Nullable String partner();

  /** {@return the program id, if the request belongs to one} */
  @Nullable String program();

  /** {@return the region name, if the request belongs to one} */
  @Nullable String region();

  /** {@return why the requester asks} */
  @Nullable String rationale();

  /** {@return the ids of the activity records cited as evidence; none by default} */
  @Value.Default
  default Seq<String> cited() {
    return List.empty();
  }

  /** {@return when the request was submitted} */
  @Nullable Instant submittedAt();

  /** {@return the request of its kind, or every problem with this draft} */
  Validation<Seq<Problem>, ? extends ExceptionRequest> validate();
}
