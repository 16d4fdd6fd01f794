package org.partnergov.rules.evidence;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.util.Comparator;
import java.util.function.Function;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ValueClaimId;

/**
 * The verdict on a value claim, with a finding for every cited record. The verdicts are ordered,
 * weakest first: {@link Unsupported} &lt; {@link ActivityOnly} &lt; {@link WeaklySupported} &lt;
 * {@link Supported} ({@link #rank()}, {@link #ORDER}). {@link ClaimCheck} gives each cited record
 * a level in that order and the claim the highest level among them, so citing more evidence, or
 * stronger evidence, never lowers a verdict.
 */
public sealed interface ClaimVerdict {

  /** Orders verdicts weakest first by {@link #rank()}. */
  Comparator<ClaimVerdict> ORDER = Comparator.comparingInt(ClaimVerdict::rank);

  /** {@return the claim judged} */
  ValueClaimId claim();

  /** {@return a finding per cited record and reason, in the order the claim cites them} */
  Seq<CitationFinding> findings();

  /** {@return the sentence saying what the verdict means for this claim} */
  String summary();

  /**
   * At least one cited record is strong value evidence of the claim's subject ({@code EVD-20}).
   *
   * @param claim the claim
   * @param strong the strong records
   * @param findings the findings
   * @param summary the verdict in a sentence
   */
  record Supported(ValueClaimId claim, Seq<ActivityRecordId> strong, Seq<CitationFinding> findings, String summary)
      implements ClaimVerdict {
    /**
     * Throws on a missing part or without strong records.
     *
     * @param claim the claim
     * @param strong the strong records, at least one
     * @param findings the findings
     * @param summary the verdict in a sentence
     */
    public Supported {
      requireNonNull(claim, "claim");
      requireNonNull(strong, "strong");
      requireNonNull(findings, "findings");
      requireNonNull(summary, "summary");
      if (strong.isEmpty()) {
        throw new IllegalArgumentException("a supported claim has strong evidence");
      }
    }
  }

  /**
   * The cited value evidence of the claim's subject is all self-reported, stale or unattributed ({@code EVD-21}).
   *
   * @param claim the claim
   * @param weak the records that are value evidence, but weak
   * @param findings the findings
   * @param summary the verdict in a sentence
   */
  record WeaklySupported(ValueClaimId claim, Seq<ActivityRecordId> weak, Seq<CitationFinding> findings, String summary)
      implements ClaimVerdict {
    /**
     * Throws on a missing part.
     *
     * @param claim the claim
     * @param weak the records that are value evidence, but weak
     * @param findings the findings
     * @param summary the verdict in a sentence
     */
    public WeaklySupported {
      requireNonNull(claim, "claim");
      requireNonNull(weak, "weak");
      requireNonNull(findings, "findings");
      requireNonNull(summary, "summary");
    }
  }

  /**
   * The claim cites enablement activity and no value evidence of its subject: activity mistaken
   * for value ({@code FM-1}).
   *
   * @param claim the claim
   * @param enablement the cited enablement records
   * @param findings the findings
   * @param summary the verdict in a sentence
   */
  record ActivityOnly(ValueClaimId claim, Seq<ActivityRecordId> enablement, Seq<CitationFinding> findings,
      String summary) implements ClaimVerdict {
    /**
     * Throws on a missing part.
     *
     * @param claim the claim
     * @param enablement the cited enablement records
     * @param findings the findings
     * @param summary the verdict in a sentence
     */
    public ActivityOnly {
      requireNonNull(claim, "claim");
      requireNonNull(enablement, "enablement");
      requireNonNull(findings, "findings");
      requireNonNull(summary, "summary");
    }
  }

  /**
   * The claim cites nothing, or nothing that exists and bears on it ({@code EVD-22}).
   *
   * @param claim the claim
   * @param findings the findings
   * @param summary the verdict in a sentence
   */
  record Unsupported(ValueClaimId claim, Seq<CitationFinding> findings, String summary) implements ClaimVerdict {
    /**
     * Throws on a missing part.
     *
     * @param claim the claim
     * @param findings the findings
     * @param summary the verdict in a sentence
     */
    public Unsupported {
      requireNonNull(claim, "claim");
      requireNonNull(findings, "findings");
      requireNonNull(summary, "summary");
    }
  }

  /**
   * Handles each case; the compiler makes sure all four are handled.
   *
   * @param <R> what each handler gives back
   * @param ifSupported what to do with a supported claim
   * @param ifWeak what to do with a weakly supported claim
   * @param ifActivityOnly what to do with a claim backed by activity only
   * @param ifUnsupported what to do with an unsupported claim
   * @return what the handler of this verdict gave back
   */
  default <R> R fold(Function<? super Supported, ? extends R> ifSupported,
      Function<? super WeaklySupported, ? extends R> ifWeak,
      Function<? super ActivityOnly, ? extends R> ifActivityOnly,
      Function<? super Unsupported, ? extends R> ifUnsupported) {
    if (this instanceof Supported s) {
      return ifSupported.apply(s);
    }
    if (this instanceof WeaklySupported w) {
      return ifWeak.apply(w);
    }
    return this instanceof ActivityOnly a ? ifActivityOnly.apply(a) : ifUnsupported.apply((Unsupported) this);
  }

  /** {@return the stable code: {@code EVD-20}, {@code EVD-21}, {@code FM-1} or {@code EVD-22}} */
  default EvidenceCode code() {
    return fold(s -> EvidenceCode.SUPPORTED, w -> EvidenceCode.WEAKLY_SUPPORTED, a -> EvidenceCode.ACTIVITY_ONLY,
        u -> EvidenceCode.UNSUPPORTED);
  }

  /** {@return the place in the order: 0 unsupported, 1 activity only, 2 weakly supported, 3 supported} */
  default int rank() {
    return fold(s -> 3, w -> 2, a -> 1, u -> 0);
  }

  /**
   * {@return whether this verdict is as strong as {@code other} or stronger}
   *
   * @param other the verdict to compare with
   */
  default boolean isAtLeast(ClaimVerdict other) {
    return rank() >= other.rank();
  }

  /** {@return the summary followed by every finding: a paragraph a partner manager can read} */
  default String explanation() {
    return findings().isEmpty() ? summary()
        : summary() + " " + findings().map(f -> f.record() + ": " + f.explanation()).mkString(" ");
  }
}
