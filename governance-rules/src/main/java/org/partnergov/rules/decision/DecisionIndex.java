package org.partnergov.rules.decision;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRight;
import org.partnergov.model.decision.DecisionRightsMatrix;
import org.partnergov.model.decision.DecisionType;
import org.partnergov.model.decision.Delegation;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.decision.RapidRole;
import org.partnergov.model.decision.Scope;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Tier;

/**
 * A decision-rights matrix compiled for resolving accountability: built once by {@link #of}, then
 * asked {@link #resolve} for any number of decisions.
 *
 * <p>The index groups the rights by decision type, the region and the tier their scope is limited
 * to ("any" being a group of its own), so a lookup reads at most four groups (only one when every
 * right names a region and a tier). The groups sit in one open-addressed table keyed by the codes
 * and values of these types (equal exactly when the values are), whose hashes the strings keep,
 * so finding a group makes no object and follows few references. Within
 * a group, the rights without an amount band are kept apart from the banded ones, which are
 * sorted by the lower limit of their band: a binary search finds the last band that starts at or
 * below the amount, and the scan goes down from there only while an earlier band still reaches
 * above the amount (so bands that do not overlap cost one check). Each right keeps the parts of
 * its answer that do not depend on the decision (its decider when no delegation applies, its id
 * and holder as one-element sequences, the delegations of its holder), so resolving a decision
 * that one right covers allocates only the {@link Accountability}, and {@link #decider} allocates
 * nothing. Delegations are grouped by decision type and delegator, sorted by id.
 *
 * <p>Resolution, for a decision at an instant:
 * <ul>
 *   <li>a right matches when {@link DecisionRight#appliesTo} holds: same type, the decision inside
 *       its scope (band lower limit inclusive, upper exclusive), in force (validity end exclusive,
 *       not revoked at or before the instant);</li>
 *   <li>no matching Decide right gives {@link Decider.NoRight} (default deny, never a default
 *       person); two or more give {@link Decider.Contested} with their ids, rather than a guess;
 *       one held by a role or team that none of the people fills (when the index knows the people)
 *       gives {@link Decider.Unheld};</li>
 *   <li>when the one matching Decide right is held by a named person who delegated the decision
 *       type by a delegation that {@linkplain Delegation#appliesTo applies} (in force, scope
 *       covers the decision, limit inclusive, no amount allowed only without limit), the delegate
 *       decides. When several apply, the one with the smallest id is used. Only one hop is
 *       followed: a delegate's own delegations are not (re-delegation is {@code MTX-10}).</li>
 * </ul>
 * The result does not depend on the order of the rights and delegations in the matrix.
 */
public final class DecisionIndex {

  private static final Comparator<DecisionRight> BY_ID = Comparator.comparing(DecisionRight::id);
  private static final Decider NO_RIGHT = new Decider.NoRight();

  private final Groups groups;
  /** Whether some right is for any region, or any tier: only then are those groups looked up. */
  private final boolean anyRegion;
  private final boolean anyTier;

  private DecisionIndex(Groups groups, boolean anyRegion, boolean anyTier) {
    this.groups = groups;
    this.anyRegion = anyRegion;
    this.anyTier = anyTier;
  }

  /** A group's decision type code, region and tier values; null for any region or tier. */
  private record Key(String type, @Nullable String region, @Nullable String tier) {}

  /**
   * The groups by decision type code, region value and tier value, in an open-addressed table:
   * slot i holds the three keys at 4i to 4i+2 and the group at 4i+3. A right for any region or
   * tier is filed under {@link #ANY}, which is told apart by identity, so no value (not even a
   * region called "any") is mistaken for it.
   */
  private static final class Groups {
    static final String ANY = new String("any");
    private final @Nullable Object[] slots;
    private final int mask;

    Groups(Map<Key, Group> groups) {
      int capacity = Integer.highestOneBit(Math.max(4, groups.size() * 3)); // at most two thirds full
      this.slots = new Object[4 * capacity];
      this.mask = capacity - 1;
      groups.forEach((key, group) -> {
        String region = key.region() == null ? ANY : key.region();
        String tier = key.tier() == null ? ANY : key.tier();
        int i = hash(key.type(), region, tier) & mask;
        while (slots[4 * i] != null) {
          i = (i + 1) & mask;
        }
        slots[4 * i] = key.type();
        slots[4 * i + 1] = region;
        slots[4 * i + 2] = tier;
        slots[4 * i + 3] = group;
      });
    }

    /** The group of the type, region and tier ({@link #ANY} for any), or null. */
    @Nullable Group get(String type, String region, String tier) {
      for (int i = hash(type, region, tier) & mask; ; i = (i + 1) & mask) {
        Object t = slots[4 * i];
        if (t == null) {
          return null;
        }
        if (t.equals(type) && same(slots[4 * i + 1], region) && same(slots[4 * i + 2], tier)) {
          return (Group) slots[4 * i + 3];
        }
      }
    }

    private static boolean same(@Nullable Object key, String value) {
      return key == value || key != ANY && value != ANY && value.equals(key);
    }

    private static int hash(String type, String region, String tier) {
      int h = (type.hashCode() * 31 + (region == ANY ? 0x9e3779b9 : region.hashCode())) * 31
          + (tier == ANY ? 0x7f4a7c15 : tier.hashCode());
      return h ^ (h >>> 16);
    }
  }

  /**
   * The rights of one type, region and tier: those without a band, and the banded ones by lower
   * limit, with for each position the highest upper limit of the bands up to it (null when one of
   * them has none).
   */
  private record Group(Entry[] unbanded, Entry[] banded, BigDecimal[] lowers, @Nullable BigDecimal[] reach) {}

  /**
   * One right, with its scope read into fields so that matching allocates nothing, and the parts
   * of its answer that do not depend on the decision.
   */
  private static final class Entry {
    final DecisionRight right;
    final @Nullable ProgramId program;
    final @Nullable PartnerType partnerType;
    final @Nullable BigDecimal lower;
    final @Nullable BigDecimal upper;
    final java.util.@Nullable Currency currency;
    /** The instant the right holds from, in seconds and nanoseconds of the epoch. */
    final long fromSecond;
    final int fromNano;
    /** The first instant it no longer holds: the end of its validity or its revocation, the earlier. */
    final long endSecond;
    final int endNano;
    final Seq<org.partnergov.model.decision.DecisionRightId> matchedAlone;
    final Seq<Holder> holderAlone;
    /** For a Decide right, its answer when no delegation applies (unheld for a role or team nobody fills); else null. */
    final @Nullable Decider decidedDirectly;
    final Seq<Delegation> delegations;

    Entry(DecisionRight right, Seq<Delegation> delegations, boolean staffed) {
      this.right = right;
      Scope scope = right.scope();
      this.program = scope.program().getOrNull();
      this.partnerType = scope.partnerType().getOrNull();
      AmountBand band = scope.amountBand().getOrNull();
      this.lower = band == null ? null : band.lower().amount();
      this.upper = band == null ? null : band.upper().map(Money::amount).getOrNull();
      this.currency = band == null ? null : band.lower().currency();
      Instant from = scope.validity().start();
      Instant end = scope.validity().end().map(e -> right.revokedAt().filter(r -> r.isBefore(e)).getOrElse(e))
          .orElse(right.revokedAt()).getOrNull();
      this.fromSecond = from.getEpochSecond();
      this.fromNano = from.getNano();
      this.endSecond = end == null ? Long.MAX_VALUE : end.getEpochSecond(); // beyond any instant's second
      this.endNano = end == null ? 0 : end.getNano();
      this.matchedAlone = List.of(right.id());
      this.holderAlone = List.of(right.holder());
      this.decidedDirectly = !right.role().decides() ? null
          : staffed ? new Decider.Decided(right.holder(), right.id(), Option.none())
          : new Decider.Unheld(right.holder(), right.id());
      this.delegations = delegations;
    }

    /**
     * With {@link #inBand}, exactly {@code right.appliesTo(decision, at)} for a decision found in
     * the right's group (so of its type, and of its region and tier when the right names them):
     * the conditions other than the band.
     */
    boolean inScopeAndForce(DecisionContext decision, Instant at) {
      // Each limit is compared with its own type, so every equals call is bound to one final class.
      long second = at.getEpochSecond();
      int nano = at.getNano();
      return (program == null || decision.program().isDefined() && program.equals(decision.program().get()))
          && (partnerType == null || decision.partnerType().isDefined() && partnerType == decision.partnerType().get())
          && (second > fromSecond || second == fromSecond && nano >= fromNano)
          && (second < endSecond || second == endSecond && nano < endNano);
    }

    /**
     * Whether the amount lies in the right's band, for a banded right whose lower limit is known
     * to be at or below the value: below the upper limit (exclusive), in the band's currency.
     */
    boolean inBand(Money amount) {
      return (upper == null || amount.amount().compareTo(upper) < 0) && amount.currency().equals(currency);
    }
  }

  /**
   * Compiles the matrix into an index; the matrix is read once, here. Without the people, a right
   * held by a role or a team is taken to be staffed: use {@link #of(DecisionRightsMatrix, Seq)} to
   * tell a role nobody holds apart ({@link Decider.Unheld}).
   *
   * @param matrix the rights and delegations
   * @return the index to resolve decisions against
   */
  public static DecisionIndex of(DecisionRightsMatrix matrix) {
    return compile(matrix, null);
  }

  /**
   * Compiles the matrix into an index that knows who fills each role and team: a Decide right whose
   * role or team none of the people fills resolves to {@link Decider.Unheld}, never to "whoever
   * holds the role".
   *
   * @param matrix the rights and delegations
   * @param people the people of the ecosystem
   * @return the index to resolve decisions against
   */
  public static DecisionIndex of(DecisionRightsMatrix matrix, Seq<Person> people) {
    return compile(matrix, requireNonNull(people, "people"));
  }

  private static DecisionIndex compile(DecisionRightsMatrix matrix, @Nullable Seq<Person> people) {
    requireNonNull(matrix, "matrix");
    Map<DecisionType, Map<PersonId, ArrayList<Delegation>>> delegations = new HashMap<>();
    for (Delegation d : matrix.delegations()) {
      delegations.computeIfAbsent(d.decisionType(), k -> new HashMap<>())
          .computeIfAbsent(d.delegator(), k -> new ArrayList<>()).add(d);
    }
    Map<Key, ArrayList<DecisionRight>> grouped = new HashMap<>();
    boolean anyRegion = false;
    boolean anyTier = false;
    for (DecisionRight r : matrix.rights()) {
      anyRegion |= r.scope().region().isEmpty();
      anyTier |= r.scope().tier().isEmpty();
      grouped.computeIfAbsent(new Key(r.decisionType().code(), r.scope().region().map(Region::value).getOrNull(),
          r.scope().tier().map(Tier::value).getOrNull()), k -> new ArrayList<>()).add(r);
    }
    Map<Key, Group> groups = new HashMap<>();
    grouped.forEach((key, rights) -> groups.put(key,
        group(rights, delegations.getOrDefault(DecisionType.of(key.type()), Map.of()), people)));
    return new DecisionIndex(new Groups(groups), anyRegion, anyTier);
  }

  private static Group group(ArrayList<DecisionRight> rights, Map<PersonId, ArrayList<Delegation>> delegations,
      @Nullable Seq<Person> people) {
    ArrayList<Entry> unbanded = new ArrayList<>();
    ArrayList<Entry> banded = new ArrayList<>();
    for (DecisionRight r : rights) {
      Seq<Delegation> ofHolder = r.holder() instanceof Holder.NamedPerson person && r.role().decides()
          ? Array.ofAll(delegations.getOrDefault(person.person(), new ArrayList<>())).sortBy(Delegation::id)
          : Array.empty();
      boolean staffed = people == null || r.holder().isNamedPerson() || people.exists(r.holder()::includes);
      (r.scope().amountBand().isEmpty() ? unbanded : banded).add(new Entry(r, ofHolder, staffed));
    }
    Comparator<Entry> byId = Comparator.comparing(e -> e.right, BY_ID);
    unbanded.sort(byId);
    banded.sort(Comparator.comparing((Entry e) -> e.lower).thenComparing(byId));
    @Nullable BigDecimal[] reach = new BigDecimal[banded.size()];
    for (int i = 0; i < reach.length; i++) {
      BigDecimal upper = banded.get(i).upper;
      BigDecimal before = i == 0 ? upper : reach[i - 1];
      reach[i] = upper == null || before == null ? null : upper.max(before);
    }
    return new Group(unbanded.toArray(new Entry[0]), banded.toArray(new Entry[0]),
        banded.stream().map(e -> requireNonNull(e.lower, "a band")).toArray(BigDecimal[]::new), reach);
  }

  /**
   * Who is accountable for the decision at the instant, with delegations in force applied.
   *
   * @param decision the decision to resolve
   * @param at the instant the decision is made
   * @return the decider (or why there is none), the other RAPID holders and the rights matched
   */
  public Accountability resolve(DecisionContext decision, Instant at) {
    requireNonNull(decision, "decision");
    requireNonNull(at, "at");
    @Nullable Object found = matching(decision, at, false);
    if (found instanceof Several several) {
      return resolve(decision, at, Array.ofAll(several.entries()).map(e -> e.right).sorted(BY_ID), several.entries());
    }
    if (found == null) {
      return new Accountability(decision, at, NO_RIGHT, List.empty(), List.empty(), List.empty(), List.empty(),
          List.empty());
    }
    Entry one = (Entry) found;
    RapidRole role = one.right.role();
    Decider decider = one.decidedDirectly == null ? NO_RIGHT : decided(one, decision, at);
    return new Accountability(decision, at, decider, role == RapidRole.AGREE ? one.holderAlone : List.empty(),
        role == RapidRole.RECOMMEND ? one.holderAlone : List.empty(),
        role == RapidRole.INPUT ? one.holderAlone : List.empty(),
        role == RapidRole.PERFORM ? one.holderAlone : List.empty(), one.matchedAlone);
  }

  /**
   * Who decides the decision at the instant: exactly {@code resolve(decision, at).decider()}, for
   * callers that need only the decider (routing a request, say), without building the rest of
   * the accountability. When one right decides and none of its holder's delegations applies,
   * nothing is allocated.
   *
   * @param decision the decision to resolve
   * @param at the instant the decision is made
   * @return the decider, or why there is none
   */
  public Decider decider(DecisionContext decision, Instant at) {
    requireNonNull(decision, "decision");
    requireNonNull(at, "at");
    @Nullable Object found = matching(decision, at, true);
    if (found == null) {
      return NO_RIGHT;
    }
    return found instanceof Entry one ? decided(one, decision, at) : resolve(decision, at).decider();
  }

  /**
   * The entries in force that cover the decision (only the Decide ones if {@code decidersOnly}):
   * null for none, the entry for one, else {@link Several}.
   */
  private @Nullable Object matching(DecisionContext decision, Instant at, boolean decidersOnly) {
    String type = decision.type().code();
    String region = decision.region().isDefined() ? decision.region().get().value() : null;
    String tier = decision.tier().isDefined() ? decision.tier().get().value() : null;
    Object found = null;
    if (region != null) {
      found = tier == null ? null : collect(groups.get(type, region, tier), decision, at, decidersOnly, null);
      found = anyTier ? collect(groups.get(type, region, Groups.ANY), decision, at, decidersOnly, found) : found;
    }
    if (anyRegion) {
      found = tier == null ? found : collect(groups.get(type, Groups.ANY, tier), decision, at, decidersOnly, found);
      found = anyTier ? collect(groups.get(type, Groups.ANY, Groups.ANY), decision, at, decidersOnly, found) : found;
    }
    return found;
  }

  /** Two or more entries matched (rare: one is the usual case, kept as the entry itself). */
  private record Several(java.util.List<Entry> entries) {}

  /** The entries matched so far with one more: null for none, the entry for one, else {@link Several}. */
  private static Object add(@Nullable Object found, Entry e) {
    if (found == null) {
      return e;
    }
    if (found instanceof Several several) {
      several.entries().add(e);
      return several;
    }
    ArrayList<Entry> entries = new ArrayList<>(4);
    entries.add((Entry) found);
    entries.add(e);
    return new Several(entries);
  }

  private static @Nullable Object collect(@Nullable Group group, DecisionContext decision, Instant at,
      boolean decidersOnly, @Nullable Object found) {
    if (group == null) {
      return found;
    }
    Object more = found;
    for (Entry e : group.unbanded()) {
      if ((!decidersOnly || e.decidedDirectly != null) && e.inScopeAndForce(decision, at)) {
        more = add(more, e);
      }
    }
    Entry[] banded = group.banded();
    if (banded.length > 0 && decision.amount().isDefined()) {
      Money money = decision.amount().get();
      BigDecimal amount = money.amount();
      @Nullable BigDecimal[] reach = group.reach();
      // Every band at or before the last one starting at or below the amount starts there too.
      for (int i = lastStartingAtOrBelow(group.lowers(), amount); i >= 0; i--) {
        BigDecimal upTo = reach[i];
        if (upTo != null && upTo.compareTo(amount) <= 0) {
          break; // no band at or before i reaches the amount
        }
        Entry e = banded[i];
        if ((!decidersOnly || e.decidedDirectly != null) && e.inBand(money) && e.inScopeAndForce(decision, at)) {
          more = add(more, e);
        }
      }
    }
    return more;
  }

  /** The position of the last lower limit at or below the amount; -1 for none. */
  private static int lastStartingAtOrBelow(BigDecimal[] lowers, BigDecimal amount) {
    int low = 0;
    int high = lowers.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (lowers[mid].compareTo(amount) <= 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high;
  }

  /** The general case: several rights match; they are in id order. */
  private static Accountability resolve(DecisionContext decision, Instant at, Seq<DecisionRight> matched,
      java.util.List<Entry> entries) {
    Seq<DecisionRight> deciders = matched.filter(r -> r.role().decides());
    Decider decider;
    if (deciders.isEmpty()) {
      decider = NO_RIGHT;
    } else if (deciders.size() > 1) {
      decider = ambiguous(deciders);
    } else {
      DecisionRight only = deciders.head();
      Entry entry = entries.stream().filter(e -> e.right == only).findFirst().orElseThrow();
      decider = decided(entry, decision, at);
    }
    return new Accountability(decision, at, decider, holders(matched, RapidRole.AGREE),
        holders(matched, RapidRole.RECOMMEND), holders(matched, RapidRole.INPUT),
        holders(matched, RapidRole.PERFORM), matched.map(DecisionRight::id).toList());
  }

  private static Decider ambiguous(Seq<DecisionRight> deciders) {
    return new Decider.Contested(deciders.map(DecisionRight::id).toList());
  }

  private static Decider decided(Entry entry, DecisionContext decision, Instant at) {
    if (entry.delegations.isEmpty()) {
      return requireNonNull(entry.decidedDirectly, "a Decide right");
    }
    for (Delegation d : entry.delegations) {
      if (d.appliesTo(decision, at)) {
        return new Decider.Decided(Holder.person(d.delegate()), entry.right.id(), Option.some(d.id()));
      }
    }
    return requireNonNull(entry.decidedDirectly, "a Decide right");
  }

  private static Seq<Holder> holders(Seq<DecisionRight> matched, RapidRole role) {
    return matched.filter(r -> r.role() == role).map(DecisionRight::holder).distinct().toList();
  }
}
