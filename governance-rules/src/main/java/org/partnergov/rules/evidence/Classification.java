package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.function.Function;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.EvidenceClass;

/**
 * What one activity kind counts as under a rule pack, and why: {@link Classified} by a named rule
 * of a named pack, or {@link Unclassified} when no rule of the pack knows the kind. Unclassified
 * activity never counts as value, and is reported ({@code EVD-01}) so the host sees the gap.
 */
public sealed interface Classification {

  /** {@return the kind classified} */
  ActivityKind kind();

  /** {@return the name of the pack that classified it, or failed to} */
  String pack();

  /**
   * A rule of the pack classifies the kind.
   *
   * @param kind the kind
   * @param evidenceClass what it counts as
   * @param rule the name of the rule that says so
   * @param pack the name of the pack the rule belongs to
   */
  record Classified(ActivityKind kind, EvidenceClass evidenceClass, String rule, String pack)
      implements Classification {
    /**
     * Throws on a missing part.
     *
     * @param kind the kind
     * @param evidenceClass what it counts as
     * @param rule the name of the rule that says so
     * @param pack the name of the pack the rule belongs to
     */
    public Classified {
      requireNonNull(kind, "kind");
      requireNonNull(evidenceClass, "evidenceClass");
      requireNonNull(rule, "rule");
      requireNonNull(pack, "pack");
    }
  }

  /**
   * No rule of the pack classifies the kind ({@code EVD-01}).
   *
   * @param kind the kind
   * @param pack the name of the pack that has no rule for it
   */
  record Unclassified(ActivityKind kind, String pack) implements Classification {
    /**
     * Throws on a missing part.
     *
     * @param kind the kind
     * @param pack the name of the pack that has no rule for it
     */
    public Unclassified {
      requireNonNull(kind, "kind");
      requireNonNull(pack, "pack");
    }

    /** {@return the stable code, always {@link EvidenceCode#UNCLASSIFIED}} */
    public EvidenceCode code() {
      return EvidenceCode.UNCLASSIFIED;
    }
  }

  /**
   * Handles each case; the compiler makes sure both are handled.
   *
   * @param <R> what each handler gives back
   * @param ifClassified what to do with a classified kind
   * @param ifUnclassified what to do with a kind no rule of the pack covers
   * @return what the handler of this case gave back
   */
  default <R> R fold(Function<? super Classified, ? extends R> ifClassified,
      Function<? super Unclassified, ? extends R> ifUnclassified) {
    return this instanceof Classified classified
        ? ifClassified.apply(classified)
        : ifUnclassified.apply((Unclassified) this);
  }

  /** {@return the evidence class, or none when unclassified} */
  default Option<EvidenceClass> classOrNone() {
    return fold(c -> Option.some(c.evidenceClass()), u -> Option.none());
  }

  /**
   * {@return whether the kind counts as value: performance evidence or customer impact, never enablement or
   * unclassified}
   */
  default boolean countsAsValue() {
    return fold(c -> c.evidenceClass().countsAsValue(), u -> false);
  }

  /**
   * {@return a sentence a partner manager can read, such as {@code "training completed" is enablement, not
   * value by itself (rule training-completed-is-enablement of pack defaults).}}
   */
  default String explanation() {
    return fold(
        c -> "\"" + Describe.kind(c.kind()) + "\" is " + c.evidenceClass().fold(
            e -> "enablement, not value by itself",
            p -> "performance evidence of " + Describe.dimension(p.dimension()),
            i -> "customer impact")
            + " (rule " + c.rule() + " of pack " + c.pack() + ").",
        u -> "\"" + Describe.kind(u.kind()) + "\" is unclassified: no rule of pack " + u.pack()
            + " covers it, so it never counts as value (EVD-01).");
  }
}
