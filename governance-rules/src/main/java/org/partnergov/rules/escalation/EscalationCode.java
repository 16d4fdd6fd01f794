package org.partnergov.rules.escalation;

import org.partnergov.model.problem.StableCode;

/**
 * The stable codes of the escalation rules. Codes are public API: hosts store them, show them and
 * filter on them, so a code never changes its meaning. {@code RSK-..} codes are about translating
 * risks, {@code ESC-..} codes about escalation paths and escalations over time, and the
 * {@code FM-5.x} codes are the findings of escalation by relationship.
 */
public enum EscalationCode implements StableCode {
  /** A risk of a kind that no translation rule covers. */
  NO_TRANSLATION_RULE("RSK-01", "a risk of a kind no translation rule covers is reported, never silently dropped"),
  /** A translation rule that gave no consequence for a risk. */
  NO_CONSEQUENCE("RSK-02", "every translated risk has at least one consequence"),
  /** The same person owns two levels of a path with someone else between them. */
  PATH_LOOPS_BACK("ESC-01", "no person owns two levels of a path with someone else between them, so a path never loops back"),
  /** A path with more levels than the configured maximum. */
  PATH_TOO_DEEP("ESC-02", "a path has no more levels than the configured maximum depth"),
  /** A level whose owner does not resolve to exactly one known person. */
  LEVEL_WITHOUT_NAMED_OWNER("ESC-03", "every level of a path is owned by one named person known to the ecosystem"),
  /** The partner's relationship owner owns the last level of a path. */
  RELATIONSHIP_OWNER_ONLY_ROUTE("ESC-04", "the partner's relationship owner is not the only route to leadership: they do not own a path's last level"),
  /** No path handles a consequence's category and severity. */
  NO_PATH_FOR_CONSEQUENCE("ESC-05", "every consequence has an escalation path for its category and severity"),
  /** An acknowledgement or resolution dated before the escalation's current state. */
  OUT_OF_ORDER("ESC-10", "an escalation is acknowledged or resolved no earlier than it reached its current level or was acknowledged"),
  /** An acknowledgement or resolution by someone who does not own the current or a higher level. */
  NOT_ON_PATH("ESC-11", "only the owner of the current level or of a higher level acknowledges or resolves an escalation"),
  /** An escalation that reached, or was handled by, someone not on its defined path. */
  REACHED_OFF_PATH("FM-5.1", "an escalation reached, or was acknowledged or resolved by, someone not on its defined path"),
  /** An escalation that reached a level without passing the levels below it. */
  SKIPPED_LEVEL("FM-5.2", "an escalation reaches each level of its path only after the levels below it"),
  /** An escalation with no defined path at all. */
  NO_PATH("FM-5.3", "every escalation follows a defined path");

  private final String code;
  private final String description;

  EscalationCode(String code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  /** The stable code, for example {@code ESC-03}. */
  public String code() {
    return code;
  }

  @Override
  /** One sentence saying what the code means. */
  public String description() {
    return description;
  }
}
