package org.partnergov.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.partnergov.model.diagnosis.FailureMode;

/** The catalog of evidence codes. */
class EvidenceCodeTest {

  @Test
  void codesAreUniqueAndDescribed() {
    List<EvidenceCode> all = List.of(EvidenceCode.values());
    assertThat(all.map(EvidenceCode::code).distinct()).hasSize(all.size());
    assertThat(all).allSatisfy(c -> assertThat(c.description()).isNotBlank());
  }

  @Test
  void theFailureModeCodesAreTheGuidesOwn() {
    assertThat(EvidenceCode.ACTIVITY_ONLY.failureMode()).containsExactly(FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE);
    assertThat(EvidenceCode.ACTIVITY_ONLY.code()).isEqualTo(FailureMode.ACTIVITY_MISTAKEN_FOR_VALUE.code());
    assertThat(EvidenceCode.AT_RISK.failureMode()).containsExactly(FailureMode.FRAGMENTED_HANDOFFS);
    assertThat(EvidenceCode.AT_RISK.code()).isEqualTo(FailureMode.FRAGMENTED_HANDOFFS.code());
    assertThat(List.of(EvidenceCode.values()).filter(c -> c.failureMode().isDefined())).hasSize(2);
  }

  /** Prints the catalog, one line per code, for the README. */
  @Test
  void theCatalogReadsAsTable() {
    String table = List.of(EvidenceCode.values()).map(c -> "| `" + c.code() + "` | " + c.description() + ". |")
        .mkString("\n");
    System.out.println(table);
    assertThat(table).contains("| `FM-1` |");
  }
}
