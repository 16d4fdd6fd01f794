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
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Tier;

/**
 * A decision-rights matrix compiled for resolving accountability: built once by {@link #of}, then
 * asked {@link #resolve} for any number of decisions.
 *
 * <p>The index groups the rights by decision type, then by the region and the tier their scope
 * is limited to ("any" being a group of its own), so a lookup reads at most four groups. The
 * groups are keyed by the codes and values of these types (equal exactly when the values are),
 * whose hashes the strings keep. Within
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
 *   <li>no matching Decide right gives {@link Decider.NoDecider} (default deny, never a default
 *       person); two or more give {@code NoDecider} too, "ambiguous: rights X and Y both decide",
 *       rather than a guess;</li>
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
  private static final Decider.NoDecider NO_RIGHT =
      new Decider.NoDecider("no decision right in force gives anyone Decide over this decision");

  private final Map<String, OfType> rights;

  private DecisionIndex(Map<String, OfType> rights) {
    this.rights = rights;
  }

  /** The rights of one type, by region, and those for any region. */
  private record OfType(Map<String, OfRegion> byRegion, @Nullable OfRegion anyRegion) {}

  /** The rights of one type and region (or any), by tier, and those for any tier. */
  private record OfRegion(Map<String, Group> byTier, @Nullable Group anyTier) {}

  /**
   * The rights of one type, region and tier: those without a band, and the banded ones by lower
   * limit, with for each position the highest upper limit of the bands up to it (null when one of
   * them has none).
   */
  private record Group(Entry[] unbanded, Entry[] banded, @Nullable BigDecimal[] reach) {}

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
    final Instant validFrom;
    final @Nullable Instant validUntil;
    final @Nullable Instant revokedAt;
    final Seq<org.partnergov.model.decision.DecisionRightId> matchedAlone;
    final Seq<Holder> holderAlone;
    final @Nullable Decider decidedDirectly;
    final Seq<Delegation> delegations;

    Entry(DecisionRight right, Seq<Delegation> delegations) {
      this.right = right;
      Scope scope = right.scope();
      this.program = scope.program().getOrNull();
      this.partnerType = scope.partnerType().getOrNull();
      AmountBand band = scope.amountBand().getOrNull();
      this.lower = band == null ? null : band.lower().amount();
      this.upper = band == null ? null : band.upper().map(Money::amount).getOrNull();
      this.currency = band == null ? null : band.lower().currency();
      this.validFrom = scope.validity().start();
      this.validUntil = scope.validity().end().getOrNull();
      this.revokedAt = right.revokedAt().getOrNull();
      this.matchedAlone = List.of(right.id());
      this.holderAlone = List.of(right.holder());
      this.decidedDirectly = right.role().decides() ? new Decider.Decided(right.holder(), right.id(), Option.none()) : null;
      this.delegations = delegations;
    }

    /**
     * Exactly {@code right.appliesTo(decision, at)}, for a decision found in the right's group
     * (so of its type, and of its region and tier when the right names them): the same
     * conditions, the most selective (the band) first.
     */
    boolean appliesTo(DecisionContext decision, Instant at) {
      if (lower != null) {
        if (decision.amount().isEmpty()) {
          return false;
        }
        Money amount = decision.amount().get();
        BigDecimal value = amount.amount();
        if (upper != null && value.compareTo(upper) >= 0 || value.compareTo(lower) < 0
            || !amount.currency().equals(currency)) {
          return false;
        }
      }
      // The group already matched region and tier. Each other limit is compared with its own
      // type, so every equals call is bound to one final class.
      return (program == null || decision.program().isDefined() && program.equals(decision.program().get()))
          && (partnerType == null || decision.partnerType().isDefined() && partnerType == decision.partnerType().get())
          && !at.isBefore(validFrom) && (validUntil == null || at.isBefore(validUntil))
          && (revokedAt == null || at.isBefore(revokedAt));
    }
  }

  /**
   * Compiles the matrix into an index; the matrix is read once, here.
   *
   * @param matrix the rights and delegations
   * @return the index to resolve decisions against
   */
  public static DecisionIndex of(DecisionRightsMatrix matrix) {
    requireNonNull(matrix, "matrix");
    Map<DecisionType, Map<PersonId, ArrayList<Delegation>>> delegations = new HashMap<>();
    for (Delegation d : matrix.delegations()) {
      delegations.computeIfAbsent(d.decisionType(), k -> new HashMap<>())
          .computeIfAbsent(d.delegator(), k -> new ArrayList<>()).add(d);
    }
    Map<String, Map<@Nullable String, Map<@Nullable String, ArrayList<DecisionRight>>>> grouped = new HashMap<>();
    for (DecisionRight r : matrix.rights()) {
      grouped.computeIfAbsent(r.decisionType().code(), k -> new HashMap<>())
          .computeIfAbsent(r.scope().region().map(Region::value).getOrNull(), k -> new HashMap<>())
          .computeIfAbsent(r.scope().tier().map(Tier::value).getOrNull(), k -> new ArrayList<>()).add(r);
    }
    Map<String, OfType> rights = new HashMap<>();
    grouped.forEach((type, byRegion) -> {
      Map<PersonId, ArrayList<Delegation>> ofType = delegations.getOrDefault(DecisionType.of(type), Map.of());
      Map<String, OfRegion> regions = new HashMap<>();
      byRegion.forEach((region, byTier) -> {
        if (region != null) {
          regions.put(region, ofRegion(byTier, ofType));
        }
      });
      Map<@Nullable String, ArrayList<DecisionRight>> anyRegion = byRegion.get(null);
      rights.put(type, new OfType(regions, anyRegion == null ? null : ofRegion(anyRegion, ofType)));
    });
    return new DecisionIndex(rights);
  }

  private static OfRegion ofRegion(Map<@Nullable String, ArrayList<DecisionRight>> byTier,
      Map<PersonId, ArrayList<Delegation>> delegations) {
    Map<String, Group> tiers = new HashMap<>();
    byTier.forEach((tier, rs) -> {
      if (tier != null) {
        tiers.put(tier, group(rs, delegations));
      }
    });
    ArrayList<DecisionRight> anyTier = byTier.get(null);
    return new OfRegion(tiers, anyTier == null ? null : group(anyTier, delegations));
  }

  private static Group group(ArrayList<DecisionRight> rights, Map<PersonId, ArrayList<Delegation>> delegations) {
    ArrayList<Entry> unbanded = new ArrayList<>();
    ArrayList<Entry> banded = new ArrayList<>();
    for (DecisionRight r : rights) {
      Seq<Delegation> ofHolder = r.holder() instanceof Holder.NamedPerson person && r.role().decides()
          ? Array.ofAll(delegations.getOrDefault(person.person(), new ArrayList<>())).sortBy(Delegation::id)
          : Array.empty();
      (r.scope().amountBand().isEmpty() ? unbanded : banded).add(new Entry(r, ofHolder));
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
    return new Group(unbanded.toArray(new Entry[0]), banded.toArray(new Entry[0]), reach);
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
    OfType ofType = rights.get(decision.type().code());
    if (ofType == null) {
      return null;
    }
    String region = decision.region().isDefined() ? decision.region().get().value() : null;
    String tier = decision.tier().isDefined() ? decision.tier().get().value() : null;
    Object found = region == null ? null : collect(ofType.byRegion().get(region), tier, decision, at, decidersOnly, null);
    return collect(ofType.anyRegion(), tier, decision, at, decidersOnly, found);
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

  private static @Nullable Object collect(@Nullable OfRegion ofRegion, @Nullable String tier,
      DecisionContext decision, Instant at, boolean decidersOnly, @Nullable Object found) {
    if (ofRegion == null) {
      return found;
    }
    Object more = tier == null ? found : collect(ofRegion.byTier().get(tier), decision, at, decidersOnly, found);
    return collect(ofRegion.anyTier(), decision, at, decidersOnly, more);
  }

  private static @Nullable Object collect(@Nullable Group group, DecisionContext decision, Instant at,
      boolean decidersOnly, @Nullable Object found) {
    if (group == null) {
      return found;
    }
    Object more = found;
    for (Entry e : group.unbanded()) {
      if ((!decidersOnly || e.decidedDirectly != null) && e.appliesTo(decision, at)) {
        more = add(more, e);
      }
    }
    Entry[] banded = group.banded();
    if (decision.amount().isDefined() && banded.length > 0) {
      BigDecimal amount = decision.amount().get().amount();
      @Nullable BigDecimal[] reach = group.reach();
      for (int i = lastStartingAtOrBelow(banded, amount); i >= 0; i--) {
        BigDecimal upTo = reach[i];
        if (upTo != null && upTo.compareTo(amount) <= 0) {
          break; // no band at or before i reaches the amount
        }
        Entry e = banded[i];
        if ((!decidersOnly || e.decidedDirectly != null) && e.appliesTo(decision, at)) {
          more = add(more, e);
        }
      }
    }
    return more;
  }

  /** The position of the last band whose lower limit is at or below the amount; -1 for none. */
  private static int lastStartingAtOrBelow(Entry[] banded, BigDecimal amount) {
    int low = 0;
    int high = banded.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (requireNonNull(banded[mid].lower, "a band").compareTo(amount) <= 0) {
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
    Seq<String> ids = deciders.map(r -> r.id().toString());
    String names = deciders.size() == 2 ? ids.mkString(" and ")
        : ids.init().mkString(", ") + " and " + ids.last();
    return new Decider.NoDecider("ambiguous: rights " + names + (deciders.size() == 2 ? " both" : " all") + " decide");
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
