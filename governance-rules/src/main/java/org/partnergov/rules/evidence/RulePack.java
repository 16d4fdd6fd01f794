package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.PerformanceDimension;

/**
 * A named set of classification rules, at most one per activity kind: what each kind counts as.
 * {@link #defaults()} covers the 21 built-in kinds; hosts write their own packs for their own
 * kinds ({@link #of}, {@link #with}) and combine packs in one of two explicit ways:
 * <ul>
 *   <li>{@link #compose}: the union of two packs that must agree. A kind both classify the same
 *       way keeps the first pack's rule; a kind they classify differently is a
 *       {@link RuleConflict} ({@code EVD-02}) and no pack is returned. Nothing is resolved by
 *       order.</li>
 *   <li>{@link #overriddenBy}: the host says which pack wins. The overriding pack's rules replace
 *       this pack's rules for the kinds they cover.</li>
 * </ul>
 * Each rule remembers the pack it came from, so a classification by a combined pack still names
 * the rule and the pack that wrote it. A kind no rule covers is {@link Classification.Unclassified}.
 * Packs are immutable values, equal when their names and rules (with their packs) are equal.
 */
public final class RulePack {

  /** The name of {@link #defaults()}. */
  public static final String DEFAULTS = "defaults";

  private static final RulePack DEFAULT_PACK = defaultPack();

  private final String name;
  private final SortedMap<ActivityKind, Classification.Classified> byKind;

  private RulePack(String name, SortedMap<ActivityKind, Classification.Classified> byKind) {
    this.name = name;
    this.byKind = byKind;
  }

  /**
   * {@return the pack named {@code name} with the rules; throws when two rules classify the same kind,
   * which is a mistake in the host's code, not in its data}
   *
   * @param name the pack's name, quoted in every classification it makes
   * @param rules the rules, at most one per activity kind
   */
  public static RulePack of(String name, Seq<ClassificationRule> rules) {
    RulePack pack = empty(name);
    for (ClassificationRule rule : requireNonNull(rules, "rules")) {
      pack = pack.with(rule);
    }
    return pack;
  }

  /**
   * {@return the pack named {@code name} without rules: it leaves every kind unclassified}
   *
   * @param name the pack's name
   */
  public static RulePack empty(String name) {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a rule pack needs a name");
    }
    return new RulePack(name.strip(), TreeMap.empty());
  }

  /**
   * {@return the default pack, named {@value #DEFAULTS}, covering the 21 built-in kinds as issue 4 lists
   * them} Enablement: training completed, certification earned, onboarding step done, event
   * attended, collateral downloaded, webinar joined. Revenue motion: deal registered, opportunity
   * won, revenue booked. Delivery quality: implementation delivered on time, defect or escalation
   * rate, delivery score. Risk control: compliance audit passed, incident resolved, certification
   * lapsed. Readiness: qualification passed, reference architecture validated. Customer impact:
   * customer satisfaction survey, customer-confirmed outcome, renewal, adoption measured.
   *
   * <p>The issue names certification "earned or lapsed" under enablement and "certification
   * lapse" under risk control. A kind has one class, and a lapse is a risk signal, not an
   * enablement signal: {@code CERTIFICATION_LAPSED} is performance evidence of risk control here.
   */
  public static RulePack defaults() {
    return DEFAULT_PACK;
  }

  private static RulePack defaultPack() {
    EvidenceClass enablement = EvidenceClass.enablement();
    EvidenceClass revenue = EvidenceClass.performance(PerformanceDimension.REVENUE_MOTION);
    EvidenceClass delivery = EvidenceClass.performance(PerformanceDimension.DELIVERY_QUALITY);
    EvidenceClass risk = EvidenceClass.performance(PerformanceDimension.RISK_CONTROL);
    EvidenceClass readiness = EvidenceClass.performance(PerformanceDimension.READINESS);
    EvidenceClass impact = EvidenceClass.customerImpact();
    return of(DEFAULTS, List.of(
        rule(ActivityKind.TRAINING_COMPLETED, enablement, "enablement"),
        rule(ActivityKind.CERTIFICATION_EARNED, enablement, "enablement"),
        rule(ActivityKind.ONBOARDING_STEP_DONE, enablement, "enablement"),
        rule(ActivityKind.EVENT_ATTENDED, enablement, "enablement"),
        rule(ActivityKind.COLLATERAL_DOWNLOADED, enablement, "enablement"),
        rule(ActivityKind.WEBINAR_JOINED, enablement, "enablement"),
        rule(ActivityKind.DEAL_REGISTERED, revenue, "revenue-motion"),
        rule(ActivityKind.OPPORTUNITY_WON, revenue, "revenue-motion"),
        rule(ActivityKind.REVENUE_BOOKED, revenue, "revenue-motion"),
        rule(ActivityKind.IMPLEMENTATION_DELIVERED_ON_TIME, delivery, "delivery-quality"),
        rule(ActivityKind.DEFECT_OR_ESCALATION_RATE, delivery, "delivery-quality"),
        rule(ActivityKind.DELIVERY_SCORE, delivery, "delivery-quality"),
        rule(ActivityKind.COMPLIANCE_AUDIT_PASSED, risk, "risk-control"),
        rule(ActivityKind.INCIDENT_RESOLVED, risk, "risk-control"),
        rule(ActivityKind.CERTIFICATION_LAPSED, risk, "risk-control"),
        rule(ActivityKind.QUALIFICATION_PASSED, readiness, "readiness"),
        rule(ActivityKind.REFERENCE_ARCHITECTURE_VALIDATED, readiness, "readiness"),
        rule(ActivityKind.CUSTOMER_SATISFACTION_SURVEY, impact, "customer-impact"),
        rule(ActivityKind.CUSTOMER_CONFIRMED_OUTCOME, impact, "customer-impact"),
        rule(ActivityKind.RENEWAL, impact, "customer-impact"),
        rule(ActivityKind.ADOPTION_MEASURED, impact, "customer-impact")));
  }

  /** A default rule is named after its kind and class, e.g. {@code training-completed-is-enablement}. */
  private static ClassificationRule rule(ActivityKind kind, EvidenceClass evidenceClass, String className) {
    return ClassificationRule.of(Describe.kind(kind).replace(' ', '-') + "-is-" + className, kind, evidenceClass);
  }

  /**
   * {@return this pack with one more rule; throws when the pack already has a rule for the rule's kind}
   *
   * @param rule the rule to add, for a kind the pack has no rule for yet
   */
  public RulePack with(ClassificationRule rule) {
    requireNonNull(rule, "rule");
    if (byKind.containsKey(rule.kind())) {
      throw new IllegalArgumentException("pack " + name + " already classifies " + rule.kind() + " by rule "
          + byKind.get(rule.kind()).get().rule() + "; use overriddenBy to replace a rule");
    }
    return new RulePack(name, byKind.put(rule.kind(), classified(rule, name)));
  }

  /**
   * {@return this pack with a rule named {@code ruleName} classifying {@code kind} as
   * {@code evidenceClass}}
   *
   * @param ruleName the new rule's name, never blank
   * @param kind the activity kind it classifies
   * @param evidenceClass what that kind counts as
   */
  public RulePack with(String ruleName, ActivityKind kind, EvidenceClass evidenceClass) {
    return with(ClassificationRule.of(ruleName, kind, evidenceClass));
  }

  private static Classification.Classified classified(ClassificationRule rule, String pack) {
    return new Classification.Classified(rule.kind(), rule.evidenceClass(), rule.name(), pack);
  }

  /**
   * {@return this pack with {@code overrides} winning: its rules replace this pack's rules for the kinds it
   * covers, and keep the name of the pack they came from} The result is named
   * {@code "<this> overridden by <overrides>"}.
   *
   * @param overrides the pack whose rules win
   */
  public RulePack overriddenBy(RulePack overrides) {
    requireNonNull(overrides, "overrides");
    return new RulePack(name + " overridden by " + overrides.name, byKind.merge(overrides.byKind, (mine, theirs) -> theirs));
  }

  /**
   * {@return the union of this pack and {@code other}, named {@code "<this> and <other>"}, or every kind the
   * two classify differently as a {@link RuleConflict} ({@code EVD-02}), in kind order} A kind both
   * classify the same way keeps this pack's rule.
   *
   * @param other the pack to compose with
   */
  public Either<Seq<RuleConflict>, RulePack> compose(RulePack other) {
    requireNonNull(other, "other");
    Seq<RuleConflict> conflicts = byKind.values().flatMap(mine -> other.byKind.get(mine.kind())
        .filter(theirs -> !theirs.evidenceClass().equals(mine.evidenceClass()))
        .map(theirs -> new RuleConflict(mine.kind(), ruleOf(mine), mine.pack(), ruleOf(theirs), theirs.pack())))
        .toList();
    return conflicts.isEmpty()
        ? Either.right(new RulePack(name + " and " + other.name, byKind.merge(other.byKind, (mine, theirs) -> mine)))
        : Either.left(conflicts);
  }

  private static ClassificationRule ruleOf(Classification.Classified c) {
    return ClassificationRule.of(c.rule(), c.kind(), c.evidenceClass());
  }

  /**
   * {@return what the kind counts as, and by which rule of which pack; {@code Unclassified} when no rule
   * covers it}
   *
   * @param kind the activity kind to classify
   */
  public Classification classify(ActivityKind kind) {
    requireNonNull(kind, "kind");
    Classification.Classified found = byKind.get(kind).getOrNull();
    return found != null ? found : new Classification.Unclassified(kind, name);
  }

  /**
   * {@return what the record's kind counts as (the classification depends on the kind alone)}
   *
   * @param record the activity record whose kind to classify
   */
  public Classification classify(ActivityRecord record) {
    return classify(record.kind());
  }

  /**
   * {@return the classification of every kind the records use, with how many records use it, read in one
   * pass (memory grows with the kinds, not the records)} The {@link Classification.Unclassified}
   * entries are the gaps a host should close ({@code EVD-01}).
   *
   * @param records any number of activity records, read once
   */
  public SortedMap<ActivityKind, KindCount> classifyKinds(Iterable<ActivityRecord> records) {
    return classifyKinds(requireNonNull(records, "records").iterator());
  }

  /**
   * Like {@link #classifyKinds(Iterable)}, pulling the records through the stream's iterator.
   *
   * @param records any number of activity records, pulled once through the stream's iterator
   * @return the classification of every kind the records use, with how many records use it, in kind order
   */
  public SortedMap<ActivityKind, KindCount> classifyKinds(java.util.stream.Stream<ActivityRecord> records) {
    return classifyKinds(requireNonNull(records, "records").iterator());
  }

  private SortedMap<ActivityKind, KindCount> classifyKinds(java.util.Iterator<ActivityRecord> records) {
    java.util.HashMap<ActivityKind, long[]> counts = new java.util.HashMap<>();
    while (records.hasNext()) {
      counts.computeIfAbsent(records.next().kind(), k -> new long[1])[0]++;
    }
    SortedMap<ActivityKind, KindCount> result = TreeMap.empty();
    for (java.util.Map.Entry<ActivityKind, long[]> e : counts.entrySet()) {
      result = result.put(e.getKey(), new KindCount(classify(e.getKey()), e.getValue()[0]));
    }
    return result;
  }

  /**
   * How one activity kind is classified and how many records use it.
   *
   * @param classification the kind's classification by the pack
   * @param records how many records of the kind were read
   */
  public record KindCount(Classification classification, long records) {
    /**
     * Throws on a missing classification.
     *
     * @param classification the kind's classification by the pack
     * @param records how many records of the kind were read
     */
    public KindCount {
      requireNonNull(classification, "classification");
    }
  }

  /** {@return the pack's name} */
  public String name() {
    return name;
  }

  /** {@return the rules, in kind order} */
  public Seq<ClassificationRule> rules() {
    return byKind.values().map(RulePack::ruleOf).toList();
  }

  /** {@return the classifications of every kind the pack covers, each naming its rule and pack, in kind order} */
  public Seq<Classification.Classified> classifications() {
    return byKind.values().toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RulePack that && name.equals(that.name) && byKind.equals(that.byKind);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + byKind.hashCode();
  }

  /** Reads as the name and the number of rules. */
  @Override
  public String toString() {
    return "RulePack " + name + " (" + byKind.size() + " rules)";
  }
}
