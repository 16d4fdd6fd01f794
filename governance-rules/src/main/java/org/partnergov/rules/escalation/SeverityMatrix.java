package org.partnergov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Locale;
import org.partnergov.model.escalation.Rating;
import org.partnergov.model.escalation.Severity;

/**
 * The impact x likelihood matrix that rates a risk: one severity for each pair of ratings from
 * 1 to 5. A host configures its own with {@link #ofRows(Seq)}; {@link #defaults()} is the usual
 * 5x5 table, severity by the product of impact and likelihood (1-4 low, 5-9 medium, 10-16 high,
 * 20-25 critical):
 *
 * <pre>
 * impact \ likelihood   1        2        3        4         5
 *   5                   MEDIUM   HIGH     HIGH     CRITICAL  CRITICAL
 *   4                   LOW      MEDIUM   HIGH     HIGH      CRITICAL
 *   3                   LOW      MEDIUM   MEDIUM   HIGH      HIGH
 *   2                   LOW      LOW      MEDIUM   MEDIUM    HIGH
 *   1                   LOW      LOW      LOW      LOW       MEDIUM
 * </pre>
 *
 * Every matrix is monotone: a higher impact or a higher likelihood never gives a lower severity.
 */
public final class SeverityMatrix {

  private static final int SIZE = Rating.HIGHEST - Rating.LOWEST + 1;
  private static final SeverityMatrix DEFAULTS = new SeverityMatrix(Vector.range(1, SIZE + 1)
      .map(impact -> Vector.range(1, SIZE + 1).map(likelihood -> byScore(impact * likelihood))));

  private final Vector<Vector<Severity>> rows;

  private SeverityMatrix(Vector<Vector<Severity>> rows) {
    this.rows = rows;
  }

  /** {@return the default 5x5 table shown above} */
  public static SeverityMatrix defaults() {
    return DEFAULTS;
  }

  /**
   * A host's own matrix: five rows, one per impact from 1 to 5, each with five severities, one per
   * likelihood from 1 to 5. A misconfigured matrix is a programmer error, so this throws on a
   * shape other than 5x5 or a matrix that is not monotone.
   *
   * @param rows the severities by impact, then likelihood, both counted from 1
   * @return the matrix
   */
  public static SeverityMatrix ofRows(Seq<? extends Seq<Severity>> rows) {
    requireNonNull(rows, "rows");
    if (rows.size() != SIZE || rows.exists(r -> r.size() != SIZE)) {
      throw new IllegalArgumentException("a severity matrix has " + SIZE + " rows of " + SIZE + " severities");
    }
    Vector<Vector<Severity>> table = Vector.ofAll(rows).map(r -> Vector.ofAll(r).map(s -> requireNonNull(s, "severity")));
    for (int i = 0; i < SIZE; i++) {
      for (int j = 0; j < SIZE; j++) {
        Severity here = table.get(i).get(j);
        if (i > 0 && here.compareTo(table.get(i - 1).get(j)) < 0 || j > 0 && here.compareTo(table.get(i).get(j - 1)) < 0) {
          throw new IllegalArgumentException("a severity matrix is monotone, but impact " + (i + 1)
              + " and likelihood " + (j + 1) + " give " + here + ", less than a lower rating gives");
        }
      }
    }
    return new SeverityMatrix(table);
  }

  /**
   * {@return the severity of a risk with the impact and likelihood}
   *
   * @param impact how bad the risk would be, from 1 to 5
   * @param likelihood how likely the risk is, from 1 to 5
   */
  public Severity severity(Rating impact, Rating likelihood) {
    return rows.get(impact.level() - Rating.LOWEST).get(likelihood.level() - Rating.LOWEST);
  }

  /**
   * {@return a sentence such as {@code An impact of 4/5 and a likelihood of 3/5 rate it high.}}
   *
   * @param impact how bad the risk would be, from 1 to 5
   * @param likelihood how likely the risk is, from 1 to 5
   */
  public String explain(Rating impact, Rating likelihood) {
    return "An impact of " + impact + " and a likelihood of " + likelihood + " rate it "
        + severity(impact, likelihood).name().toLowerCase(Locale.ROOT) + ".";
  }

  private static Severity byScore(int score) {
    return score >= 20 ? Severity.CRITICAL : score >= 10 ? Severity.HIGH : score >= 5 ? Severity.MEDIUM : Severity.LOW;
  }

  /** Matrices are equal when they give the same severities. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SeverityMatrix m && m.rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  /** The rows, impact 1 first. */
  @Override
  public String toString() {
    return rows.map(r -> r.mkString(" ")).mkString("SeverityMatrix[", "; ", "]");
  }
}
