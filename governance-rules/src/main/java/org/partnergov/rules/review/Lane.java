package org.partnergov.rules.review;

/** How thoroughly a request is reviewed. */
public enum Lane {
  /** One review by the first step's reviewer: the amount is under the fast-path threshold and every fast-path criterion holds. */
  FAST_PATH,
  /** Every step of the review path, one approval. */
  STANDARD,
  /** Every step of the review path, and two distinct approvers (SOD-04). */
  FOUR_EYES
}
