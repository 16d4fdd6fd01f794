package org.partnergov.model.review;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.DelegationId;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * Who decided what, when, under which right or delegation, with which rationale, criteria results
 * and evidence, along which review path. What was decided is its typed {@link #subject()}: an
 * exception request, a tier change, an escalation or a host subject, always decided in the case of
 * a request ({@link #request()}). Records from a host's older data may lack a rationale, a right
 * or a review path: the record keeps that visible instead of refusing it, so that diagnosis can
 * find decisions made without them.
 */
@Value.Immutable
@ModelStyle
public abstract class DecisionRecord {

  /** For the implementation Immutables generates, in this package only. */
  DecisionRecord() {}

  /** {@return the stable id} */
  public abstract DecisionRecordId id();

  /**
   * {@return what was decided: the exception request itself, a tier change, an escalation or a
   * host subject; each names the request of its case}
   */
  public abstract DecisionSubject subject();

  /** {@return the id of the request whose case decided it: the subject's request} */
  public RequestId request() {
    return subject().request();
  }

  /** {@return the kind of decision} */
  public abstract DecisionType decisionType();

  /** {@return the person who decided} */
  public abstract PersonId decider();

  /** {@return what was decided} */
  public abstract Verdict verdict();

  /** {@return when it was decided} */
  public abstract Instant decidedAt();

  /** {@return the decision right the decider acted under, if one was recorded} */
  @Value.Default
  public Option<DecisionRightId> right() {
    return Option.none();
  }

  /** {@return the delegation the decider acted under, if any} */
  @Value.Default
  public Option<DelegationId> delegation() {
    return Option.none();
  }

  /** {@return why it was decided so; none when the record lacks a rationale, never blank} */
  @Value.Default
  public Option<String> rationale() {
    return Option.none();
  }

  /** {@return the conditions of an approval with conditions; empty for every other verdict} */
  @Value.Default
  public Seq<String> conditions() {
    return List.empty();
  }

  /** {@return whether each criterion held; empty by default} */
  @Value.Default
  public Seq<CriterionResult> criteriaResults() {
    return List.empty();
  }

  /** {@return the activity records the decider relied on; empty by default} */
  @Value.Default
  public Seq<ActivityRecordId> evidence() {
    return List.empty();
  }

  /** {@return the review path the request went through; none when decided outside any review path} */
  @Value.Default
  public Option<ReviewPathId> reviewPath() {
    return Option.none();
  }

  /**
   * {@return the approval level of its review path the approval filled, by name; none for a path
   * without approval levels and for a verdict other than an approval}
   */
  @Value.Default
  public Option<String> approvalLevel() {
    return Option.none();
  }

  /**
   * {@return the exchange rates the decision counted amounts at (related requests, thresholds,
   * amount bands and delegation limits, fund caps), each once, in the order first used; empty when
   * every amount was in one currency}
   */
  @Value.Default
  public Seq<ExchangeRate> exchangeRates() {
    return List.empty();
  }

  @Value.Check
  void check() {
    String misfit = misfit(subject().kind(), decisionType());
    if (misfit != null) {
      throw new IllegalArgumentException("decision " + id() + ": " + misfit);
    }
    rationale().forEach(r -> Text.nonBlank(r, "rationale"));
    approvalLevel().forEach(l -> Text.nonBlank(l, "approvalLevel"));
    if (exchangeRates().distinct().size() != exchangeRates().size()) {
      throw new IllegalArgumentException("decision " + id() + " cites an exchange rate twice: " + exchangeRates());
    }
    if (approvalLevel().isDefined() && !verdict().isApproval()) {
      throw new IllegalArgumentException("decision " + id() + " fills an approval level but the verdict is " + verdict());
    }
    conditions().forEach(c -> Text.nonBlank(c, "conditions"));
    if (!conditions().isEmpty() && verdict() != Verdict.APPROVE_WITH_CONDITIONS) {
      throw new IllegalArgumentException(
          "decision " + id() + " has conditions but the verdict " + verdict());
    }
  }

  /** {@return a builder for a decision record from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionRecord}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableDecisionRecord.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}

    /**
     * Sets the plain subject: the exception request of the id ({@link DecisionSubject#of(RequestId)}).
     *
     * @param request the id of the request decided
     * @return this builder
     */
    public Builder request(RequestId request) {
      subject(DecisionSubject.of(request));
      return this;
    }
  }

  /**
   * Why a subject of the kind cannot be decided as the type; null when it can. A tier change is
   * decided as a tier change, an escalation as an escalation resolution, a host subject under a
   * host-defined type; the plain subject under any type, as records of older data have it.
   */
  static @Nullable String misfit(DecisionSubject.Kind kind, DecisionType type) {
    return switch (kind) {
      case TIER_CHANGE -> type.equals(DecisionType.TIER_CHANGE) ? null
          : "a tier change is decided as a tier change, not as " + words(type);
      case ESCALATION -> type.equals(DecisionType.ESCALATION_RESOLUTION) ? null
          : "an escalation is decided as an escalation resolution, not as " + words(type);
      case HOST -> !type.isBuiltIn() ? null
          : "a host subject is decided under a decision type the host defines, not as " + words(type);
      case EXCEPTION_REQUEST -> null;
    };
  }

  /** The decision type in words: "tier change". */
  static String words(DecisionType type) {
    return type.code().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * {@return a decision record from host data, or every problem: a blank id, request, decision type
   * or decider, an unknown verdict name, no decision time, a blank condition, conditions with a
   * verdict other than approve with conditions, the problems of each criterion result under its
   * path, a blank evidence id, an approval level with a verdict that does not approve, and the
   * problems of the subject under {@code subject}: an unknown kind, a field its kind needs left
   * blank, a field of another kind given, a kind its decision type cannot decide} A blank rationale,
   * right, delegation, review path or approval level is absent; a missing subject or one of blank
   * kind is the plain exception-request subject.
   *
   * @param draft the decision record as the host's data has it
   */
  public static Validation<Seq<Problem>, DecisionRecord> parse(DecisionRecordDraft draft) {
    Checks checks = Checks.start();
    DecisionRecordId id = checks.text("id", draft.id(), DecisionRecordId::new);
    RequestId request = checks.text("request", draft.request(), RequestId::new);
    DecisionType type = checks.text("decisionType", draft.decisionType(), DecisionType::of);
    Function<RequestId, DecisionSubject> subject = DecisionSubjectDraft.read(checks, draft.subject(), type);
    PersonId decider = checks.text("decider", draft.decider(), PersonId::new);
    Verdict verdict = checks.name("verdict", draft.verdict(), Verdict.class);
    Instant decidedAt = checks.present("decidedAt", draft.decidedAt());
    Seq<String> conditions = checks.texts("conditions", draft.conditions(), c -> c);
    if (verdict != null && verdict != Verdict.APPROVE_WITH_CONDITIONS) {
      checks.that(draft.conditions().isEmpty(), ProblemCode.INCONSISTENT, "conditions",
          "only an approval with conditions has conditions, the verdict is "
              + verdict.name().toLowerCase(Locale.ROOT));
    }
    ArrayList<CriterionResult> results = new ArrayList<>();
    draft.criteriaResults().forEachWithIndex((r, i) -> {
      CriterionResult result = checks.nested("criteriaResults[" + i + "]", CriterionResult.parse(r));
      if (result != null) {
        results.add(result);
      }
    });
    Seq<ActivityRecordId> evidence = checks.texts("evidence", draft.evidence(), ActivityRecordId::new);
    ArrayList<ExchangeRate> rates = new ArrayList<>();
    draft.exchangeRates().forEachWithIndex((r, i) -> {
      ExchangeRate rate = r == null ? null : checks.nested("exchangeRates[" + i + "]", r.validate());
      checks.that(r != null, ProblemCode.REQUIRED, "exchangeRates[" + i + "]", "is required and must not be blank");
      if (rate != null) {
        checks.that(!rates.contains(rate), ProblemCode.INCONSISTENT, "exchangeRates[" + i + "]",
            "cites the rate " + rate + " a second time");
        rates.add(rate);
      }
    });
    if (verdict != null && !verdict.isApproval()) {
      checks.that(draft.approvalLevel() == null || draft.approvalLevel().isBlank(), ProblemCode.INCONSISTENT,
          "approvalLevel", "only an approval fills an approval level, the verdict is " + verdict.name().toLowerCase(Locale.ROOT));
    }
    return checks.result(() -> builder().id(id).subject(subject.apply(request)).decisionType(type).decider(decider)
        .verdict(verdict).decidedAt(decidedAt)
        .right(checks.optionalText(draft.right(), DecisionRightId::new))
        .delegation(checks.optionalText(draft.delegation(), DelegationId::new))
        .rationale(checks.optionalText(draft.rationale(), r -> r)).conditions(conditions)
        .criteriaResults(List.ofAll(results)).evidence(evidence)
        .reviewPath(checks.optionalText(draft.reviewPath(), ReviewPathId::new))
        .approvalLevel(checks.optionalText(draft.approvalLevel(), String::strip))
        .exchangeRates(List.ofAll(rates)).build());
  }
}
