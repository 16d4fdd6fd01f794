package org.partnergov.model.review;

import java.util.Locale;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.escalation.EscalationId;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Tier;
import org.partnergov.model.problem.ProblemCode;

/**
 * The typed subject of a decision record as the host's data has it: its kind (a
 * {@link DecisionSubject.Kind} name, read without regard to case, {@code "tier change"} for
 * {@code TIER_CHANGE}) and the fields of that kind: the partner and tier of a tier change, the
 * escalation of an escalation, the subject kind and id of a host subject. A blank kind is the
 * plain exception-request subject, which has no fields of its own. The request id is the record's
 * {@link DecisionRecordDraft#request()}, never repeated here.
 */
@Value.Immutable
@ModelStyle
public abstract class DecisionSubjectDraft {

  /** For the implementation Immutables generates, in this package only. */
  DecisionSubjectDraft() {}

  /** {@return a {@link DecisionSubject.Kind} name; blank for the plain exception-request subject} */
  public abstract @Nullable String kind();

  /** {@return the id of the partner of a tier change} */
  public abstract @Nullable String partner();

  /** {@return the name of the tier a tier change moves to} */
  public abstract @Nullable String tier();

  /** {@return the id of the escalation resolved} */
  public abstract @Nullable String escalation();

  /** {@return the kind of thing of a host subject} */
  public abstract @Nullable String subjectKind();

  /** {@return the id of the thing of a host subject} */
  public abstract @Nullable String subjectId();

  /**
   * Reads the subject of a record's draft: how to make it from the record's request id, after
   * recording every problem of the subject under {@code subject} (a plain subject when the draft
   * is missing, its kind blank or unknown).
   */
  static Function<RequestId, DecisionSubject> read(Checks checks, @Nullable DecisionSubjectDraft draft,
      @Nullable DecisionType type) {
    if (draft == null) {
      return DecisionSubject::of;
    }
    DecisionSubject.Kind kind = draft.kind() == null || draft.kind().isBlank() ? DecisionSubject.Kind.EXCEPTION_REQUEST
        : checks.name("subject.kind", draft.kind(), DecisionSubject.Kind.class);
    if (kind == null) {
      return DecisionSubject::of;
    }
    String misfit = type == null ? null : DecisionRecord.misfit(kind, type);
    if (misfit != null) {
      checks.problem(ProblemCode.INCONSISTENT, "subject.kind", misfit);
    }
    foreign(checks, kind, DecisionSubject.Kind.TIER_CHANGE, "partner", draft.partner());
    foreign(checks, kind, DecisionSubject.Kind.TIER_CHANGE, "tier", draft.tier());
    foreign(checks, kind, DecisionSubject.Kind.ESCALATION, "escalation", draft.escalation());
    foreign(checks, kind, DecisionSubject.Kind.HOST, "subjectKind", draft.subjectKind());
    foreign(checks, kind, DecisionSubject.Kind.HOST, "subjectId", draft.subjectId());
    return switch (kind) {
      case EXCEPTION_REQUEST -> DecisionSubject::of;
      case TIER_CHANGE -> {
        PartnerId partner = checks.text("subject.partner", draft.partner(), PartnerId::new);
        Tier tier = checks.text("subject.tier", draft.tier(), Tier::of);
        yield request -> new DecisionSubject.OfTierChange(request, partner, tier);
      }
      case ESCALATION -> {
        EscalationId escalation = checks.text("subject.escalation", draft.escalation(), EscalationId::new);
        yield request -> new DecisionSubject.OfEscalation(request, escalation);
      }
      case HOST -> {
        String subjectKind = checks.text("subject.subjectKind", draft.subjectKind());
        String subjectId = checks.text("subject.subjectId", draft.subjectId());
        yield request -> new DecisionSubject.OfHost(request, subjectKind, subjectId);
      }
    };
  }

  /** Records a field given that only a subject of another kind has. */
  private static void foreign(Checks checks, DecisionSubject.Kind kind, DecisionSubject.Kind owner, String field,
      @Nullable String value) {
    if (kind != owner && value != null && !value.isBlank()) {
      checks.problem(ProblemCode.INCONSISTENT, "subject." + field, "only " + words(owner) + " subject has "
          + article(field) + field + ", this one is " + words(kind) + " subject");
    }
  }

  /** "a tier change", "an escalation", "an exception request", "a host". */
  private static String words(DecisionSubject.Kind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return article(words) + words;
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ";
  }

  /** {@return an empty draft to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills in a {@link DecisionSubjectDraft}; the fields the kind needs are reported when left out. */
  public static final class Builder extends ImmutableDecisionSubjectDraft.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
