package org.partnergov.model.review;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.internal.Text;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Tier;

/**
 * What a decision record decided about: an exception request, a partner's tier change, the
 * resolution of an escalation, or a subject of the host's own. Each carries what identifies it,
 * and every one the {@link RequestId} of the case it was decided in.
 */
public sealed interface DecisionSubject {

  /** {@return the id of the request whose case decided it} */
  RequestId request();

  /** {@return which of the four kinds of subject this is} */
  Kind kind();

  /** The kinds of subject, by name (a draft names them without regard to case). */
  enum Kind {
    /** An exception request: a fund request, an incentive exception, a commitment or a readiness claim. */
    EXCEPTION_REQUEST,
    /** A partner's move to another tier. */
    TIER_CHANGE,
    /** The resolution of an escalation. */
    ESCALATION,
    /** A subject of the host's own, for a host-defined decision type. */
    HOST
  }

  /**
   * An exception request, identified by its id alone: the subject of every record before typed
   * subjects existed.
   *
   * @param request the id of the request decided
   */
  record OfRequest(RequestId request) implements DecisionSubject {
    /**
     * Throws on a missing request.
     *
     * @param request the id of the request decided
     */
    public OfRequest {
      requireNonNull(request, "request");
    }

    @Override
    public Kind kind() {
      return Kind.EXCEPTION_REQUEST;
    }

    // "request r-1"
    @Override
    public String toString() {
      return "request " + request;
    }
  }

  /**
   * A partner's move to a tier.
   *
   * @param request the id of the tier change request
   * @param partner the partner that moves
   * @param tier the tier it moves to
   */
  record OfTierChange(RequestId request, PartnerId partner, Tier tier) implements DecisionSubject {
    /**
     * Throws on a missing part.
     *
     * @param request the id of the tier change request
     * @param partner the partner that moves
     * @param tier the tier it moves to
     */
    public OfTierChange {
      requireNonNull(request, "request");
      requireNonNull(partner, "partner");
      requireNonNull(tier, "tier");
    }

    @Override
    public Kind kind() {
      return Kind.TIER_CHANGE;
    }

    // "the move of partner p-1 to tier Gold (request r-1)"
    @Override
    public String toString() {
      return "the move of partner " + partner + " to tier " + tier + " (request " + request + ")";
    }
  }

  /**
   * The resolution of an escalation.
   *
   * @param request the id of the escalation resolution request
   * @param escalation the escalation resolved
   */
  record OfEscalation(RequestId request, EscalationId escalation) implements DecisionSubject {
    /**
     * Throws on a missing part.
     *
     * @param request the id of the escalation resolution request
     * @param escalation the escalation resolved
     */
    public OfEscalation {
      requireNonNull(request, "request");
      requireNonNull(escalation, "escalation");
    }

    @Override
    public Kind kind() {
      return Kind.ESCALATION;
    }

    // "the resolution of escalation e-1 (request r-1)"
    @Override
    public String toString() {
      return "the resolution of escalation " + escalation + " (request " + request + ")";
    }
  }

  /**
   * A thing of the host's own, named by its kind and id as the host knows them.
   *
   * @param request the id of the host decision request
   * @param subjectKind the kind of thing, trimmed and never blank
   * @param subjectId the thing's id, trimmed and never blank
   */
  record OfHost(RequestId request, String subjectKind, String subjectId) implements DecisionSubject {
    /**
     * Trims; throws on a missing request or a blank kind or id.
     *
     * @param request the id of the host decision request
     * @param subjectKind the kind of thing, trimmed and never blank
     * @param subjectId the thing's id, trimmed and never blank
     */
    public OfHost {
      requireNonNull(request, "request");
      subjectKind = Text.nonBlank(subjectKind, "subjectKind");
      subjectId = Text.nonBlank(subjectId, "subjectId");
    }

    @Override
    public Kind kind() {
      return Kind.HOST;
    }

    // "contract C-17 (request r-1)"
    @Override
    public String toString() {
      return subjectKind + " " + subjectId + " (request " + request + ")";
    }
  }

  /**
   * {@return the plain subject: the exception request of the id}
   *
   * @param request the id of the request decided
   */
  static DecisionSubject of(RequestId request) {
    return new OfRequest(request);
  }

  /**
   * {@return the subject a decision on the request is about: the tier change's partner and tier,
   * the escalation resolved, the host decision's subject, or the exception request itself}
   *
   * @param request the request decided
   */
  static DecisionSubject of(ExceptionRequest request) {
    RequestId id = request.id();
    return request.fold(f -> of(id), i -> of(id), c -> of(id), r -> of(id),
        t -> new OfTierChange(id, t.partner(), t.tier()), e -> new OfEscalation(id, e.escalation()),
        h -> new OfHost(id, h.subjectKind(), h.subjectId()));
  }

  /**
   * Handles each kind of subject; the compiler makes sure all four are handled.
   *
   * @param <R> the type of the answer
   * @param ifRequest the function that answers for an exception request
   * @param ifTierChange the function that answers for a tier change
   * @param ifEscalation the function that answers for an escalation
   * @param ifHost the function that answers for a host subject
   * @return what the function for this subject's kind answers
   */
  default <R> R fold(Function<? super OfRequest, ? extends R> ifRequest,
      Function<? super OfTierChange, ? extends R> ifTierChange,
      Function<? super OfEscalation, ? extends R> ifEscalation,
      Function<? super OfHost, ? extends R> ifHost) {
    if (this instanceof OfRequest plain) {
      return ifRequest.apply(plain);
    }
    if (this instanceof OfTierChange tierChange) {
      return ifTierChange.apply(tierChange);
    }
    return this instanceof OfEscalation escalation
        ? ifEscalation.apply(escalation)
        : ifHost.apply((OfHost) this);
  }
}
