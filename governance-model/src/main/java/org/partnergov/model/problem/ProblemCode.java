package org.partnergov.model.problem;

/**
 * The stable codes of input problems. Codes are public API: hosts store them, show them and
 * filter on them, so a code never changes its meaning.
 */
public enum ProblemCode implements StableCode {
  /** A required value is missing or blank. */
  REQUIRED("VAL-01", "a required value is missing or blank"),
  /** An amount or a duration that must be greater than zero is zero or negative. */
  NOT_POSITIVE("VAL-02", "the value must be greater than zero"),
  /** An amount that must not be negative is negative. */
  NEGATIVE("VAL-03", "the amount must not be negative"),
  /** Amounts that must share one currency use several. */
  CURRENCY_MISMATCH("VAL-04", "amounts in one value must share a currency"),
  /** A currency code that ISO 4217 does not know. */
  UNKNOWN_CURRENCY("VAL-05", "the currency code is not an ISO 4217 code"),
  /** A period whose end is not after its start. */
  PERIOD_REVERSED("VAL-06", "the period must end after it starts"),
  /** A name that is not one of the allowed values of a closed set. */
  UNKNOWN_NAME("VAL-07", "the name is not one of the allowed values"),
  /** An id that refers to nothing known in the same snapshot. */
  UNKNOWN_REFERENCE("VAL-08", "the id refers to nothing known"),
  /** Two values of one kind share an id. */
  DUPLICATE_ID("VAL-09", "the id is used twice"),
  /** A number outside its allowed range. */
  OUT_OF_RANGE("VAL-10", "the number is outside its allowed range"),
  /** A collection that must hold at least one element is empty. */
  EMPTY("VAL-11", "at least one entry is required"),
  /** Values that contradict each other. */
  INCONSISTENT("VAL-12", "the values contradict each other");

  private final String code;
  private final String description;

  ProblemCode(String code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  /** The stable code, for example {@code VAL-01}. */
  public String code() {
    return code;
  }

  @Override
  /** One sentence saying what the code means. */
  public String description() {
    return description;
  }
}
