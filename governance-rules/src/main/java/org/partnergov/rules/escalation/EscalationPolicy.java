package org.partnergov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Locale;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.rules.decision.DecisionIndex;

/**
 * How consequences find their escalation path and who owns each level: path selection, owner
 * resolution with a defined fallback, and path validation. Configured by the host with the
 * maximum depth of a path (default {@value #DEFAULT_MAX_DEPTH}) and an optional fallback person.
 *
 * <p>Selection: of the paths that {@linkplain EscalationPath#handles handle} a consequence (same
 * category, at least the path's minimum severity), the one with the highest minimum severity, the
 * most specific; on a tie, the smallest id. No path is {@code ESC-05}.
 *
 * <p>Resolution: a level owned by a named person known to the ecosystem names that person; a role
 * held by exactly one person, or a team with exactly one member, names that person. Otherwise the
 * level has no named owner and the fallback owns it: the owner of the risk's program when there is
 * one, else the host's fallback person; with neither, nobody owns it and the escalation only times
 * out there. Never is anything approved or closed by default.
 *
 * <p>Validation, every problem with a stable code: {@code ESC-01} the same person owns two levels
 * with someone else between them (the path loops back); {@code ESC-02} more levels than the
 * maximum depth; {@code ESC-03} a level without a named owner; {@code ESC-04} a partner's
 * relationship owner owns the last level, so the route to leadership ends with the relationship.
 */
public final class EscalationPolicy {

  /** The maximum depth of a path unless the host sets another. */
  public static final int DEFAULT_MAX_DEPTH = 6;

  private static final EscalationPolicy DEFAULTS = new EscalationPolicy(DEFAULT_MAX_DEPTH, Option.none());

  private final int maxDepth;
  private final Option<PersonId> fallback;

  private EscalationPolicy(int maxDepth, Option<PersonId> fallback) {
    this.maxDepth = maxDepth;
    this.fallback = fallback;
  }

  /**
   * {@return the default policy: a maximum depth of {@value #DEFAULT_MAX_DEPTH} and no fallback person beyond
   * the program owner}
   */
  public static EscalationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * {@return this policy with another maximum depth, at least 1}
   *
   * @param maxDepth the most levels a path may have, at least 1
   */
  public EscalationPolicy withMaxDepth(int maxDepth) {
    if (maxDepth < 1) {
      throw new IllegalArgumentException("a path has at least one level, so the maximum depth is at least 1, was " + maxDepth);
    }
    return new EscalationPolicy(maxDepth, fallback);
  }

  /**
   * {@return this policy with the person who owns a level that resolves to nobody when the risk has no
   * program owner}
   *
   * @param person the person who owns a level nobody else owns, when the risk's program has no owner
   */
  public EscalationPolicy withFallback(PersonId person) {
    return new EscalationPolicy(maxDepth, Option.some(requireNonNull(person, "person")));
  }

  /** {@return the maximum depth of a path} */
  public int maxDepth() {
    return maxDepth;
  }

  /** {@return the host's fallback person, if any} */
  public Option<PersonId> fallback() {
    return fallback;
  }

  /**
   * The path for the consequence, or {@code ESC-05} when none handles it.
   *
   * @param paths the defined paths
   * @param consequence the consequence to escalate
   * @return the most specific path handling it
   */
  public Either<EscalationProblem, EscalationPath> select(Seq<EscalationPath> paths, Consequence consequence) {
    String what = consequence.severity().name().toLowerCase(Locale.ROOT) + " "
        + consequence.category().name().toLowerCase(Locale.ROOT) + " consequence";
    return paths.filter(p -> p.handles(consequence))
        .sorted(Comparator.comparing(EscalationPath::minimumSeverity).reversed().thenComparing(EscalationPath::id))
        .headOption()
        .toEither(() -> new EscalationProblem(EscalationCode.NO_PATH_FOR_CONSEQUENCE,
            List.of(consequence.category().name(), consequence.severity().name()),
            "No escalation path takes a " + what + ", so it would reach leadership only through whoever someone"
                + " knows: define a " + consequence.category().name().toLowerCase(Locale.ROOT) + " path with a minimum"
                + " severity of " + consequence.severity().name().toLowerCase(Locale.ROOT) + " or lower."));
  }

  /**
   * The path with each level's owner resolved through the people.
   *
   * @param path the path
   * @param people the people of the ecosystem
   * @param programOwner the owner of the risk's program, the first fallback, if known
   * @return the resolved path
   */
  public ResolvedPath resolve(EscalationPath path, Seq<Person> people, Option<PersonId> programOwner) {
    return resolve(path, people, Option.none(), programOwner);
  }

  private ResolvedPath resolve(EscalationPath path, Seq<Person> people, Option<PersonId> decider,
      Option<PersonId> programOwner) {
    return new ResolvedPath(path, path.levels().map(level -> owner(level.owner(), people, decider, programOwner)));
  }

  /**
   * The path with each level's owner resolved for the risk: the level's holder when it is, or
   * resolves to, one person; otherwise, through the decision rights, the one person who decides
   * {@code ESCALATION_RESOLUTION} for the risk's program, partner tier and type and revenue at risk
   * at the time it was raised; otherwise the owner of the risk's program; otherwise the host's
   * fallback person; otherwise nobody.
   *
   * @param snapshot the ecosystem: people, programs, partners and the decision-rights matrix
   * @param risk the risk escalated
   * @param path the path it follows
   * @return the resolved path
   */
  public ResolvedPath resolve(EcosystemSnapshot snapshot, Risk risk, EscalationPath path) {
    return resolver(snapshot).resolve(risk, path);
  }

  /**
   * {@return a resolver for the snapshot's risks, with its decision-rights matrix compiled once: use it to
   * resolve the paths of many escalations}
   *
   * @param snapshot the ecosystem whose risks and escalation paths the resolver serves
   */
  public Resolver resolver(EcosystemSnapshot snapshot) {
    return new Resolver(snapshot, DecisionIndex.of(snapshot.parts().matrix()));
  }

  /**
   * Resolves paths for the risks of one snapshot as {@link #resolve(EcosystemSnapshot, Risk,
   * EscalationPath)} does, reusing one compiled decision-rights index.
   */
  public final class Resolver {
    private final EcosystemSnapshot snapshot;
    private final DecisionIndex index;

    private Resolver(EcosystemSnapshot snapshot, DecisionIndex index) {
      this.snapshot = snapshot;
      this.index = index;
    }

    /**
     * {@return the path with each level's owner resolved for the risk}
     *
     * @param risk the risk being escalated, whose program and partner decide the fallback and the decider
     * @param path the escalation path to resolve
     */
    public ResolvedPath resolve(Risk risk, EscalationPath path) {
      Seq<Person> people = snapshot.parts().persons();
      Option<Partner> partner = snapshot.partner(risk.partner());
      DecisionContext context = new DecisionContext(DecisionType.ESCALATION_RESOLUTION, risk.program(), Option.none(),
          partner.map(Partner::tier), partner.map(Partner::type), risk.revenueAtRisk());
      Option<PersonId> decider = index.decider(context, risk.raisedAt())
          .fold(d -> Option.of(d.holder().members(people)).filter(c -> c.size() == 1).map(c -> c.head().id()),
              none -> Option.none());
      return EscalationPolicy.this.resolve(path, people, decider,
          risk.program().flatMap(snapshot::program).map(Program::owner));
    }

    /** {@return the policy the resolver applies} */
    public EscalationPolicy policy() {
      return EscalationPolicy.this;
    }
  }


  /**
   * {@return the path for the consequence of the risk, {@linkplain #resolve(EcosystemSnapshot, Risk,
   * EscalationPath) resolved for the risk}, or {@code ESC-05}}
   *
   * @param snapshot the ecosystem, with its escalation paths and people
   * @param risk the risk the consequence comes from
   * @param consequence the consequence to escalate, whose category and severity select the path
   */
  public Either<EscalationProblem, ResolvedPath> route(EcosystemSnapshot snapshot, Risk risk, Consequence consequence) {
    return select(snapshot.parts().escalationPaths(), consequence).map(path -> resolve(snapshot, risk, path));
  }

  /**
   * Every problem of the path, ordered by code, then subjects.
   *
   * @param path the path to validate
   * @param people the people of the ecosystem, to resolve the owners
   * @param partners the partners whose relationship owners must not be the only route to leadership
   * @return every problem; empty for a sound path
   */
  public Seq<EscalationProblem> validate(EscalationPath path, Seq<Person> people, Seq<Partner> partners) {
    ResolvedPath resolved = resolve(path, people, Option.none());
    String id = path.id().value();
    Seq<EscalationProblem> problems = List.<EscalationProblem>empty()
        .appendAll(loops(resolved))
        .appendAll(path.levels().size() > maxDepth
            ? List.of(new EscalationProblem(EscalationCode.PATH_TOO_DEEP, List.of(id),
                "Path " + id + " has " + path.levels().size() + " levels, more than the maximum of " + maxDepth
                    + ", so a risk could wait too long before reaching leadership: shorten it."))
            : List.empty())
        .appendAll(resolved.owners().zipWithIndex().filter(o -> !o._1.isNamed()).map(o -> {
          int n = o._2 + 1;
          return new EscalationProblem(EscalationCode.LEVEL_WITHOUT_NAMED_OWNER, List.of(id, String.valueOf(n)),
              "Level " + n + " (" + path.levels().get(o._2).name() + ") of path " + id + " has no named owner: "
                  + reason(path.levels().get(o._2).owner(), people) + "; " + fallbackWords()
                  + ". Name one person for the level.");
        }))
        .appendAll(relationshipOwners(resolved, partners));
    return problems;
  }

  /**
   * {@return every problem of every escalation path of the snapshot, checked against all its partners,
   * ordered by code, then path id}
   *
   * @param snapshot the ecosystem whose escalation paths to validate
   */
  public Seq<EscalationProblem> validate(EcosystemSnapshot snapshot) {
    return snapshot.parts().escalationPaths().sortBy(p -> p.id().value())
        .flatMap(p -> validate(p, snapshot.parts().persons(), snapshot.parts().partners()))
        .sortBy(p -> p.code().ordinal());
  }

  // ---------------------------------------------------------------------------------------------

  private LevelOwner owner(Holder holder, Seq<Person> people, Option<PersonId> decider, Option<PersonId> programOwner) {
    Seq<Person> candidates = holder.members(people);
    if (candidates.size() == 1) {
      return new LevelOwner.Named(candidates.head().id(), candidates.head().name());
    }
    String reason = reason(holder, people);
    if (decider.isDefined()) {
      return new LevelOwner.Fallback(decider.get(), name(decider.get(), people),
          reason + ", so the person the decision rights give Decide over escalation resolution owns it");
    }
    if (programOwner.isDefined()) {
      return new LevelOwner.Fallback(programOwner.get(), name(programOwner.get(), people),
          reason + ", so the owner of the risk's program owns it");
    }
    return fallback.<LevelOwner>map(f -> new LevelOwner.Fallback(f, name(f, people),
            reason + ", so the host's fallback person owns it"))
        .getOrElse(() -> new LevelOwner.Nobody(reason + " and no fallback is defined"));
  }


  private static String reason(Holder holder, Seq<Person> people) {
    int n = holder.members(people).size();
    return holder.fold(
        named -> named.person() + " is not a person known to the ecosystem",
        role -> "the role " + role.role() + (n == 0 ? " is held by nobody" : " is held by " + n + " people"),
        team -> "team " + team.orgUnit() + (n == 0 ? " has no members" : " has " + n + " members"));
  }

  private String fallbackWords() {
    return fallback.map(f -> "until then the risk's program owner, or else " + f + ", owns it")
        .getOrElse("until then the risk's program owner owns it, and nobody for a risk outside a program");
  }

  private static Seq<EscalationProblem> loops(ResolvedPath resolved) {
    Seq<Object> keys = resolved.owners().zip(resolved.path().levels())
        .map(o -> o._1.isNamed() ? o._1.owningPerson().get() : o._2.owner());
    return keys.distinct().flatMap(key -> {
      Seq<Integer> at = keys.zipWithIndex().filter(k -> k._1.equals(key)).map(k -> k._2 + 1);
      boolean loops = at.size() > 1 && at.last() - at.head() + 1 > at.size();
      String who = resolved.owner(at.head()).isNamed() ? resolved.owner(at.head()).describe() : String.valueOf(key);
      return loops
          ? List.of(new EscalationProblem(EscalationCode.PATH_LOOPS_BACK,
              List.of(resolved.path().id().value(), String.valueOf(key)),
              "Path " + resolved.path().id() + " goes back to " + who + " at levels " + at.mkString(", ")
                  + " after someone else, so the escalation loops back instead of moving up: give each level its own owner."))
          : List.<EscalationProblem>empty();
    });
  }

  private static Seq<EscalationProblem> relationshipOwners(ResolvedPath resolved, Seq<Partner> partners) {
    String id = resolved.path().id().value();
    LevelOwner last = resolved.owner(resolved.depth());
    return partners.filter(p -> last.isNamed() && last.owningPerson().contains(p.relationshipOwner()))
        .sortBy(p -> p.id().value())
        .map(p -> {
          boolean above = resolved.depth() > 1
              && resolved.owners().tail().forAll(o -> o.owningPerson().contains(p.relationshipOwner()));
          return new EscalationProblem(EscalationCode.RELATIONSHIP_OWNER_ONLY_ROUTE, List.of(id, p.id().value()),
              last.describe() + ", the relationship owner of " + p.name() + ", owns "
                  + (above ? "every level above the first of" : "the last level of") + " path " + id
                  + ", so a risk of that partner reaches leadership only through the relationship:"
                  + " give the last level to someone else.");
        });
  }

  private static String name(PersonId id, Seq<Person> people) {
    return people.find(p -> p.id().equals(id)).map(Person::name).getOrElse(id::value);
  }
}
