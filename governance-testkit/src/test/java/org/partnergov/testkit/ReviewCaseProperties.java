package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergov.testkit.Weights.pair;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.review.Commitment;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionRecordId;
import org.partnergov.model.review.EscalationResolution;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.HostDecision;
import org.partnergov.model.review.IncentiveException;
import org.partnergov.model.review.ReadinessClaim;
import org.partnergov.model.review.RequestId;
import org.partnergov.model.review.ReviewPathId;
import org.partnergov.model.review.TierChange;
import org.partnergov.model.review.Verdict;
import org.partnergov.rules.decision.Accountability;
import org.partnergov.rules.decision.Decider;
import org.partnergov.rules.review.CaseEvent;
import org.partnergov.rules.review.CaseState;
import org.partnergov.rules.review.IllegalTransition;
import org.partnergov.rules.review.Lane;
import org.partnergov.rules.review.PlannedStep;
import org.partnergov.rules.review.ReviewCase;
import org.partnergov.rules.review.ReviewCode;
import org.partnergov.rules.review.ReviewPlan;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Sequential;
import org.quicktheories.generators.Generate;

/**
 * Properties of the event-sourced case lifecycle ({@link ReviewCase}, CASE-01): generated sequences
 * of events (every kind, by a small pool of people so principals repeat, some dated before the
 * case's last event, some about another request) are applied to the case and to a simple model
 * kept here, and the two must agree after every step. A case is also a fold of its events, a
 * closed case accepts nothing, an amendment voids approvals, and independent cases do not see
 * each other's events. All guard CASE-01, the one code of the lifecycle; the first checks that the
 * generated steps reach every state and that every kind of event is both accepted and refused.
 *
 * <p>The model check runs through QuickTheories' {@code core.stateful.Sequential}: each generated
 * step is a {@link Command} whose {@code run} applies the event to the case (held in a {@link
 * Harness} that checks every refusal) and whose {@code nextState} applies it to the model; the case,
 * seen in the model's terms, must equal the model after every step.
 */
class ReviewCaseProperties {

  // ------------------------------------------------------------------------------ the model

  /** Where the model says a case stands; the last four are closed. */
  enum Kind {
    AWAITING_ROUTING, IN_REVIEW, AWAITING_INFORMATION, APPROVED, REJECTED, WITHDRAWN, EXPIRED;

    boolean closed() {
      return ordinal() >= APPROVED.ordinal();
    }
  }

  /**
   * The simple model of a case: a kind, who approved since the last routing (principals and
   * deciders, each counted once) and how many approvals the plan needs, who amended, every
   * decision record and event accepted, and whether the last event was accepted. The rest
   * (the current request, the record that asked for information, the records that closed the
   * case and when) is carried along so that it can be compared with the case.
   */
  record Model(Kind kind, ExceptionRequest request, int required, Set<PersonId> principals,
      Set<PersonId> deciders, Set<PersonId> amenders, Seq<DecisionRecord> decisions, Seq<CaseEvent> events,
      Option<DecisionRecordId> askedBy, Seq<DecisionRecordId> closedBy, Option<Instant> closedAt,
      Option<Boolean> lastAccepted) {

    /** Short enough to read in a failure: the ids and names rather than whole values. */
    @Override
    public String toString() {
      return kind + "[request " + request.id() + " (" + request.rationale() + "), required " + required
          + ", principals " + principals.toSortedSet().mkString(",") + ", deciders "
          + deciders.toSortedSet().mkString(",") + ", amenders " + amenders.toSortedSet().mkString(",")
          + ", decisions " + decisions.map(d -> d.id().value()).mkString(",") + ", asked by " + askedBy
          + ", closed by " + closedBy.mkString(",") + " at " + closedAt + ", events "
          + events.map(e -> e.name() + "@" + e.at()).mkString(", ") + ", last accepted " + lastAccepted + "]";
    }

    static Model submitted(ExceptionRequest request) {
      return new Model(Kind.AWAITING_ROUTING, request, 0, HashSet.empty(), HashSet.empty(), HashSet.empty(),
          List.empty(), List.of(new CaseEvent.Submitted(request)), Option.none(), List.empty(), Option.none(),
          Option.none());
    }

    Instant lastAt() {
      return events.last().at();
    }

    /** The model after the event: accepted when the transition table allows it, unchanged otherwise. */
    Model after(CaseEvent e) {
      return allowed(e).fold(() -> refused(), next -> next);
    }

    private Model refused() {
      return new Model(kind, request, required, principals, deciders, amenders, decisions, events, askedBy,
          closedBy, closedAt, Option.some(false));
    }

    private Model to(Kind k, ExceptionRequest r, int req, Set<PersonId> ps, Set<PersonId> ds, Set<PersonId> am,
        Seq<DecisionRecord> decided, CaseEvent e, Option<DecisionRecordId> asked, Seq<DecisionRecordId> closing) {
      return new Model(k, r, req, ps, ds, am, decided, events.append(e), asked, closing,
          k.closed() ? Option.some(e.at()) : Option.none(), Option.some(true));
    }

    /** The transition table of ReviewCase's Javadoc, written out naively. */
    private Option<Model> allowed(CaseEvent e) {
      RequestId id = request.id();
      if (e.at().isBefore(lastAt()) || e instanceof CaseEvent.Submitted || kind.closed()) {
        return Option.none();
      }
      Set<PersonId> none = HashSet.empty();
      if (e instanceof CaseEvent.Amended a) {
        ExceptionRequest r = a.request();
        boolean sameRequest = r.id().equals(id) && r.requester().equals(request.requester())
            && r.partner().equals(request.partner()) && r.decisionType().equals(request.decisionType())
            && r.submittedAt().equals(request.submittedAt());
        return sameRequest
            ? Option.some(to(Kind.AWAITING_ROUTING, a.request(), 0, none, none, amenders.add(a.by()), decisions, e,
                Option.none(), List.empty()))
            : Option.none();
      }
      if (e instanceof CaseEvent.Routed r) {
        return kind == Kind.AWAITING_ROUTING && r.plan().request().equals(id)
            ? Option.some(to(Kind.IN_REVIEW, request, r.plan().requiredApprovals(), none, none, amenders, decisions,
                e, Option.none(), List.empty()))
            : Option.none();
      }
      if (e instanceof CaseEvent.Withdrawn || e instanceof CaseEvent.Expired) {
        Kind k = e instanceof CaseEvent.Withdrawn ? Kind.WITHDRAWN : Kind.EXPIRED;
        return Option.some(to(k, request, 0, none, none, amenders, decisions, e, Option.none(), List.empty()));
      }
      if (e instanceof CaseEvent.Escalated) {
        return Option.some(to(kind, request, required, principals, deciders, amenders, decisions, e, askedBy,
            closedBy));
      }
      DecisionRecord record = record(e);
      if (kind != Kind.IN_REVIEW || !record.request().equals(id)) {
        return Option.none();
      }
      Seq<DecisionRecord> decided = decisions.append(record);
      if (e instanceof CaseEvent.Approved a) {
        if (principals.contains(a.principal()) || deciders.contains(record.decider())) {
          return Option.none();
        }
        Set<PersonId> ps = principals.add(a.principal());
        Set<PersonId> ds = deciders.add(record.decider());
        if (ps.size() >= required) {
          Seq<DecisionRecordId> closing = approvalsSinceRouting().append(a).map(x -> x.record().id());
          return Option.some(to(Kind.APPROVED, request, 0, none, none, amenders, decided, e, Option.none(), closing));
        }
        return Option.some(to(Kind.IN_REVIEW, request, required, ps, ds, amenders, decided, e, Option.none(),
            List.empty()));
      }
      if (e instanceof CaseEvent.Rejected) {
        return Option.some(to(Kind.REJECTED, request, 0, none, none, amenders, decided, e, Option.none(),
            List.of(record.id())));
      }
      return Option.some(to(Kind.AWAITING_INFORMATION, request, 0, none, none, amenders, decided, e,
          Option.some(record.id()), List.empty()));
    }

    /** The approvals accepted since the last routing, in order. */
    private Seq<CaseEvent.Approved> approvalsSinceRouting() {
      int routed = events.lastIndexWhere(x -> x instanceof CaseEvent.Routed);
      return events.drop(routed + 1).filter(x -> x instanceof CaseEvent.Approved).map(x -> (CaseEvent.Approved) x);
    }

    private static DecisionRecord record(CaseEvent e) {
      return e instanceof CaseEvent.Approved a ? a.record()
          : e instanceof CaseEvent.Rejected r ? r.record() : ((CaseEvent.InformationRequested) e).record();
    }

    /** What the case says about itself, in the model's terms. */
    static Model of(ReviewCase c, Option<Boolean> lastAccepted) {
      CaseState s = c.state();
      Kind kind = s.fold(a -> Kind.AWAITING_ROUTING, r -> Kind.IN_REVIEW, i -> Kind.AWAITING_INFORMATION,
          closed -> Kind.valueOf(closed.outcome().name()));
      Seq<CaseEvent.Approved> approvals = s instanceof CaseState.InReview r ? r.approvals() : List.empty();
      return new Model(kind, c.request(),
          s instanceof CaseState.InReview r ? r.plan().requiredApprovals() : 0,
          approvals.map(CaseEvent.Approved::principal).toSet(),
          approvals.map(a -> a.record().decider()).toSet(), c.amenders(), c.decisions(), c.events(),
          s instanceof CaseState.AwaitingInformation i ? Option.some(i.request().id()) : Option.none(),
          s instanceof CaseState.Closed closed ? closed.decisions().map(DecisionRecord::id) : List.empty(),
          s instanceof CaseState.Closed closed ? Option.some(closed.at()) : Option.none(), lastAccepted);
    }
  }

  // ------------------------------------------------------------------------------ the system

  /** The case under test, held so that commands can move it on, checking every refusal. */
  static final class Harness {
    ReviewCase current;
    Option<Boolean> lastAccepted = Option.none();

    Harness(ReviewCase start) {
      current = start;
    }

    void apply(CaseEvent event) {
      ReviewCase before = current;
      Seq<CaseEvent> eventsBefore = before.events();
      CaseState stateBefore = before.state();
      Either<IllegalTransition, ReviewCase> result;
      try {
        result = before.apply(event);
      } catch (RuntimeException e) {
        throw new AssertionError("apply threw instead of returning a value, on " + event + " in " + before, e);
      }
      assertThat(result).isNotNull();
      if (result.isLeft()) {
        checkRefusal(before, event, result.getLeft());
        assertThat(before.events()).isEqualTo(eventsBefore);
        assertThat(before.state()).isEqualTo(stateBefore);
        lastAccepted = Option.some(false);
      } else {
        current = result.get();
        lastAccepted = Option.some(true);
      }
    }
  }

  static void checkRefusal(ReviewCase before, CaseEvent event, IllegalTransition refused) {
    assertThat(refused.code()).isEqualTo(ReviewCode.ILLEGAL_TRANSITION);
    assertThat(refused.code().code()).isEqualTo("CASE-01");
    assertThat(refused.event()).isEqualTo(event);
    assertThat(refused.state()).isEqualTo(before.state().describe());
    assertThat(refused.reason()).isNotBlank();
    assertThat(refused.explanation()).startsWith("A case " + before.state().describe() + " cannot be ")
        .endsWith(": " + refused.reason() + " (CASE-01).");
  }

  // ------------------------------------------------------------------------------ the commands

  /** The kinds of event a step makes. */
  enum Move { SUBMIT, AMEND, ROUTE, APPROVE, REJECT, ASK, WITHDRAW, EXPIRE, ESCALATE }

  static final List<PersonId> PEOPLE = List.of("ana", "ben", "cho", "dev").map(PersonId::new);

  /**
   * One generated step: a move, a die that picks people and variants, and how many minutes after
   * the case's last event it happens (negative: before it). The event is built from the case's
   * current request and last event time, so the same step gives the same event to the case and
   * to the model as long as they agree.
   */
  record Step(Move move, int die, long minutes) implements Command<Harness, Model> {

    PersonId who() {
      return PEOPLE.get(die % 4);
    }

    /** About another request one time in eight. */
    boolean otherRequest() {
      return (die / 4) % 8 == 7;
    }

    /** The principal: the decider, or one time in four someone else they act for. */
    PersonId principal() {
      return (die / 32) % 4 == 3 ? PEOPLE.get((die / 128) % 4) : who();
    }

    boolean fourEyes() {
      return (die / 512) % 2 == 1;
    }

    boolean withConditions() {
      return (die / 1024) % 2 == 1;
    }

    CaseEvent event(ExceptionRequest current, Instant last) {
      Instant at = last.plus(Duration.ofMinutes(minutes));
      RequestId id = otherRequest() ? new RequestId(current.id().value() + "-other") : current.id();
      return switch (move) {
        case SUBMIT -> new CaseEvent.Submitted(copy(current, id, current.rationale(), at));
        case AMEND -> new CaseEvent.Amended(who(), amended(current, id), at);
        case ROUTE -> new CaseEvent.Routed(plan(id, fourEyes() ? 2 : 1, at));
        case APPROVE -> new CaseEvent.Approved(record(id, withConditions() ? Verdict.APPROVE_WITH_CONDITIONS
            : Verdict.APPROVE, at), principal());
        case REJECT -> new CaseEvent.Rejected(record(id, Verdict.REJECT, at));
        case ASK -> new CaseEvent.InformationRequested(record(id, Verdict.REQUEST_INFORMATION, at));
        case WITHDRAW -> new CaseEvent.Withdrawn(who(), at);
        case EXPIRE -> new CaseEvent.Expired(at);
        case ESCALATE -> new CaseEvent.Escalated(who(), "no answer for a while", at);
      };
    }

    /**
     * Another version of the request: mostly with a new rationale only, sometimes with another
     * requester, partner or submission time, which an amendment may not change.
     */
    ExceptionRequest amended(ExceptionRequest current, RequestId id) {
      ExceptionRequest r = copy(current, id, "amended, version " + die, current.submittedAt());
      return switch ((die / 4096) % 8) {
        case 5 -> r.<ExceptionRequest>fold(
            f -> FundRequest.builder().from(f).requester(new PersonId("someone-else")).build(),
            i -> IncentiveException.builder().from(i).requester(new PersonId("someone-else")).build(),
            c -> Commitment.builder().from(c).requester(new PersonId("someone-else")).build(),
            c -> ReadinessClaim.builder().from(c).requester(new PersonId("someone-else")).build(),
            t -> TierChange.builder().from(t).requester(new PersonId("someone-else")).build(),
            e -> EscalationResolution.builder().from(e).requester(new PersonId("someone-else")).build(),
            h -> HostDecision.builder().from(h).requester(new PersonId("someone-else")).build());
        case 6 -> r.<ExceptionRequest>fold(
            f -> FundRequest.builder().from(f).partner(new PartnerId("another-partner")).build(),
            i -> IncentiveException.builder().from(i).partner(new PartnerId("another-partner")).build(),
            c -> Commitment.builder().from(c).partner(new PartnerId("another-partner")).build(),
            c -> ReadinessClaim.builder().from(c).partner(new PartnerId("another-partner")).build(),
            t -> TierChange.builder().from(t).partner(new PartnerId("another-partner")).build(),
            e -> EscalationResolution.builder().from(e).partner(new PartnerId("another-partner")).build(),
            h -> HostDecision.builder().from(h).partner(new PartnerId("another-partner")).build());
        case 7 -> copy(current, id, "amended, version " + die, current.submittedAt().plusSeconds(60));
        default -> r;
      };
    }

    DecisionRecord record(RequestId id, Verdict verdict, Instant at) {
      return ReviewCaseProperties.record("d-" + die, id, who(), verdict, at);
    }

    @Override
    public void run(Harness h) {
      h.apply(event(h.current.request(), h.current.lastEventAt()));
    }

    @Override
    public Model nextState(Model m) {
      return m.after(event(m.request(), m.lastAt()));
    }
  }

  static DecisionRecord record(String id, RequestId request, PersonId decider, Verdict verdict, Instant at) {
    return DecisionRecord.builder().id(new DecisionRecordId(id)).request(request)
        .decisionType(org.partnergov.model.decision.DecisionType.FUND_ALLOCATION).decider(decider)
        .verdict(verdict).decidedAt(at).rationale(Option.some("fits the plan"))
        .conditions(verdict == Verdict.APPROVE_WITH_CONDITIONS ? List.of("report results") : List.empty())
        .build();
  }

  /** A plan built directly: one step, one or two required approvals, decided by ana under right r-1. */
  static ReviewPlan plan(RequestId request, int required, Instant at) {
    Accountability accountability = new Accountability(
        DecisionContext.of(org.partnergov.model.decision.DecisionType.FUND_ALLOCATION), at,
        new Decider.Decided(Holder.person(PEOPLE.head()), new DecisionRightId("r-1"), Option.none()),
        List.empty(), List.empty(), List.empty(), List.empty(), List.of(new DecisionRightId("r-1")));
    return new ReviewPlan(request, new ReviewPathId("path-1"), required == 2 ? Lane.FOUR_EYES : Lane.STANDARD,
        List.of(new PlannedStep(Holder.person(PEOPLE.head()), List.empty(), at.plus(Duration.ofDays(2)))),
        List.empty(), Option.none(), List.empty(), required, accountability, at,
        required == 2 ? List.of(ReviewCode.FOUR_EYES) : List.empty(), "planned for the test");
  }

  static ExceptionRequest copy(ExceptionRequest r, RequestId id, String rationale, Instant submittedAt) {
    return r.<ExceptionRequest>fold(
        f -> FundRequest.builder().from(f).id(id).rationale(rationale).submittedAt(submittedAt).build(),
        i -> IncentiveException.builder().from(i).id(id).rationale(rationale).submittedAt(submittedAt).build(),
        c -> Commitment.builder().from(c).id(id).rationale(rationale).submittedAt(submittedAt).build(),
        c -> ReadinessClaim.builder().from(c).id(id).rationale(rationale).submittedAt(submittedAt).build(),
        t -> TierChange.builder().from(t).id(id).rationale(rationale).submittedAt(submittedAt).build(),
        e -> EscalationResolution.builder().from(e).id(id).rationale(rationale).submittedAt(submittedAt).build(),
        h -> HostDecision.builder().from(h).id(id).rationale(rationale).submittedAt(submittedAt).build());
  }

  // ------------------------------------------------------------------------------ generators

  static Gen<Move> moves() {
    return Generate.frequency(pair(1, Generate.constant(Move.SUBMIT)), pair(3, Generate.constant(Move.AMEND)),
        pair(6, Generate.constant(Move.ROUTE)), pair(10, Generate.constant(Move.APPROVE)),
        pair(1, Generate.constant(Move.REJECT)), pair(2, Generate.constant(Move.ASK)),
        pair(1, Generate.constant(Move.WITHDRAW)), pair(1, Generate.constant(Move.EXPIRE)),
        pair(3, Generate.constant(Move.ESCALATE)));
  }

  /** Minutes after the last event: mostly later, sometimes at the same instant, sometimes before. */
  static Gen<Long> minutes() {
    return Generate.frequency(pair(6, integers().between(1, 600).map(i -> (long) i)),
        pair(1, Generate.constant(0L)), pair(1, integers().between(-60, -1).map(i -> (long) i)));
  }

  static Gen<Step> steps() {
    return moves().zip(integers().between(0, 32767), minutes(), (m, die, min) -> new Step(m, die, min));
  }

  static Gen<java.util.List<Step>> stepLists() {
    return lists().of(steps()).ofSizeBetween(0, 40);
  }

  static Gen<ExceptionRequest> requests() {
    return ReviewGenerators.exceptionRequests();
  }

  /** The case after the steps, refused events left out. */
  static ReviewCase drive(ReviewCase start, java.util.List<Step> steps) {
    ReviewCase c = start;
    for (Step s : steps) {
      c = c.apply(s.event(c.request(), c.lastEventAt())).getOrElse(c);
    }
    return c;
  }

  /** Every case reached on the way, the submitted one first. */
  static Seq<ReviewCase> reachable(ExceptionRequest request, java.util.List<Step> steps) {
    Seq<ReviewCase> out = List.of(ReviewCase.submit(request));
    for (Step s : steps) {
      ReviewCase c = out.last();
      out = out.append(c.apply(s.event(c.request(), c.lastEventAt())).getOrElse(c));
    }
    return out;
  }

  /** The case after an event it must accept; a readable failure with the refusal's explanation otherwise. */
  static ReviewCase accepted(ReviewCase c, CaseEvent event) {
    Either<IllegalTransition, ReviewCase> result = c.apply(event);
    assertThat(result.isRight()).as("%s refused: %s", c, result.fold(IllegalTransition::explanation, r -> ""))
        .isTrue();
    return result.get();
  }

  // ------------------------------------------------------------------------------ properties

  @Test
  void CASE_01_generated_steps_reach_every_state_and_every_move_is_both_accepted_and_refused() {
    java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
    qt().forAll(requests(), stepLists()).checkAssert((request, steps) -> {
      Model m = Model.submitted(request);
      for (Step s : steps) {
        m = s.nextState(m);
        seen.merge(s.move() + (m.lastAccepted().get() ? " accepted" : " refused"), 1, Integer::sum);
        seen.merge(m.kind() + (m.kind() == Kind.APPROVED ? " with " + m.closedBy().size() : ""), 1, Integer::sum);
      }
    });
    System.out.println("CASE-01 coverage " + seen);
    for (Move move : Move.values()) {
      assertThat(seen).containsKey(move + " refused");
      if (move != Move.SUBMIT) {
        assertThat(seen).containsKey(move + " accepted");
      }
    }
    assertThat(seen).containsKeys("AWAITING_ROUTING", "IN_REVIEW", "AWAITING_INFORMATION", "APPROVED with 1",
        "APPROVED with 2", "REJECTED", "WITHDRAWN", "EXPIRED");
  }

  @Test
  void CASE_01_the_case_accepts_exactly_the_events_the_model_allows_and_agrees_with_it_after_every_step() {
    qt().forAll(requests(), stepLists()).checkAssert((request, steps) -> Sequential.modelCheck(
        Model.submitted(request), steps, m -> new Harness(ReviewCase.submit(m.request())),
        h -> Model.of(h.current, h.lastAccepted)));
  }

  @Test
  void CASE_01_state_is_a_fold_of_events_replaying_any_reachable_case_gives_it_back() {
    qt().forAll(requests(), stepLists(), steps()).checkAssert((request, steps, extra) -> {
      for (ReviewCase c : reachable(request, steps)) {
        ReviewCase replayed = ReviewCase.replay(c.events()).get();
        assertThat(replayed).isEqualTo(c);
        assertThat(replayed.state()).isEqualTo(c.state());
        assertThat(replayed.request()).isEqualTo(c.request());
        assertThat(replayed.amenders()).isEqualTo(c.amenders());
        assertThat(replayed.decisions()).isEqualTo(c.decisions());
        CaseEvent next = extra.event(c.request(), c.lastEventAt());
        assertThat(ReviewCase.replay(c.events().append(next))).isEqualTo(c.apply(next));
      }
    });
  }

  @Test
  void CASE_01_a_closed_case_accepts_nothing_and_stays_as_it_was() {
    qt().forAll(requests(), stepLists(), Generate.booleans(), stepLists()).checkAssert((request, steps, withdraw, more) -> {
      ReviewCase c = drive(ReviewCase.submit(request), steps);
      if (!c.state().isClosed()) {
        Instant at = c.lastEventAt().plus(Duration.ofMinutes(1));
        c = accepted(c, withdraw ? new CaseEvent.Withdrawn(PEOPLE.head(), at) : new CaseEvent.Expired(at));
      }
      ReviewCase closed = c;
      assertThat(closed.state().isClosed()).isTrue();
      for (Step s : more) {
        CaseEvent event = s.event(closed.request(), closed.lastEventAt());
        Either<IllegalTransition, ReviewCase> result = closed.apply(event);
        assertThat(result.isLeft()).as("%s accepted by %s", event, closed).isTrue();
        checkRefusal(closed, event, result.getLeft());
        assertThat(closed.state().describe()).startsWith("closed (");
      }
      assertThat(drive(closed, more)).isEqualTo(closed);
    });
  }

  @Test
  void CASE_01_an_amendment_voids_approvals_and_the_case_needs_every_approval_again() {
    qt().forAll(requests(), stepLists(), integers().between(0, 3), Generate.booleans())
        .checkAssert((request, steps, amender, fourEyes) -> {
          ReviewCase c = drive(ReviewCase.submit(request), steps);
          PersonId by = PEOPLE.get(amender);
          Instant at = c.lastEventAt().plus(Duration.ofMinutes(1));
          CaseEvent.Amended amended = new CaseEvent.Amended(by, copy(c.request(), c.request().id(), "amended again", c.request().submittedAt()), at);
          if (c.state().isClosed()) {
            assertThat(c.apply(amended).isLeft()).isTrue();
            return;
          }
          Seq<PersonId> approvedBefore = c.state() instanceof CaseState.InReview r
              ? r.approvals().map(CaseEvent.Approved::principal) : List.empty();
          ReviewCase after = accepted(c, amended);
          assertThat(after.state()).isEqualTo(new CaseState.AwaitingRouting());
          assertThat(after.amenders()).isEqualTo(c.amenders().add(by));
          assertThat(after.request()).isEqualTo(amended.request());
          assertThat(after.decisions()).isEqualTo(c.decisions());

          int required = fourEyes ? 2 : 1;
          ReviewCase routed = accepted(after, new CaseEvent.Routed(plan(c.request().id(), required, at)));
          CaseState.InReview review = (CaseState.InReview) routed.state();
          assertThat(review.approvals()).isEmpty();
          assertThat(review.approvalsMissing()).isEqualTo(required);

          // the earlier approvers first: their approvals were voided, so they count again
          Seq<PersonId> approvers = approvedBefore.appendAll(PEOPLE).distinct().take(required);
          ReviewCase now = routed;
          for (int i = 0; i < required; i++) {
            assertThat(now.state()).isInstanceOf(CaseState.InReview.class);
            PersonId p = approvers.get(i);
            now = accepted(now, new CaseEvent.Approved(record("again-" + i, c.request().id(), p, Verdict.APPROVE, at), p));
          }
          assertThat(now.state()).isInstanceOfSatisfying(CaseState.Closed.class, closed -> {
            assertThat(closed.outcome()).isEqualTo(CaseState.Outcome.APPROVED);
            assertThat(closed.decisions().map(d -> d.id().value()))
                .isEqualTo(List.range(0, required).map(i -> "again-" + i));
          });
        });
  }

  @Test
  void CASE_01_independent_cases_interleaved_in_any_order_end_as_each_alone() {
    Gen<java.util.List<java.util.List<Step>>> cases = lists().of(stepLists()).ofSizeBetween(2, 4);
    qt().forAll(requests(), cases, integers().between(0, 15), lists().of(integers().between(0, 3)).ofSizeBetween(0, 200))
        .checkAssert((template, generated, twins, picks) -> {
          // a twin takes the first case's steps: the same withdrawals, expiries and escalations,
          // equal events but for different cases
          int k = generated.size();
          java.util.List<java.util.List<Step>> stepsPerCase = List.range(0, k)
              .map(i -> (twins & (1 << i)) != 0 ? generated.get(0) : generated.get(i)).toJavaList();
          Seq<ExceptionRequest> requests = List.range(0, k).map(i ->
              copy(template, new RequestId("case-" + i), template.rationale(), template.submittedAt()));
          // each case alone: the events it was offered and what it answered to each
          Seq<Seq<CaseEvent>> offered = List.empty();
          Seq<Seq<Either<IllegalTransition, ReviewCase>>> alone = List.empty();
          Seq<ReviewCase> finals = List.empty();
          for (int i = 0; i < k; i++) {
            ReviewCase c = ReviewCase.submit(requests.get(i));
            Seq<CaseEvent> events = List.empty();
            Seq<Either<IllegalTransition, ReviewCase>> answers = List.empty();
            for (Step s : stepsPerCase.get(i)) {
              CaseEvent e = s.event(c.request(), c.lastEventAt());
              Either<IllegalTransition, ReviewCase> answer = c.apply(e);
              events = events.append(e);
              answers = answers.append(answer);
              c = answer.getOrElse(c);
            }
            offered = offered.append(events);
            alone = alone.append(answers);
            finals = finals.append(c);
          }
          Seq<Seq<CaseEvent>> events = offered;
          // all together, each case's events in its own order, the cases interleaved by the picks
          java.util.List<ReviewCase> together = new java.util.ArrayList<>(requests.map(ReviewCase::submit).toJavaList());
          java.util.List<Seq<Either<IllegalTransition, ReviewCase>>> answers = new java.util.ArrayList<>();
          int[] next = new int[k];
          for (int i = 0; i < k; i++) {
            answers.add(List.empty());
          }
          int remaining = events.map(Seq::size).sum().intValue();
          int pick = 0;
          while (remaining > 0) {
            Seq<Integer> open = List.range(0, k).filter(i -> next[i] < events.get(i).size());
            int i = open.get((pick < picks.size() ? picks.get(pick) : 0) % open.size());
            pick++;
            Either<IllegalTransition, ReviewCase> answer = together.get(i).apply(events.get(i).get(next[i]++));
            answers.set(i, answers.get(i).append(answer));
            together.set(i, answer.getOrElse(together.get(i)));
            remaining--;
          }
          for (int i = 0; i < k; i++) {
            assertThat(answers.get(i)).isEqualTo(alone.get(i));
            assertThat(together.get(i)).isEqualTo(finals.get(i));
          }
        });
  }
}
