package org.partnergov.model.review;

/**
 * How the approvers of one approval level decide, as approval processes in PRMs let a step be
 * decided: by the first of them to respond, or by every one of them.
 */
public enum ApprovalMode {
  /** One approval by any of the level's approvers fills the level. */
  FIRST_RESPONSE,
  /** Every approver of the level must approve; each fills the level once. */
  UNANIMOUS
}
