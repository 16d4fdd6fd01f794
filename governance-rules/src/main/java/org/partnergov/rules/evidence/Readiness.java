package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.util.function.Function;
import org.partnergov.model.evidence.EvidenceProgramId;
import org.partnergov.model.party.PartnerId;

/**
 * How ready one partner is for the launch of an evidence program: {@link Qualified} (every
 * criterion met, with the qualifying evidence), {@link Gaps} (criteria missing and no readiness
 * activity either) or {@link AtRisk} (readiness activity exists, but it has not become the
 * qualifying evidence: the guide's fragmented handoff, {@code FM-4}), with the whole days left
 * until the deadline.
 */
public sealed interface Readiness {

  /** {@return the partner} */
  PartnerId partner();

  /** {@return the evidence program} */
  EvidenceProgramId program();

  /** {@return the partner's standing against each criterion, in the program's order} */
  Seq<CriterionStatus> criteria();

  /**
   * Every criterion is met ({@code EVD-30}).
   *
   * @param partner the partner
   * @param program the evidence program
   * @param criteria the standing against each criterion, all met
   */
  record Qualified(PartnerId partner, EvidenceProgramId program, Seq<CriterionStatus> criteria) implements Readiness {
    /**
     * Throws on a missing part or an unmet criterion.
     *
     * @param partner the partner
     * @param program the evidence program
     * @param criteria the standing against each criterion, all met
     */
    public Qualified {
      requireNonNull(partner, "partner");
      requireNonNull(program, "program");
      requireNonNull(criteria, "criteria");
      if (!criteria.forAll(CriterionStatus::isMet)) {
        throw new IllegalArgumentException("a qualified partner meets every criterion");
      }
    }
  }

  /**
   * Some criteria are not met, and the partner shows no readiness activity ({@code EVD-31}).
   *
   * @param partner the partner
   * @param program the evidence program
   * @param criteria the standing against each criterion, some not met
   * @param daysRemaining whole days from the as-of instant to the deadline, zero once it passed
   */
  record Gaps(PartnerId partner, EvidenceProgramId program, Seq<CriterionStatus> criteria, long daysRemaining)
      implements Readiness {
    /**
     * Throws on a missing part.
     *
     * @param partner the partner
     * @param program the evidence program
     * @param criteria the standing against each criterion, some not met
     * @param daysRemaining whole days from the as-of instant to the deadline, zero once it passed
     */
    public Gaps {
      requireNonNull(partner, "partner");
      requireNonNull(program, "program");
      requireNonNull(criteria, "criteria");
    }
  }

  /**
   * Readiness activity exists but the qualifying evidence does not: a fragmented handoff ({@code FM-4}).
   *
   * @param partner the partner
   * @param program the evidence program
   * @param criteria the standing against each criterion, some not met
   * @param readinessActivity how many readiness activity records the partner has
   * @param daysRemaining whole days from the as-of instant to the deadline, zero once it passed
   */
  record AtRisk(PartnerId partner, EvidenceProgramId program, Seq<CriterionStatus> criteria, long readinessActivity,
      long daysRemaining) implements Readiness {
    /**
     * Throws on a missing part or without activity.
     *
     * @param partner the partner
     * @param program the evidence program
     * @param criteria the standing against each criterion, some not met
     * @param readinessActivity how many readiness activity records the partner has, at least one
     * @param daysRemaining whole days from the as-of instant to the deadline, zero once it passed
     */
    public AtRisk {
      requireNonNull(partner, "partner");
      requireNonNull(program, "program");
      requireNonNull(criteria, "criteria");
      if (readinessActivity < 1) {
        throw new IllegalArgumentException("a partner at risk has readiness activity");
      }
    }
  }

  /**
   * Handles each case; the compiler makes sure all three are handled.
   *
   * @param <R> what each handler gives back
   * @param ifQualified what to do with a partner that meets every criterion
   * @param ifGaps what to do with a partner that misses some criteria without readiness activity
   * @param ifAtRisk what to do with a partner that misses some criteria despite readiness activity
   * @return what the handler of this case gave back
   */
  default <R> R fold(Function<? super Qualified, ? extends R> ifQualified, Function<? super Gaps, ? extends R> ifGaps,
      Function<? super AtRisk, ? extends R> ifAtRisk) {
    if (this instanceof Qualified q) {
      return ifQualified.apply(q);
    }
    return this instanceof Gaps g ? ifGaps.apply(g) : ifAtRisk.apply((AtRisk) this);
  }

  /** {@return the stable code: {@code EVD-30}, {@code EVD-31} or {@code FM-4}} */
  default EvidenceCode code() {
    return fold(q -> EvidenceCode.QUALIFIED, g -> EvidenceCode.GAPS, r -> EvidenceCode.AT_RISK);
  }

  /** {@return the criteria not met, in the program's order} */
  default Seq<CriterionStatus> gaps() {
    return criteria().filter(c -> !c.isMet());
  }

  /** {@return a paragraph a partner manager can read: the outcome, then each criterion} */
  default String explanation() {
    String head = fold(
        q -> partner() + " is qualified for " + program() + " (EVD-30): every criterion is met.",
        g -> partner() + " has gaps for " + program() + " (EVD-31): " + Describe.plural(g.gaps().size(), "criterion")
            .replace("criterions", "criteria") + " not met and no readiness activity, " + days(g.daysRemaining()) + ".",
        r -> partner() + " is at risk for " + program() + " (FM-4, fragmented handoff): "
            + Describe.plural(r.readinessActivity(), "readiness activity record") + " but "
            + Describe.plural(r.gaps().size(), "criterion").replace("criterions", "criteria")
            + " without qualifying evidence, " + days(r.daysRemaining()) + ".");
    return head + " " + criteria().map(CriterionStatus::explanation).mkString(" ");
  }

  private static String days(long remaining) {
    return remaining == 0 ? "no whole day left before the launch deadline"
        : Describe.plural(remaining, "day") + " left before the launch deadline";
  }
}
