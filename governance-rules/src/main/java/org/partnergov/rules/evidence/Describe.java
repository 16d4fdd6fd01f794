package org.partnergov.rules.evidence;

import java.util.Locale;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;
import org.partnergov.model.evidence.Provenance;

/** Plain words for codes and classes, shared by the explanations of this package. */
final class Describe {

  private Describe() {}

  static String kind(ActivityKind kind) {
    return words(kind.code());
  }

  static String dimension(PerformanceDimension dimension) {
    return words(dimension.name());
  }

  static String provenance(Provenance provenance) {
    return words(provenance.name());
  }

  static String evidenceClass(EvidenceClass evidenceClass) {
    return evidenceClass.fold(e -> "enablement", p -> "performance evidence (" + dimension(p.dimension()) + ")",
        c -> "customer impact");
  }

  static String words(String code) {
    return code.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Whole days when at least one ({@code 90 days}), else the ISO form ({@code PT12H}). */
  static String duration(java.time.Duration d) {
    return d.toDays() >= 1 ? plural(d.toDays(), "day") : d.toString();
  }

  static String plural(long count, String one) {
    return count + " " + (count == 1 ? one : one + "s");
  }
}
