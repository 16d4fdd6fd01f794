package org.partnergov.model.party;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.partnergov.model.internal.Checks;
import org.partnergov.model.internal.ModelStyle;
import org.partnergov.model.internal.Text;
import org.partnergov.model.problem.Problem;

/**
 * A partner organization: its type, tier, the regions it serves, its status and its relationship
 * owner, the internal person who manages the relationship. The relationship owner matters for
 * conflicts of interest: they must not approve the partner's exceptions.
 */
@Value.Immutable
@ModelStyle
public abstract class Partner {

  /** For the implementation Immutables generates, in this package only. */
  Partner() {}

  /** {@return the stable id} */
  public abstract PartnerId id();

  /** {@return the display name} */
  public abstract String name();

  /** {@return what kind of business the partner is} */
  public abstract PartnerType type();

  /** {@return the partner's tier} */
  public abstract Tier tier();

  /** {@return the regions the partner serves; empty by default} */
  @Value.Default
  public Set<Region> regions() {
    return HashSet.empty();
  }

  /** {@return where the partner stands} */
  public abstract PartnerStatus status();

  /** {@return the internal person who owns the relationship} */
  public abstract PersonId relationshipOwner();

  @Value.Check
  void check() {
    Text.nonBlank(name(), "name");
  }

  /** {@return a builder for a partner from typed values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partner}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutablePartner.Builder {
    /** An empty builder; start one with {@code builder()}. */
    Builder() {}
  }

  /**
   * {@return a partner from host data, or every problem: blank id, name, tier or relationship
   * owner, an unknown type or status name, a blank region} Whether the relationship owner is a
   * known person is checked where persons are known, by the ecosystem snapshot.
   *
   * @param draft the partner as the host's data has it
   */
  public static Validation<Seq<Problem>, Partner> parse(PartnerDraft draft) {
    Checks checks = Checks.start();
    PartnerId id = checks.text("id", draft.id(), PartnerId::new);
    String name = checks.text("name", draft.name());
    PartnerType type = checks.name("type", draft.type(), PartnerType.class);
    Tier tier = checks.text("tier", draft.tier(), Tier::new);
    Seq<Region> regions = checks.texts("regions", draft.regions(), Region::new);
    PartnerStatus status = checks.name("status", draft.status(), PartnerStatus.class);
    PersonId owner = checks.text("relationshipOwner", draft.relationshipOwner(), PersonId::new);
    return checks.result(() -> builder().id(id).name(name).type(type).tier(tier)
        .regions(HashSet.ofAll(regions)).status(status).relationshipOwner(owner).build());
  }
}
