package org.partnergov.rules.review;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.function.Predicate;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.review.Criterion;
import org.partnergov.model.review.CriterionResult;

/**
 * The check behind a review criterion: a typed, named predicate over the {@link RequestFacts} of a
 * request. A review path names criteria by code; the {@link ReviewPolicy} maps each code to its
 * check. Host teams add their own with {@link #of} or by implementing this interface.
 *
 * <p>A criterion whose code has no check is never assumed to hold: it is reported as not met, so
 * a request cannot take the fast path on a criterion nobody checks.
 */
public interface ReviewCriterion {

  /** {@return the code of the criterion, normalized like {@link Criterion#code()}} */
  String code();

  /**
   * Whether the criterion holds for the request, with the reason either way.
   *
   * @param facts the request and what the ecosystem knows about it
   * @return met or not met, with the reason either way
   */
  CriterionCheck check(RequestFacts facts);

  /**
   * {@return the result of checking the criterion, as recorded in review plans and decision records}
   *
   * @param criterion the criterion as the review path names it, with its description
   * @param facts the request and what the ecosystem knows about it
   */
  default CriterionResult evaluate(Criterion criterion, RequestFacts facts) {
    CriterionCheck checked = check(facts);
    return CriterionResult.of(criterion, checked.met(), checked.reason());
  }

  /**
   * A criterion from a predicate and the two sentences that explain its result.
   *
   * @param code the code, normalized like {@link Criterion#code()}
   * @param holds whether the criterion holds for a request
   * @param whenMet the explanation when it holds
   * @param whenNotMet the explanation when it does not
   * @return the criterion
   */
  static ReviewCriterion of(String code, Predicate<RequestFacts> holds, String whenMet, String whenNotMet) {
    String normalized = Criterion.of(code, whenMet).code();
    requireNonNull(holds, "holds");
    requireNonNull(whenNotMet, "whenNotMet");
    return new ReviewCriterion() {
      @Override
      public String code() {
        return normalized;
      }

      @Override
      public CriterionCheck check(RequestFacts facts) {
        return holds.test(facts) ? CriterionCheck.met(whenMet) : CriterionCheck.notMet(whenNotMet);
      }

      @Override
      public String toString() {
        return normalized;
      }
    };
  }

  /**
   * {@return the criteria the library checks out of the box} They are:
   * <ul>
   *   <li>{@code EVIDENCE_CITED}: the request cites at least one activity record of its partner
   *       that the ecosystem holds;</li>
   *   <li>{@code PARTNER_ACTIVE}: the partner is known and active;</li>
   *   <li>{@code PROGRAM_ENROLLED}: the request names a program the partner is enrolled in;</li>
   *   <li>{@code CUSTOMER_CONFIRMED}: a cited record of the partner was confirmed by a customer or
   *       independently audited.</li>
   * </ul>
   */
  static Seq<ReviewCriterion> builtIn() {
    return List.of(
        of("EVIDENCE_CITED", f -> !own(f).isEmpty(),
            "the request cites activity records of its partner",
            "the request cites no activity record of its partner that the ecosystem holds"),
        of("PARTNER_ACTIVE", f -> f.partner().exists(p -> p.status() == PartnerStatus.ACTIVE),
            "the partner is active", "the partner is not active"),
        of("PROGRAM_ENROLLED",
            f -> f.program().exists(p -> p.enrollmentOf(f.request().partner()).isDefined()),
            "the partner is enrolled in the request's program",
            "the request names no program the partner is enrolled in"),
        of("CUSTOMER_CONFIRMED",
            f -> own(f).exists(r -> r.provenance().isAtLeast(Provenance.CUSTOMER_CONFIRMED)),
            "a customer confirmed, or an auditor verified, cited evidence",
            "no cited evidence was confirmed by a customer or verified by an auditor"));
  }

  private static Seq<ActivityRecord> own(RequestFacts facts) {
    return facts.cited().filter(r -> r.partner().equals(facts.request().partner()));
  }
}
