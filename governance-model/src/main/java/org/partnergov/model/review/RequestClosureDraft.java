package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * The end of an undecided request as the host's data has it.
 *
 * @param request the id of the request closed
 * @param reason {@code WITHDRAWN} or {@code EXPIRED}
 * @param by the id of the person who withdrew it; blank for an expiry
 * @param at when it ended
 */
public record RequestClosureDraft(@Nullable String request, @Nullable String reason, @Nullable String by,
    @Nullable Instant at) {

  /**
   * {@return the closure, or every problem with this draft: a blank request, an unknown reason, no
   * time, a withdrawal that names nobody, an expiry that names someone}
   */
  public Validation<Seq<Problem>, RequestClosure> validate() {
    Checks checks = Checks.start();
    RequestId id = checks.text("request", request, RequestId::new);
    RequestClosure.Reason why = checks.name("reason", reason, RequestClosure.Reason.class);
    Option<PersonId> who = checks.optionalText(by, PersonId::new);
    Instant when = checks.present("at", at);
    if (why == RequestClosure.Reason.WITHDRAWN) {
      checks.that(who.isDefined(), ProblemCode.REQUIRED, "by", "a withdrawal names who withdrew the request");
    } else if (why != null) {
      checks.that(who.isEmpty(), ProblemCode.INCONSISTENT, "by",
          "only a withdrawal names a person, the reason is " + why.name().toLowerCase(Locale.ROOT));
    }
    return checks.result(() -> new RequestClosure(id, why, who, when));
  }
}
