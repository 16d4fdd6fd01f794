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
 * The attributes every exception request shares, parsed once for all four kinds: the reading of
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

  /** The setters of the common attributes that the builders of all four kinds have. */
  interface Target<B extends Target<B>> {

    B id(RequestId id);

    B requester(PersonId requester);

    B partner(PartnerId partner);

    B program(Option<ProgramId> program);

    B region(Option<Region> region);

    B rationale(String rationale);

    B cited(Seq<ActivityRecordId> cited);

    B submittedAt(Instant submittedAt);
  }
}
