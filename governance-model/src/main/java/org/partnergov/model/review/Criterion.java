package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * A criterion a reviewer checks, such as {@code EVIDENCE_CITED}: a stable code, compared without
 * regard to case and stored in upper case with underscores, and a plain description.
 *
 * @param code the normalized code
 * @param description what the criterion asks, for a business reader
 */
public record Criterion(String code, String description) {

  /**
   * Normalizes the code and trims the description; throws when either is blank.
   *
   * @param code the normalized code
   * @param description what the criterion asks, for a business reader
   */
  public Criterion {
    code = Text.code(code, "code");
    description = Text.nonBlank(description, "description");
  }

  /**
   * {@return the criterion of the given code and description}
   *
   * @param code the criterion's code, in any case
   * @param description what the criterion asks, for a business reader, never blank
   */
  public static Criterion of(String code, String description) {
    return new Criterion(code, description);
  }

  /**
   * {@return a criterion from host data, or every problem: a blank code or description}
   *
   * @param draft the criterion as the host's data has it
   */
  public static Validation<Seq<Problem>, Criterion> parse(CriterionDraft draft) {
    Checks checks = Checks.start();
    String code = checks.text("code", draft.code());
    String description = checks.text("description", draft.description());
    return checks.result(() -> new Criterion(code, description));
  }

  /** Throws when two of the criteria share a code: results name criteria by code. */
  static Seq<Criterion> distinct(Seq<Criterion> criteria, String name) {
    if (criteria.map(Criterion::code).distinct().size() != criteria.size()) {
      throw new IllegalArgumentException(name + " must not hold two criteria of one code: " + criteria);
    }
    return criteria;
  }

  /** Each criterion of the drafts at {@code path[i]}; a code used twice is a problem. */
  static Seq<Criterion> readAll(Checks checks, String path, Seq<CriterionDraft> drafts) {
    ArrayList<Criterion> out = new ArrayList<>();
    HashSet<String> seen = new HashSet<>();
    drafts.forEachWithIndex((draft, i) -> {
      Criterion criterion = checks.nested(path + "[" + i + "]", parse(draft));
      if (criterion != null && !seen.add(criterion.code())) {
        checks.problem(ProblemCode.DUPLICATE_ID, path + "[" + i + "].code",
            "criterion " + criterion.code() + " is listed twice");
      } else if (criterion != null) {
        out.add(criterion);
      }
    });
    return List.ofAll(out);
  }
}
