package org.partnergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.problem.ProblemCode;
import org.partnergov.model.problem.StableCode;
import org.partnergov.rules.decision.MatrixCode;
import org.partnergov.rules.escalation.EscalationCode;
import org.partnergov.rules.evidence.EvidenceCode;
import org.partnergov.rules.log.LogBreak;
import org.partnergov.rules.review.ReviewCode;

/**
 * The README's catalog of stable codes lists exactly the codes the library has, each once: a code
 * added to an enum without its row, or a row left behind by a removed code, fails this test.
 */
class CatalogTest {

  /** Every code enum of the library. */
  private static final Seq<Class<? extends StableCode>> CODE_ENUMS = List.of(ProblemCode.class, FailureMode.class,
      MatrixCode.class, EvidenceCode.class, EscalationCode.class, ReviewCode.class, LogBreak.class);

  @Test
  void the_readme_catalog_lists_every_code_of_the_library_once() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String catalog = readme.substring(readme.indexOf("## Stable codes"), readme.indexOf("### Rule defaults"));
    Matcher rows = Pattern.compile("(?m)^\\| `([^`]+)` \\| (.+) \\|$").matcher(catalog);
    List<String> listed = List.empty();
    while (rows.find()) {
      listed = listed.append(rows.group(1));
      assertThat(rows.group(2)).as("the sentence of %s", rows.group(1)).isNotBlank().endsWith(".");
    }
    // a code may stand in two enums for one meaning (EvidenceCode's FM-1 and FM-4 verdicts are those findings)
    Seq<String> codes = CODE_ENUMS.flatMap(type -> List.of(type.getEnumConstants())).map(StableCode::code).distinct();

    Map<String, ? extends Seq<String>> twice = listed.groupBy(c -> c).filter(t -> t._2.size() > 1);
    assertThat(twice.keySet()).as("codes listed twice").isEmpty();
    assertThat(listed.toSet()).as("the catalog").isEqualTo(codes.toSet());
    assertThat(codes).allSatisfy(c -> assertThat(StableCode.isWellFormed(c)).as(c).isTrue());
  }
}
