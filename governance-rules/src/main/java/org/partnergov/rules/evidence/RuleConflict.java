package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import org.partnergov.model.evidence.ActivityKind;

/**
 * Two rule packs composed with {@link RulePack#compose} classify one activity kind differently
 * ({@code EVD-02}). Composition never picks one by order: the host resolves the conflict, for
 * example by an explicit {@link RulePack#overriddenBy override}.
 *
 * @param kind the kind both packs classify
 * @param first the rule of the first pack
 * @param firstPack the name of the first pack
 * @param second the rule of the second pack
 * @param secondPack the name of the second pack
 */
public record RuleConflict(ActivityKind kind, ClassificationRule first, String firstPack,
    ClassificationRule second, String secondPack) {

  /**
   * Throws on a missing part.
   *
   * @param kind the kind both packs classify
   * @param first the rule of the first pack
   * @param firstPack the name of the first pack
   * @param second the rule of the second pack
   * @param secondPack the name of the second pack
   */
  public RuleConflict {
    requireNonNull(kind, "kind");
    requireNonNull(first, "first");
    requireNonNull(firstPack, "firstPack");
    requireNonNull(second, "second");
    requireNonNull(secondPack, "secondPack");
  }

  /** {@return the stable code, always {@link EvidenceCode#CONFLICTING_RULES}} */
  public EvidenceCode code() {
    return EvidenceCode.CONFLICTING_RULES;
  }

  /** {@return a sentence a partner manager can read} */
  public String explanation() {
    return "\"" + Describe.kind(kind) + "\" is " + Describe.evidenceClass(first.evidenceClass()) + " by rule "
        + first.name() + " of pack " + firstPack + " but " + Describe.evidenceClass(second.evidenceClass())
        + " by rule " + second.name() + " of pack " + secondPack
        + "; choose one explicitly with an override (EVD-02).";
  }

  /** Reads as the code and the explanation. */
  @Override
  public String toString() {
    return code().code() + " " + explanation();
  }
}
