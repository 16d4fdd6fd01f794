package org.partnergov.examples.demo;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.partnergov.examples.demo.SampleEcosystem.Story;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Escalation;
import org.partnergov.model.escalation.EscalationEvent;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.time.Period;
import org.partnergov.rules.diagnosis.DecisionTest;
import org.partnergov.rules.escalation.EscalationByRelationship;
import org.partnergov.rules.escalation.EscalationPolicy;
import org.partnergov.rules.escalation.EscalationState;
import org.partnergov.rules.escalation.ResolvedPath;
import org.partnergov.rules.escalation.RiskTranslation;
import org.partnergov.rules.evidence.RulePack;
import org.partnergov.rules.log.DecisionLog;
import org.partnergov.rules.operating.GovernanceReport;
import org.partnergov.rules.operating.OperatingLayer;
import org.partnergov.rules.review.AcceptedDecision;
import org.partnergov.rules.review.CaseState;
import org.partnergov.rules.review.DecisionAttempt;
import org.partnergov.rules.review.ExceptionReview;
import org.partnergov.rules.review.ReviewCase;
import org.partnergov.rules.review.ReviewPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runnable demo: a full governance review of the {@link SampleEcosystem}, printed as text.
 *
 * <p>Options: {@code --as-of=2026-06-15} (a date, read as 09:00 UTC, or an ISO instant; default
 * {@link SampleEcosystem#AS_OF}, fixed so that the output is reproducible) and
 * {@code --story=platform|launch|all} (default all). The demo reads no clock.
 */
public final class GovernanceDemo {

  private static final Logger LOG = LoggerFactory.getLogger(GovernanceDemo.class);

  /** The scorecards cover the 120 days before the as-of instant. */
  static final Duration SCORECARD_PERIOD = Duration.ofDays(120);

  /**
   * What to show.
   *
   * @param asOf the instant the ecosystem is judged at
   * @param story the story, or both
   */
  public record Options(Instant asOf, Story story) {

    /** The defaults: both stories as of {@link SampleEcosystem#AS_OF}. */
    public static Options defaults() {
      return new Options(SampleEcosystem.AS_OF, Story.ALL);
    }

    /** The options of the command line, or what is wrong with it. */
    public static Either<String, Options> parse(String... args) {
      Options options = defaults();
      for (String arg : args) {
        if (arg.startsWith("--as-of=")) {
          Option<Instant> at = instant(arg.substring("--as-of=".length()));
          if (at.isEmpty()) {
            return Either.left("--as-of needs a date such as 2026-06-15 or an instant such as 2026-06-15T09:00:00Z, was '"
                + arg.substring("--as-of=".length()) + "'");
          }
          options = new Options(at.get(), options.story());
        } else if (arg.startsWith("--story=")) {
          String name = arg.substring("--story=".length()).toUpperCase(Locale.ROOT);
          if (!List.of(Story.values()).map(Story::name).contains(name)) {
            return Either.left("--story is platform, launch or all, was '" + arg.substring("--story=".length()) + "'");
          }
          options = new Options(options.asOf(), Story.valueOf(name));
        } else {
          return Either.left("unknown option '" + arg + "'");
        }
      }
      return Either.right(options);
    }

    private static Option<Instant> instant(String text) {
      try {
        return Option.some(text.contains("T") ? Instant.parse(text)
            : LocalDate.parse(text).atTime(9, 0).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        return Option.none();
      }
    }
  }

  private GovernanceDemo() {}

  /** Prints the report to standard output; exits 2 on a wrong option. */
  public static void main(String[] args) {
    Either<String, Options> options = Options.parse(args);
    if (options.isLeft()) {
      System.err.println("governance-demo: " + options.getLeft());
      System.err.println("usage: governance-demo [--as-of=2026-06-15] [--story=platform|launch|all]");
      System.exit(2);
      return;
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    stdout.print(report(options.get()));
    stdout.flush();
  }

  /** The whole report as text. */
  public static String report(Options options) {
    LOG.info("Governance review of the sample ecosystem: story {}, as of {}", options.story(), options.asOf());
    EcosystemSnapshot snapshot = SampleEcosystem.snapshot(options.story());
    Instant asOf = options.asOf();
    GovernanceReport report = OperatingLayer.of(snapshot).report(DecisionTest.builtIn(), RulePack.defaults(),
        Period.of(asOf.minus(SCORECARD_PERIOD), asOf), asOf);
    ReportPrinter out = new ReportPrinter(snapshot);
    out.title("Partner governance review: " + snapshot.parts().host().name() + ", " + story(options.story())
        + ", as of " + asOf);
    out.line(0, snapshot.parts().partners().size() + " partners, " + snapshot.parts().programs().size() + " programs, "
        + snapshot.parts().activities().size() + " activity records, " + snapshot.parts().requests().size()
        + " exception requests, " + snapshot.parts().escalations().size() + " escalations.");
    out.verdict(report.diagnosis());
    out.findings(report.diagnosis());
    out.scorecards(report.scorecards());
    DecisionLog log = queue(snapshot, options, out);
    escalations(snapshot, asOf, out);
    out.section("Operating layer: execution, communication, feedback");
    out.overdue(report.overdue()).blank().notifications(report.notifications()).blank().feedback(report.feedback());
    out.blank().line(0, "Decision log of this review: " + log.size() + " records, head " + log.head().lastHash()
        + ", chain " + log.verify().fold(intact -> "intact", broken -> "BROKEN: " + broken.explanation()) + ".");
    LOG.info("Review done: {} findings, verdict {}, {} decisions logged", report.diagnosis().findings().size(),
        report.diagnosis().passed() ? "pass" : "fail", log.size());
    return out.text();
  }

  private static String story(Story story) {
    return switch (story) {
      case PLATFORM -> "story 1 (platform program)";
      case LAUNCH -> "story 2 (launch readiness)";
      case ALL -> "both stories";
    };
  }

  /** Routes each queued request and decides its attempts in order; accepted decisions go to the log. */
  private static DecisionLog queue(EcosystemSnapshot snapshot, Options options, ReportPrinter out) {
    out.section("Exception queue: review plans and decisions");
    ExceptionReview review = ExceptionReview.of(snapshot, ReviewPolicy.defaults());
    DecisionLog log = DecisionLog.empty();
    for (ExceptionQueue.Entry entry : ExceptionQueue.of(options.story())) {
      ExceptionRequest request = snapshot.request(entry.request()).get();
      out.line(0, request.id() + ": " + request.decisionType() + " for " + out.partner(request.partner())
          + request.amount().map(a -> ", " + a).getOrElse("") + ", requested by " + out.person(request.requester().toString())
          + " at " + request.submittedAt());
      if (entry.routedAt().isAfter(options.asOf())) {
        out.line(4, "Not routed yet as of " + options.asOf() + ".");
        continue;
      }
      Either<org.partnergov.rules.review.Rejection, ReviewCase> routed = review.route(ReviewCase.submit(request), entry.routedAt());
      if (routed.isLeft()) {
        out.line(4, "Not routed: ", routed.getLeft().explanation());
        continue;
      }
      ReviewCase current = routed.get();
      out.plan(current.plan().get());
      for (DecisionAttempt attempt : entry.attempts().filter(a -> !a.at().isAfter(options.asOf()))) {
        String who = out.person(attempt.reviewer().toString()) + " tries " + attempt.verdict().name().toLowerCase(Locale.ROOT)
            .replace('_', ' ') + " at " + attempt.at() + ": ";
        Either<org.partnergov.rules.review.Rejection, AcceptedDecision> decided = review.decide(current, attempt);
        if (decided.isLeft()) {
          out.line(4, "REJECTED  ", who + decided.getLeft().explanation());
        } else {
          AcceptedDecision accepted = decided.get();
          current = accepted.reviewCase();
          log = log.append(accepted.record());
          out.line(4, "ACCEPTED  ", who + accepted.explanation());
        }
      }
      out.line(4, "Now: ", current.state().describe() + (current.state() instanceof CaseState.InReview r
          ? ", " + r.approvalsMissing() + " more approval(s) needed, due " + r.plan().due() : "") + ".");
    }
    return log;
  }

  /** Each escalation: its risk's consequences, where it stands on its path, and whether it followed the path. */
  private static void escalations(EcosystemSnapshot snapshot, Instant asOf, ReportPrinter out) {
    out.section("Escalations: consequences and current level");
    EscalationPolicy policy = EscalationPolicy.defaults();
    RiskTranslation translation = RiskTranslation.defaults();
    for (Escalation escalation : snapshot.parts().escalations().filter(e -> !e.raisedAt().isAfter(asOf))) {
      Risk risk = snapshot.risk(escalation.risk()).get();
      out.line(0, escalation.id() + ": " + risk.kind().code().toLowerCase(Locale.ROOT).replace('_', ' ') + " at "
          + out.partner(risk.partner()) + ", raised by " + out.person(risk.raisedBy().toString()) + " at " + risk.raisedAt()
          + ": " + risk.description());
      translation.translate(risk).fold(problem -> out.line(4, "Consequence: ", problem.explanation()), out::consequences);
      Option<EscalationPath> path = escalation.path().flatMap(snapshot::escalationPath);
      if (path.isEmpty()) {
        out.line(4, "Path: none defined.");
      }
      for (EscalationPath p : path) {
        Option<PersonId> programOwner = risk.program().flatMap(snapshot::program).map(Program::owner);
        ResolvedPath resolved = policy.resolve(p, snapshot.parts().persons(), programOwner);
        out.line(4, "Now: ", state(resolved, escalation, asOf, out).explanation());
      }
      Seq<org.partnergov.model.diagnosis.Finding> offPath = EscalationByRelationship.detect(snapshot, policy, escalation);
      out.line(4, "Path followed: ", offPath.isEmpty() ? "yes"
          : "NO. " + offPath.map(f -> f.code() + " " + f.explanation()).mkString(" "));
    }
  }

  /** The escalation's state at the instant: its acknowledgements and resolutions replayed on the path. */
  private static EscalationState state(ResolvedPath path, Escalation escalation, Instant asOf, ReportPrinter out) {
    EscalationState state = EscalationState.start(path, escalation.raisedAt());
    for (EscalationEvent event : escalation.events()) {
      if (event instanceof EscalationEvent.Acknowledged ack && !ack.at().isAfter(asOf)
          && state instanceof EscalationState.Open open) {
        EscalationState before = state;
        state = open.acknowledge(ack.person(), ack.at()).fold(problem -> {
          out.line(4, "Refused: ", problem.explanation());
          return before;
        }, a -> a);
      } else if (event instanceof EscalationEvent.Resolved res && !res.at().isAfter(asOf)) {
        EscalationState before = state;
        state = state.<Either<org.partnergov.rules.escalation.EscalationProblem, EscalationState>>fold(
            open -> open.resolve(res.person(), res.at(), res.resolution()).map(r -> r),
            ack -> ack.resolve(res.person(), res.at(), res.resolution()).map(r -> r),
            done -> Either.right(done))
            .fold(problem -> {
              out.line(4, "Refused: ", problem.explanation());
              return before;
            }, s -> s);
      }
    }
    return EscalationState.advance(state, asOf);
  }
}
