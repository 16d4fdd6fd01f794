package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.Text;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;

/**
 * The attributes every exception request shares, parsed once for all seven kinds: the reading of
 * a {@link SubmissionDraft}, the common invariant, and the copy into a typed builder.
 */
record Submission(RequestId id, PersonId requester, PartnerId partner, Option<ProgramId> program,
    Option<Region> region, String rationale, Seq<ActivityRecordId> cited, Instant submittedAt) {

  /** The common attributes of the draft, or null after recording every problem with them. */
  static @Nullable Submission read(Checks checks, SubmissionDraft draft) {
    RequestId id = checks.text("id", draft.id(), RequestId::new);
    PersonId requester = checks.text("requester", draft.requester(), PersonId::new);
    PartnerId partner = checks.text("partner", draft.partner(), PartnerId::new);
    Option<ProgramId> program = checks.optionalText(draft.program(), ProgramId::new);
    Option<Region> region = checks.optionalText(draft.region(), Region::new);
    String rationale = checks.text("rationale", draft.rationale());
    Seq<ActivityRecordId> cited = checks.texts("cited", draft.cited(), ActivityRecordId::new);
    Instant submittedAt = checks.present("submittedAt", draft.submittedAt());
    return checks.failed() ? null
        : new Submission(id, requester, partner, program, region, rationale, cited, submittedAt);
  }

  /** Fills in the common attributes of any kind of request's builder. */
  <B extends Target<B>> B into(B builder) {
    return builder.id(id).requester(requester).partner(partner).program(program).region(region)
        .rationale(rationale).cited(cited).submittedAt(submittedAt);
  }

  /** Throws when a typed request breaks the common invariant: a blank rationale. */
  static void check(ExceptionRequest request) {
    Text.nonBlank(request.rationale(), "rationale");
  }

  /** The setters of the common attributes that the builders of all seven kinds have. */
  interface Target<B extends Target<B>> {

    /**
     * Sets the request's id.
     *
     * @param id the stable id
     * @return this builder
     */
    B id(RequestId id);

    /**
     * Sets who asks for the exception.
     *
     * @param requester the person who asks
     * @return this builder
     */
    B requester(PersonId requester);

    /**
     * Sets the partner the exception is for.
     *
     * @param partner the partner
     * @return this builder
     */
    B partner(PartnerId partner);

    /**
     * Sets the program the request belongs to.
     *
     * @param program the program, if any
     * @return this builder
     */
    B program(Option<ProgramId> program);

    /**
     * Sets the region the request belongs to.
     *
     * @param region the region, if any
     * @return this builder
     */
    B region(Option<Region> region);

    /**
     * Sets why the requester asks for the exception.
     *
     * @param rationale the reason, never blank
     * @return this builder
     */
    B rationale(String rationale);

    /**
     * Sets the activity records the request cites as evidence.
     *
     * @param cited the ids of the cited records
     * @return this builder
     */
    B cited(Seq<ActivityRecordId> cited);

    /**
     * Sets when the request was submitted.
     *
     * @param submittedAt the time of submission
     * @return this builder
     */
    B submittedAt(Instant submittedAt);
  }
}
