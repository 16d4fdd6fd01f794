package org.partnergov.model.review;

/** The kind of partner funds a {@link FundRequest} asks for. */
public enum FundKind {
  /** Market development funds: money for the partner's own marketing of the host's offer. */
  MDF,
  /** Co-op funds: marketing paid jointly by the host and the partner. */
  COOP
}
