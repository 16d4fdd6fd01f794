package org.partnergov.rules.diagnosis;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.function.BiFunction;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;

/**
 * A diagnostic over a whole ecosystem: the built-in rules find the guide's five failure modes, and
 * host teams add their own, with their own codes, and compose them with the built-in ones in a
 * {@link DecisionTest}.
 *
 * <p>The contract every rule keeps (the testkit checks it for host rules): it is deterministic,
 * never throws on a valid snapshot, does not depend on the order of the snapshot's parts, and
 * every finding it returns has a code and an explanation.
 */
public interface GovernanceRule {

  /** {@return the rule's stable code, one word, such as {@code FM-3} or {@code ACME-7}} */
  String code();

  /** {@return one sentence saying what the rule finds} */
  String description();

  /**
   * The findings of the rule in the ecosystem as of the instant.
   *
   * @param snapshot the ecosystem
   * @param asOf the instant the ecosystem is judged at
   * @return the findings, possibly none
   */
  Seq<Finding> check(EcosystemSnapshot snapshot, Instant asOf);

  /**
   * {@return a rule from its code, description and check}
   *
   * @param code the rule's stable code, one word, such as {@code ACME-7}
   * @param description one sentence saying what the rule finds; not blank
   * @param check the findings of the rule in an ecosystem as of an instant
   */
  static GovernanceRule of(String code, String description,
      BiFunction<EcosystemSnapshot, Instant, Seq<Finding>> check) {
    requireNonNull(code, "code");
    requireNonNull(description, "description");
    requireNonNull(check, "check");
    if (!code.matches("\\S+") || description.isBlank()) {
      throw new IllegalArgumentException("a rule needs a one-word code and a description, was '" + code + "'");
    }
    return new GovernanceRule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public Seq<Finding> check(EcosystemSnapshot snapshot, Instant asOf) {
        return check.apply(snapshot, asOf);
      }

      @Override
      public String toString() {
        return code + " " + description;
      }
    };
  }
}
