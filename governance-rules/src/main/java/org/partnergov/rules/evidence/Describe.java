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

  static String plural(long count, String one) {
    return count + " " + (count == 1 ? one : one + "s");
  }
}
