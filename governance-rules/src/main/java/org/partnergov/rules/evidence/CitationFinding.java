package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import org.partnergov.model.evidence.ActivityRecordId;

/**
 * What one cited record means for a value claim: strong evidence, weak evidence (and why), an
 * enablement signal, or no evidence for it at all (unknown, another partner's, outside the period,
 * off subject, unclassified).
 *
 * @param record the cited id
 * @param code the stable code of the finding
 * @param explanation a sentence a partner manager can read
 */
public record CitationFinding(ActivityRecordId record, EvidenceCode code, String explanation) {

  /**
   * Throws on a missing part.
   *
   * @param record the cited id
   * @param code the stable code of the finding
   * @param explanation a sentence a partner manager can read
   */
  public CitationFinding {
    requireNonNull(record, "record");
    requireNonNull(code, "code");
    requireNonNull(explanation, "explanation");
  }

  /** Reads as {@code EVD-08 activity-3: ...}. */
  @Override
  public String toString() {
    return code.code() + " " + record + ": " + explanation;
  }
}
