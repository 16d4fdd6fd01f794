package org.partnergov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import java.util.Locale;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.escalation.Severity;

/**
 * Translates a partner risk into what it means for the business: one or more consequences
 * (customer, revenue, operational, compliance), each with a severity, the risk's magnitude
 * (customers affected, revenue at risk, regulation) and a sentence explaining it. The severity
 * starts from the {@link SeverityMatrix} rating of the risk's impact and likelihood; the rule of
 * the risk's kind may raise it.
 *
 * <p>The default rules, "rated" being the matrix severity:
 * <table>
 *   <caption>Default translation rules</caption>
 *   <tr><th>Risk kind</th><th>Consequences</th></tr>
 *   <tr><td>DELIVERY_SLIP</td><td>operational, rated; customer, rated, when customers are affected;
 *       revenue, rated, when revenue above zero is at risk</td></tr>
 *   <tr><td>CERTIFICATION_LAPSE</td><td>compliance, rated; operational, rated</td></tr>
 *   <tr><td>CUSTOMER_COMPLAINT</td><td>customer, rated; revenue, rated, when revenue above zero is at risk</td></tr>
 *   <tr><td>COMPLIANCE_BREACH</td><td>compliance, rated, at least high when a regulation is named;
 *       customer, rated, when customers are affected</td></tr>
 *   <tr><td>READINESS_GAP</td><td>operational, rated, one step higher when the deadline is at most 30
 *       days after the risk was raised (or already past); revenue, rated, when revenue above zero is
 *       at risk</td></tr>
 *   <tr><td>FUND_MISUSE</td><td>compliance, rated, at least medium; revenue, rated, when revenue above
 *       zero is at risk</td></tr>
 * </table>
 *
 * <p>Host teams add their own risk kinds, or replace a default rule, with {@link #with}; a risk of
 * a kind that no rule covers is reported as {@code RSK-01}, never silently dropped. Instances are
 * immutable: {@code with} returns a new translation.
 */
public final class RiskTranslation {

  private final SeverityMatrix matrix;
  private final Map<RiskKind, TranslationRule> rules;

  private RiskTranslation(SeverityMatrix matrix, Map<RiskKind, TranslationRule> rules) {
    this.matrix = matrix;
    this.rules = rules;
  }

  /** {@return the default rules of the six built-in kinds over the default matrix} */
  public static RiskTranslation defaults() {
    return new RiskTranslation(SeverityMatrix.defaults(), DefaultTranslations.rules());
  }

  /**
   * {@return this translation with the rule for the kind, added or replacing the one it had}
   *
   * @param kind the risk kind the rule covers
   * @param rule how a risk of the kind turns into consequences
   */
  public RiskTranslation with(RiskKind kind, TranslationRule rule) {
    return new RiskTranslation(matrix, rules.put(requireNonNull(kind, "kind"), requireNonNull(rule, "rule")));
  }

  /**
   * {@return this translation rating risks with another matrix}
   *
   * @param matrix the matrix that rates a risk's impact and likelihood
   */
  public RiskTranslation withMatrix(SeverityMatrix matrix) {
    return new RiskTranslation(requireNonNull(matrix, "matrix"), rules);
  }

  /** {@return the matrix that rates risks} */
  public SeverityMatrix matrix() {
    return matrix;
  }

  /** {@return the kinds with a rule, in code order} */
  public SortedSet<RiskKind> kinds() {
    return TreeSet.ofAll(rules.keySet());
  }

  /**
   * {@return the matrix severity of the risk's impact and likelihood, before any rule adjusts it}
   *
   * @param risk the risk to rate
   */
  public Severity rate(Risk risk) {
    return matrix.severity(risk.impact(), risk.likelihood());
  }

  /**
   * The consequences of the risk, or why there are none: {@code RSK-01} when no rule covers its
   * kind, {@code RSK-02} when the rule gave no consequence.
   *
   * @param risk the risk to translate
   * @return one or more consequences, each explaining itself, or the problem
   */
  public Either<EscalationProblem, Seq<Consequence>> translate(Risk risk) {
    requireNonNull(risk, "risk");
    return rules.get(risk.kind()).toEither(() -> new EscalationProblem(EscalationCode.NO_TRANSLATION_RULE,
            List.of(risk.id().value(), risk.kind().code()), "Risk " + risk.id() + " of partner " + risk.partner()
                + " is a " + words(risk) + ", and no translation rule covers that kind, so its consequences"
                + " are unknown: add a rule for " + risk.kind().code() + "."))
        .flatMap(rule -> {
          Seq<Consequence> consequences = List.ofAll(requireNonNull(rule.consequences(risk, rate(risk)),
              "a translation rule returns consequences, never null"));
          return consequences.isEmpty()
              ? Either.left(new EscalationProblem(EscalationCode.NO_CONSEQUENCE,
                  List.of(risk.id().value(), risk.kind().code()), "The rule for " + words(risk) + " gave risk "
                      + risk.id() + " of partner " + risk.partner() + " no consequence; every risk has at least one."))
              : Either.right(consequences);
        });
  }

  private static String words(Risk risk) {
    return risk.kind().code().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
