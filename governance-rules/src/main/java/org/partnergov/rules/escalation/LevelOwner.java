package org.partnergov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.function.Function;
import org.partnergov.model.party.PersonId;

/**
 * Who owns one level of an escalation path once its holder is resolved through the people of the
 * ecosystem: the named person the holder resolves to, a fallback person when it resolves to
 * nobody in particular, or nobody at all. A level owned by nobody is never approved or closed by
 * default: the escalation waits out the level's time to acknowledge and moves on.
 */
public sealed interface LevelOwner {

  /**
   * The level's holder resolves to exactly one person: the person named, the only holder of the
   * role, or the only member of the team.
   *
   * @param person the owner
   * @param name the owner's display name
   */
  record Named(PersonId person, String name) implements LevelOwner {
    /**
     * Throws on a missing part.
     *
     * @param person the owner
     * @param name the owner's display name
     */
    public Named {
      requireNonNull(person, "person");
      requireNonNull(name, "name");
    }
  }

  /**
   * The level's holder resolves to nobody in particular, so the defined fallback owns the level.
   *
   * @param person the fallback owner: the program owner or the host's fallback person
   * @param name the fallback owner's display name
   * @param reason why the holder did not resolve and which fallback applies, in plain words
   */
  record Fallback(PersonId person, String name, String reason) implements LevelOwner {
    /**
     * Throws on a missing part.
     *
     * @param person the fallback owner: the program owner or the host's fallback person
     * @param name the fallback owner's display name
     * @param reason why the holder did not resolve and which fallback applies, in plain words
     */
    public Fallback {
      requireNonNull(person, "person");
      requireNonNull(name, "name");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * Nobody owns the level: its holder resolves to nobody in particular and no fallback is defined.
   *
   * @param reason why, in plain words
   */
  record Nobody(String reason) implements LevelOwner {
    /**
     * Throws on a missing reason.
     *
     * @param reason why, in plain words
     */
    public Nobody {
      requireNonNull(reason, "reason");
    }
  }

  /**
   * Handles each case; the compiler makes sure all three are handled.
   *
   * @param <R> what each handler gives back
   * @param ifNamed what to do with a level owned by a named person
   * @param ifFallback what to do with a level owned by the fallback person
   * @param ifNobody what to do with a level nobody owns
   * @return what the handler of this case gave back
   */
  default <R> R fold(Function<? super Named, ? extends R> ifNamed, Function<? super Fallback, ? extends R> ifFallback,
      Function<? super Nobody, ? extends R> ifNobody) {
    if (this instanceof Named named) {
      return ifNamed.apply(named);
    }
    return this instanceof Fallback fallback ? ifFallback.apply(fallback) : ifNobody.apply((Nobody) this);
  }

  /** {@return the person who owns the level, named or by fallback; none when nobody does} */
  default Option<PersonId> owningPerson() {
    return fold(n -> Option.some(n.person()), f -> Option.some(f.person()), n -> Option.none());
  }

  /** {@return whether the holder itself resolves to one named person, without a fallback} */
  default boolean isNamed() {
    return this instanceof Named;
  }

  /** {@return the owner in words: {@code Dana Lee}, {@code Dana Lee (fallback: ...)} or {@code nobody (...)}} */
  default String describe() {
    return fold(Named::name, f -> f.name() + " (fallback: " + f.reason() + ")", n -> "nobody (" + n.reason() + ")");
  }
}
