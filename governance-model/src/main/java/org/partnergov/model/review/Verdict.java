package org.partnergov.model.review;

/** What a decider decided about an exception request. */
public enum Verdict {
  /** The request is granted as asked. */
  APPROVE,
  /** The request is granted, subject to the conditions recorded with the decision. */
  APPROVE_WITH_CONDITIONS,
  /** The request is refused. */
  REJECT,
  /** No decision yet: the requester must supply more information first. */
  REQUEST_INFORMATION;

  /** {@return whether the verdict grants the request, with or without conditions} */
  public boolean isApproval() {
    return this == APPROVE || this == APPROVE_WITH_CONDITIONS;
  }
}
