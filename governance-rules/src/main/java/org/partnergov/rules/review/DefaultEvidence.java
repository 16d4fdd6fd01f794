package org.partnergov.rules.review;

import io.vavr.control.Option;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceClass;

/** Placeholder until the evidence rule pack lands. */
final class DefaultEvidence {
  private DefaultEvidence() {}

  static Option<EvidenceClass> classify(ActivityRecord record) {
    return Option.none();
  }
}
