package org.partnergov.model.review;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The raw attributes every exception request draft shares, read once by {@link Submission}. */
interface SubmissionDraft {

  @Nullable String id();

  @Nullable String requester();

  @Nullable String partner();

  @Nullable String program();

  @Nullable String region();

  @Nullable String rationale();

  Seq<String> cited();

  @Nullable Instant submittedAt();
}
