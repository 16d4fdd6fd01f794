package org.partnergov.model.diagnosis;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;

/**
 * One diagnosed governance failure: which of the five failure modes, what it is about, how
 * serious, what shows it, and what to do about it, in plain business language. Findings are
 * produced by diagnostic rules, never by hosts, so there is no draft: a broken finding is a bug
 * of its rule and the builder throws.
 */
@Value.Immutable
@ModelStyle
public abstract class Finding {

  /** For the implementation Immutables generates, in this package only. */
  Finding() {}

  private static final Pattern ONE_WORD = Pattern.compile("\\S+");

  /**
   * {@return the stable code of the rule that found it: usually the failure mode's code
   * ({@code FM-3}) or a sub-code under it ({@code FM-3.2}); a host rule may use its own code
   * ({@code ACME-7})} Never blank, no whitespace.
   */
  public abstract String code();

  /** {@return the failure mode diagnosed} */
  public abstract FailureMode failureMode();

  /** {@return the ids of what the finding is about (partners, requests, decision types...), at least one} */
  public abstract Seq<String> subjects();

  /** {@return how serious the failure is} */
  public abstract Severity severity();

  /** {@return the ids or facts that show the failure; empty by default} */
  @Value.Default
  public Seq<String> evidence() {
    return List.empty();
  }

  /** {@return what is wrong, in plain business language} */
  public abstract String explanation();

  /** {@return what to do about it} */
  public abstract String remediation();

  @Value.Check
  void check() {
    String code = code();
    if (!ONE_WORD.matcher(code).matches()) {
      throw new IllegalArgumentException("finding code must be one word, was '" + code + "'");
    }
    if (subjects().isEmpty()) {
      throw new IllegalStateException("finding " + code + " needs at least one subject");
    }
    subjects().forEach(s -> Text.nonBlank(s, "subject"));
    evidence().forEach(e -> Text.nonBlank(e, "evidence"));
    Text.nonBlank(explanation(), "explanation");
    Text.nonBlank(remediation(), "remediation");
  }

  /** {@return a builder for a finding} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; {@code build()} throws when a required value is missing or blank. */
  public static final class Builder extends ImmutableFinding.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }
}
