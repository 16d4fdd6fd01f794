package org.partnergov.rules.escalation;

import io.vavr.collection.Seq;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.Severity;

/**
 * How one kind of risk translates into consequences: the rule receives the risk and the severity
 * the {@link SeverityMatrix} gives its impact and likelihood, and returns one or more
 * consequences, each explaining itself. Host teams write their own for their own risk kinds and
 * plug them in with {@link RiskTranslation#with}. A rule is a pure function: the same risk always
 * gives the same consequences; it reads no clock and no outside state.
 */
@FunctionalInterface
public interface TranslationRule {

  /**
   * The consequences of the risk.
   *
   * @param risk the risk to translate
   * @param rated the severity the matrix gives the risk's impact and likelihood
   * @return at least one consequence; an empty result is reported as {@code RSK-02}
   */
  Seq<Consequence> consequences(Risk risk, Severity rated);
}
