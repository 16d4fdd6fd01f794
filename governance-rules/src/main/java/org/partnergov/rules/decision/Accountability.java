package org.partnergov.rules.decision;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.partnergov.model.decision.DecisionContext;
import org.partnergov.model.decision.DecisionRightId;
import org.partnergov.model.decision.Holder;

/**
 * Who is accountable for one decision at one instant, after the RAPID model: who decides (or why
 * nobody does), who must agree, who recommends, who gives input and who performs, citing every
 * decision right that matched. Holders of one role are listed once each, in the order of the ids
 * of the rights that name them; {@code matched} is in id order.
 *
 * @param decision the decision resolved
 * @param at the instant it was resolved for
 * @param decider who decides, or why nobody does
 * @param agree the holders of matching Agree rights
 * @param recommend the holders of matching Recommend rights
 * @param input the holders of matching Input rights
 * @param perform the holders of matching Perform rights
 * @param matched the ids of every right in force that covers the decision, whatever its role
 */
public record Accountability(DecisionContext decision, Instant at, Decider decider, Seq<Holder> agree,
    Seq<Holder> recommend, Seq<Holder> input, Seq<Holder> perform, Seq<DecisionRightId> matched) {

  /**
   * Throws on a missing part.
   *
   * @param decision the decision resolved
   * @param at the instant it was resolved for
   * @param decider who decides, or why nobody does
   * @param agree the holders of matching Agree rights
   * @param recommend the holders of matching Recommend rights
   * @param input the holders of matching Input rights
   * @param perform the holders of matching Perform rights
   * @param matched the ids of every right in force that covers the decision, whatever its role
   */
  public Accountability {
    requireNonNull(decision, "decision");
    requireNonNull(at, "at");
    requireNonNull(decider, "decider");
    requireNonNull(agree, "agree");
    requireNonNull(recommend, "recommend");
    requireNonNull(input, "input");
    requireNonNull(perform, "perform");
    requireNonNull(matched, "matched");
  }

  /**
   * {@return a sentence a partner manager can read, such as {@code FUND_ALLOCATION of 2500.00 EUR at
   * 2026-03-01T00:00:00Z: dana decides (right r-1). Agree: team finance. Recommend: nobody. Input:
   * nobody. Perform: whoever holds the role partner-manager.}}
   */
  public String explanation() {
    String what = decision.type() + decision.amount().map(a -> " of " + a).getOrElse("") + " at " + at + ": ";
    String who = decider.fold(
        d -> describe(d.holder()) + " decides (right " + d.right()
            + d.via().map(v -> ", by delegation " + v).getOrElse("") + ")",
        n -> "nobody may decide, " + n.reason() + " (default deny)");
    return what + who + ". Agree: " + list(agree) + ". Recommend: " + list(recommend) + ". Input: "
        + list(input) + ". Perform: " + list(perform) + ".";
  }

  private static String list(Seq<Holder> holders) {
    return holders.isEmpty() ? "nobody" : holders.map(Accountability::describe).mkString(", ");
  }

  private static String describe(Holder holder) {
    return holder.fold(p -> p.person().toString(), r -> "whoever holds the role " + r.role(),
        t -> "team " + t.orgUnit());
  }
}
