package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ClaimSubject;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.model.evidence.ValueClaim;

/**
 * Checks a value claim against the records it cites, at an as-of instant, with a rule pack and a
 * validity window.
 *
 * <p>Each distinct cited id, in the claim's order, gets one level:
 * <ol start="0">
 *   <li>no evidence for the claim: the id names no record ({@code EVD-04}), the record is another
 *       partner's ({@code EVD-05}), happened outside the claim's period ({@code EVD-06}), is
 *       unclassified ({@code EVD-01}), or is value evidence of another subject ({@code EVD-07}: a
 *       claim about a dimension needs performance evidence of that dimension, a claim about a
 *       customer outcome needs customer impact);</li>
 *   <li>activity: the record is an enablement signal ({@code EVD-12});</li>
 *   <li>weak value evidence: of the claim's subject, but self-reported ({@code EVD-08}), outside
 *       the validity window ending at the as-of instant ({@code EVD-09}) or linked to no customer
 *       or deal ({@code EVD-10});</li>
 *   <li>strong value evidence ({@code EVD-11}): see {@link EvidenceStrength#isStrong()}.</li>
 * </ol>
 * The verdict is the highest level reached: {@link ClaimVerdict.Supported},
 * {@link ClaimVerdict.WeaklySupported}, {@link ClaimVerdict.ActivityOnly} ({@code FM-1}) or
 * {@link ClaimVerdict.Unsupported} (also for a claim citing nothing, {@code EVD-03}). So the
 * verdict never falls when a citation is added or a cited record gets stronger, and enablement
 * can never lift a claim above activity only. The claim's program is not compared with the
 * records' programs.
 */
public final class ClaimCheck {

  private ClaimCheck() {}

  /**
   * {@return the verdict on the claim, looking the cited ids up in {@code records}}
   *
   * @param claim the value claim to check
   * @param records the activity records by id; only the ids the claim cites are looked up
   * @param pack the rule pack that classifies each cited record's kind
   * @param asOf the instant the claim is checked at, where the validity window ends
   * @param window how long before {@code asOf} a record still counts as recent; not negative
   */
  public static ClaimVerdict check(ValueClaim claim, Map<ActivityRecordId, ActivityRecord> records, RulePack pack,
      Instant asOf, Duration window) {
    requireNonNull(claim, "claim");
    requireNonNull(records, "records");
    requireNonNull(pack, "pack");
    requireNonNull(asOf, "asOf");
    requireNonNull(window, "window");
    List<CitationFinding> findings = List.empty();
    List<ActivityRecordId> strong = List.empty();
    List<ActivityRecordId> weak = List.empty();
    List<ActivityRecordId> enablement = List.empty();
    for (ActivityRecordId id : claim.cited().distinct()) {
      Option<ActivityRecord> found = records.get(id);
      if (found.isEmpty()) {
        findings = findings.prepend(new CitationFinding(id, EvidenceCode.UNKNOWN_EVIDENCE,
            "no activity record has this id, so it supports nothing (EVD-04)."));
        continue;
      }
      ActivityRecord r = found.get();
      if (!r.partner().equals(claim.partner())) {
        findings = findings.prepend(new CitationFinding(id, EvidenceCode.OTHER_PARTNER,
            "this is activity of " + r.partner() + ", not of " + claim.partner() + " (EVD-05)."));
        continue;
      }
      if (!claim.period().contains(r.occurredAt())) {
        findings = findings.prepend(new CitationFinding(id, EvidenceCode.OUTSIDE_PERIOD,
            "it happened at " + r.occurredAt() + ", outside the claimed period " + claim.period() + " (EVD-06)."));
        continue;
      }
      Classification c = pack.classify(r.kind());
      if (c instanceof Classification.Unclassified) {
        findings = findings.prepend(new CitationFinding(id, EvidenceCode.UNCLASSIFIED, c.explanation()));
        continue;
      }
      EvidenceClass ec = ((Classification.Classified) c).evidenceClass();
      if (!ec.countsAsValue()) {
        enablement = enablement.prepend(id);
        findings = findings.prepend(new CitationFinding(id, EvidenceCode.ENABLEMENT_CITED,
            withoutFullStop(c.explanation()) + ": it shows activity, not that anything changed (EVD-12)."));
        continue;
      }
      if (!bearsOn(ec, claim.subject())) {
        findings = findings.prepend(new CitationFinding(id, EvidenceCode.OFF_SUBJECT, "it is "
            + Describe.evidenceClass(ec) + ", not evidence of " + subject(claim.subject()) + " (EVD-07)."));
        continue;
      }
      EvidenceStrength strength = EvidenceStrength.of(r, asOf, window);
      if (strength.isStrong()) {
        strong = strong.prepend(id);
        findings = findings.prepend(new CitationFinding(id, EvidenceCode.STRONG, "\"" + Describe.kind(r.kind())
            + "\" is strong evidence: " + strength + " (EVD-11)."));
        continue;
      }
      weak = weak.prepend(id);
      for (EvidenceCode why : strength.weaknesses()) {
        findings = findings.prepend(new CitationFinding(id, why, weakness(why, r, asOf, window)));
      }
    }
    return verdict(claim, findings.reverse(), strong.reverse(), weak.reverse(), enablement.reverse());
  }

  /**
   * {@return the verdict on the claim, reading {@code records} once and keeping only the cited ones (the
   * last record of a repeated id wins)}
   *
   * @param claim the value claim to check
   * @param records any number of activity records, read once
   * @param pack the rule pack that classifies each cited record's kind
   * @param asOf the instant the claim is checked at, where the validity window ends
   * @param window how long before {@code asOf} a record still counts as recent; not negative
   */
  public static ClaimVerdict check(ValueClaim claim, Iterable<ActivityRecord> records, RulePack pack, Instant asOf,
      Duration window) {
    requireNonNull(records, "records");
    Set<ActivityRecordId> cited = claim.cited().toSet();
    java.util.HashMap<ActivityRecordId, ActivityRecord> found = new java.util.HashMap<>();
    for (ActivityRecord r : records) {
      if (cited.contains(r.id())) {
        found.put(r.id(), r);
      }
    }
    return check(claim, HashMap.ofAll(found), pack, asOf, window);
  }

  private static boolean bearsOn(EvidenceClass ec, ClaimSubject subject) {
    return subject.fold(d -> ec instanceof EvidenceClass.Performance p && p.dimension() == d.dimension(),
        o -> ec instanceof EvidenceClass.CustomerImpact);
  }

  private static String subject(ClaimSubject subject) {
    return subject.fold(d -> Describe.dimension(d.dimension()), o -> "the customer outcome \"" + o.description() + "\"");
  }

  private static String weakness(EvidenceCode why, ActivityRecord r, Instant asOf, Duration window) {
    if (why == EvidenceCode.SELF_REPORTED) {
      return "only the partner reports it; nobody else confirmed it (EVD-08).";
    }
    if (why == EvidenceCode.STALE) {
      return r.occurredAt().isAfter(asOf)
          ? "it happened at " + r.occurredAt() + ", after the as-of instant " + asOf + " (EVD-09)."
          : "it happened at " + r.occurredAt() + ", more than " + Describe.duration(window) + " before " + asOf + " (EVD-09).";
    }
    return "it is linked to no customer or deal (EVD-10).";
  }

  private static ClaimVerdict verdict(ValueClaim claim, Seq<CitationFinding> findings, Seq<ActivityRecordId> strong,
      Seq<ActivityRecordId> weak, Seq<ActivityRecordId> enablement) {
    String about = "Claim " + claim.id() + " of " + claim.partner() + " about " + subject(claim.subject());
    if (!strong.isEmpty()) {
      return new ClaimVerdict.Supported(claim.id(), strong, findings, about + " is supported (EVD-20) by "
          + Describe.plural(strong.size(), "strong record") + ": " + strong.mkString(", ") + ".");
    }
    if (!weak.isEmpty()) {
      return new ClaimVerdict.WeaklySupported(claim.id(), weak, findings, about
          + " is only weakly supported (EVD-21): its value evidence (" + weak.mkString(", ")
          + ") is self-reported, stale or unattributed.");
    }
    if (!enablement.isEmpty()) {
      return new ClaimVerdict.ActivityOnly(claim.id(), enablement, findings, about
          + " rests on activity only (FM-1, activity mistaken for value): " + enablement.mkString(", ")
          + (enablement.size() == 1 ? " is an enablement signal" : " are enablement signals")
          + ", which show activity, not value.");
    }
    return new ClaimVerdict.Unsupported(claim.id(), findings, claim.cited().isEmpty()
        ? about + " is unsupported (EVD-22): it cites no evidence (EVD-03)."
        : about + " is unsupported (EVD-22): none of the records it cites exists and bears on it.");
  }

  /** The sentence without its final full stop, so that a citation finding can continue it. */
  private static String withoutFullStop(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }
}
