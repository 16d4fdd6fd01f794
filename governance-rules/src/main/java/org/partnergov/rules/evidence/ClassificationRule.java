package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.EvidenceClass;

/**
 * One named classification rule: activity of this kind counts as this evidence class.
 *
 * @param name the rule's name, quoted in every classification it makes, never blank
 * @param kind the activity kind it classifies
 * @param evidenceClass what that kind counts as
 */
public record ClassificationRule(String name, ActivityKind kind, EvidenceClass evidenceClass) {

  /**
   * Trims the name; throws on a missing part or a blank name.
   *
   * @param name the rule's name, quoted in every classification it makes, never blank
   * @param kind the activity kind it classifies
   * @param evidenceClass what that kind counts as
   */
  public ClassificationRule {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(evidenceClass, "evidenceClass");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a classification rule needs a name");
    }
  }

  /**
   * {@return the rule named {@code name} classifying {@code kind} as {@code evidenceClass}}
   *
   * @param name the rule's name, never blank
   * @param kind the activity kind it classifies
   * @param evidenceClass what that kind counts as
   */
  public static ClassificationRule of(String name, ActivityKind kind, EvidenceClass evidenceClass) {
    return new ClassificationRule(name, kind, evidenceClass);
  }

  /** Reads as {@code training-is-enablement: TRAINING_COMPLETED -> enablement}. */
  @Override
  public String toString() {
    return name + ": " + kind + " -> " + Describe.evidenceClass(evidenceClass);
  }
}
