package org.partnergov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import org.partnergov.model.escalation.EscalationLevel;
import org.partnergov.model.escalation.EscalationPath;
import org.partnergov.model.party.PersonId;

/**
 * An escalation path with the owner of each of its levels resolved to a person (or to the
 * fallback, or to nobody), as {@link EscalationPolicy#resolve} gives it. Levels are numbered
 * from 1.
 *
 * @param path the path
 * @param owners the owner of each level, in level order, one per level
 */
public record ResolvedPath(EscalationPath path, Seq<LevelOwner> owners) {

  /**
   * Throws on a missing part or a number of owners other than the number of levels.
   *
   * @param path the path
   * @param owners the owner of each level, in level order, one per level
   */
  public ResolvedPath {
    requireNonNull(path, "path");
    requireNonNull(owners, "owners");
    if (owners.size() != path.levels().size()) {
      throw new IllegalArgumentException("path " + path.id() + " has " + path.levels().size()
          + " levels but " + owners.size() + " owners were given");
    }
  }

  /** {@return how many levels the path has} */
  public int depth() {
    return owners.size();
  }

  /**
   * {@return the level with the number, from 1 to {@link #depth()}; throws outside that range}
   *
   * @param number the level's number, from 1 to {@link #depth()}
   */
  public EscalationLevel level(int number) {
    return path.level(number).getOrElseThrow(() -> new IndexOutOfBoundsException(
        "path " + path.id() + " has levels 1 to " + depth() + ", not " + number));
  }

  /**
   * {@return the owner of the level with the number, from 1 to {@link #depth()}; throws outside that range}
   *
   * @param number the level's number, from 1 to {@link #depth()}
   */
  public LevelOwner owner(int number) {
    level(number);
    return owners.get(number - 1);
  }

  /**
   * {@return whether the person owns the level with the number or a higher one}
   *
   * @param person the person to look for
   * @param number the lowest level's number that counts, from 1 to {@link #depth()}
   */
  public boolean ownsAtOrAbove(PersonId person, int number) {
    return owners.drop(number - 1).exists(o -> o.owningPerson().contains(person));
  }

  /**
   * {@return the display name of the person if they own a level of the path, named or by fallback;
   * else their id}
   *
   * @param person the person to name
   */
  public String nameOf(PersonId person) {
    return owners.flatMap(o -> o.fold(n -> n.person().equals(person) ? Option.some(n.name()) : Option.<String>none(),
        f -> f.person().equals(person) ? Option.some(f.name()) : Option.<String>none(), n -> Option.<String>none()))
        .headOption().getOrElse(person::value);
  }

  /**
   * {@return a sentence such as {@code Path p-1 takes high compliance consequences: level 1 Partner manager,
   * Dana Lee, 4 hours to acknowledge; level 2 ...}}
   */
  public String explanation() {
    StringBuilder out = new StringBuilder("Path ").append(path.id()).append(" takes ")
        .append(path.minimumSeverity().name().toLowerCase(Locale.ROOT)).append(" and more serious ")
        .append(path.category().name().toLowerCase(Locale.ROOT)).append(" consequences: ");
    for (int n = 1; n <= depth(); n++) {
      EscalationLevel level = level(n);
      out.append(n > 1 ? "; " : "").append("level ").append(n).append(' ').append(level.name()).append(", ")
          .append(owner(n).describe()).append(", ").append(Durations.words(level.timeToAcknowledge()))
          .append(" to acknowledge");
    }
    return out.append('.').toString();
  }
}
