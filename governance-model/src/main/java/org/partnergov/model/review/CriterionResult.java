package org.partnergov.model.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;

/**
 * Whether one criterion held when a request was decided, and why.
 *
 * @param criterion the code of the criterion, normalized like {@link Criterion#code()}
 * @param met whether the criterion held
 * @param explanation why it held or not, for a business reader
 */
public record CriterionResult(String criterion, boolean met, String explanation) {

  /**
   * Normalizes the code and trims the explanation; throws when either is blank.
   *
   * @param criterion the code of the criterion, normalized like {@link Criterion#code()}
   * @param met whether the criterion held
   * @param explanation why it held or not, for a business reader
   */
  public CriterionResult {
    criterion = Text.code(criterion, "criterion");
    explanation = Text.nonBlank(explanation, "explanation");
  }

  /**
   * {@return the result of checking the criterion}
   *
   * @param criterion the criterion checked
   * @param met whether the criterion held
   * @param explanation why it held or not, for a business reader, never blank
   */
  public static CriterionResult of(Criterion criterion, boolean met, String explanation) {
    return new CriterionResult(criterion.code(), met, explanation);
  }

  /**
   * {@return a criterion result from host data, or every problem: a blank criterion code or
   * explanation, no answer to whether it was met}
   *
   * @param draft the criterion result as the host's data has it
   */
  public static Validation<Seq<Problem>, CriterionResult> parse(CriterionResultDraft draft) {
    Checks checks = Checks.start();
    String criterion = checks.text("criterion", draft.criterion());
    Boolean met = checks.present("met", draft.met());
    String explanation = checks.text("explanation", draft.explanation());
    return checks.result(() -> new CriterionResult(criterion, met, explanation));
  }
}
