package org.partnergov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Severity;

class SeverityMatrixTest {

  private final SeverityMatrix matrix = SeverityMatrix.defaults();

  @Test
  void the_corners_of_the_default_matrix() {
    assertThat(matrix.severity(Rating.of(1), Rating.of(1))).isEqualTo(Severity.LOW);
    assertThat(matrix.severity(Rating.of(1), Rating.of(5))).isEqualTo(Severity.MEDIUM);
    assertThat(matrix.severity(Rating.of(5), Rating.of(1))).isEqualTo(Severity.MEDIUM);
    assertThat(matrix.severity(Rating.of(5), Rating.of(5))).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void the_default_matrix_rates_by_the_product_of_impact_and_likelihood_at_the_band_edges() {
    assertThat(matrix.severity(Rating.of(2), Rating.of(2))).isEqualTo(Severity.LOW);      // 4
    assertThat(matrix.severity(Rating.of(2), Rating.of(3))).isEqualTo(Severity.MEDIUM);   // 6
    assertThat(matrix.severity(Rating.of(3), Rating.of(3))).isEqualTo(Severity.MEDIUM);   // 9
    assertThat(matrix.severity(Rating.of(2), Rating.of(5))).isEqualTo(Severity.HIGH);     // 10
    assertThat(matrix.severity(Rating.of(4), Rating.of(4))).isEqualTo(Severity.HIGH);     // 16
    assertThat(matrix.severity(Rating.of(4), Rating.of(5))).isEqualTo(Severity.CRITICAL); // 20
  }

  @Test
  void the_matrix_explains_a_rating() {
    assertThat(matrix.explain(Rating.of(4), Rating.of(3)))
        .isEqualTo("An impact of 4/5 and a likelihood of 3/5 rate it high.");
  }

  @Test
  void a_host_configures_its_own_matrix() {
    Seq<Seq<Severity>> rows = List.range(0, 5).map(i -> List.fill(5, i < 4 ? Severity.LOW : Severity.CRITICAL));
    SeverityMatrix own = SeverityMatrix.ofRows(rows);
    assertThat(own.severity(Rating.of(4), Rating.of(5))).isEqualTo(Severity.LOW);
    assertThat(own.severity(Rating.of(5), Rating.of(1))).isEqualTo(Severity.CRITICAL);
    assertThat(SeverityMatrix.ofRows(List.range(1, 6).map(i -> List.range(1, 6)
        .map(j -> matrix.severity(Rating.of(i), Rating.of(j)))))).isEqualTo(matrix);
  }

  @Test
  void a_matrix_that_is_not_5x5_or_not_monotone_is_a_programmer_error() {
    assertThatThrownBy(() -> SeverityMatrix.ofRows(List.fill(4, List.fill(5, Severity.LOW))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 rows of 5");
    Seq<Seq<Severity>> falling = List.range(0, 5).map(i -> List.fill(5, i == 0 ? Severity.HIGH : Severity.LOW));
    assertThatThrownBy(() -> SeverityMatrix.ofRows(falling))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monotone");
  }
}
