package org.partnergov.model.decision;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.money.AmountBand;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.problem.ProblemCode;

/**
 * Every decision right and delegation of an ecosystem, as one value: who holds which RAPID role
 * for which decision type, where, up to what amount, and who stands in for whom. Ids are unique,
 * and the amount bands of one decision type share a currency. The queries here are plain scans;
 * the rules compile the matrix into an index for fast lookup.
 */
@Value.Immutable
@ModelStyle
public abstract class DecisionRightsMatrix {

  /** For the implementation Immutables generates, in this package only. */
  DecisionRightsMatrix() {}

  /** {@return the decision rights; empty by default} */
  @Value.Default
  public Seq<DecisionRight> rights() {
    return List.empty();
  }

  /** {@return the delegations of Decide rights; empty by default} */
  @Value.Default
  public Seq<Delegation> delegations() {
    return List.empty();
  }

  /** {@return the matrix without rights or delegations} */
  public static DecisionRightsMatrix empty() {
    return builder().build();
  }

  /**
   * {@return the matrix of the rights and delegations} Throws on a duplicate id or mixed band currencies.
   *
   * @param rights the decision rights, each id once
   * @param delegations the delegations of Decide rights, each id once
   */
  public static DecisionRightsMatrix of(Seq<DecisionRight> rights, Seq<Delegation> delegations) {
    return builder().rights(rights).delegations(delegations).build();
  }

  /**
   * {@return the rights for the decision type, in matrix order}
   *
   * @param type the kind of decision
   */
  public Seq<DecisionRight> rightsFor(DecisionType type) {
    return rights().filter(r -> r.decisionType().equals(type));
  }

  /**
   * {@return the delegations for the decision type, in matrix order}
   *
   * @param type the kind of decision
   */
  public Seq<Delegation> delegationsFor(DecisionType type) {
    return delegations().filter(d -> d.decisionType().equals(type));
  }

  /** {@return the decision types some right is about} */
  public SortedSet<DecisionType> decisionTypes() {
    return TreeSet.ofAll(rights().map(DecisionRight::decisionType));
  }

  @Value.Check
  void check() {
    requireUnique(rights(), DecisionRight::id, "decision right id");
    requireUnique(delegations(), Delegation::id, "delegation id");
    rights().filter(r -> r.scope().amountBand().isDefined()).groupBy(DecisionRight::decisionType)
        .find(e -> e._2.map(r -> r.scope().amountBand().get().lower().currency()).distinct().size() > 1)
        .forEach(e -> {
          throw new IllegalStateException("the amount bands of " + e._1 + " mix currencies");
        });
  }

  private static <T, K> void requireUnique(Seq<T> values, Function<T, K> key, String what) {
    values.groupBy(key).find(e -> e._2.size() > 1).forEach(e -> {
      throw new IllegalStateException(what + " " + e._1 + " is used twice");
    });
  }

  /** {@return a builder for a matrix from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionRightsMatrix}; {@code build()} throws on a broken invariant. */
  public static final class Builder extends ImmutableDecisionRightsMatrix.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a matrix from host data, or every problem: each problem of each right and delegation
   * under its path ({@code rights[3].holder}, {@code delegations[0].delegate}); an id used twice
   * ({@code DUPLICATE_ID} at the later {@code rights[i].id}); a band whose currency differs from
   * the first band of the same decision type ({@code CURRENCY_MISMATCH} at
   * {@code rights[i].amountCurrency})}
   *
   * @param draft the rights and delegations as the host's data has them
   */
  public static Validation<Seq<Problem>, DecisionRightsMatrix> parse(DecisionRightsMatrixDraft draft) {
    Checks checks = Checks.start();
    ArrayList<DecisionRight> rights = new ArrayList<>();
    Map<DecisionType, Tuple2<Currency, Integer>> currencies = new HashMap<>();
    HashSet<String> rightIds = new HashSet<>();
    draft.rights().forEachWithIndex((d, i) -> {
      String path = "rights[" + i + "]";
      unique(checks, rightIds, d.id(), path);
      DecisionRight right = checks.nested(path, DecisionRight.parse(d));
      if (right == null) {
        return;
      }
      rights.add(right);
      for (AmountBand band : right.scope().amountBand()) {
        Currency currency = band.lower().currency();
        Tuple2<Currency, Integer> first = currencies.putIfAbsent(right.decisionType(), Tuple.of(currency, i));
        if (first != null && !first._1.equals(currency)) {
          checks.problem(ProblemCode.CURRENCY_MISMATCH, path + ".amountCurrency", "the bands of "
              + right.decisionType() + " are in " + first._1 + " (rights[" + first._2 + "]), this one is in " + currency);
        }
      }
    });
    ArrayList<Delegation> delegations = new ArrayList<>();
    HashSet<String> delegationIds = new HashSet<>();
    draft.delegations().forEachWithIndex((d, i) -> {
      unique(checks, delegationIds, d.id(), "delegations[" + i + "]");
      Delegation delegation = checks.nested("delegations[" + i + "]", Delegation.parse(d));
      if (delegation != null) {
        delegations.add(delegation);
      }
    });
    return checks.result(() -> of(List.ofAll(rights), List.ofAll(delegations)));
  }

  private static void unique(Checks checks, HashSet<String> seen, @Nullable String id, String path) {
    if (id != null && !id.isBlank() && !seen.add(id.strip())) {
      checks.problem(ProblemCode.DUPLICATE_ID, path + ".id", "'" + id.strip() + "' is used twice");
    }
  }
}
