package org.partnergov.testkit;

import static org.partnergov.testkit.Weights.pair;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import org.partnergov.model.party.Affiliation;
import org.partnergov.model.party.ConflictOfInterest;
import org.partnergov.model.party.ConflictOfInterestDraft;
import org.partnergov.model.party.Enrollment;
import org.partnergov.model.party.EnrollmentDraft;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.OrgUnitDraft;
import org.partnergov.model.party.OrgUnitId;
import org.partnergov.model.party.Organization;
import org.partnergov.model.party.OrganizationId;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PartnerRole;
import org.partnergov.model.party.PartnerStatus;
import org.partnergov.model.party.PartnerType;
import org.partnergov.model.party.Person;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.party.Program;
import org.partnergov.model.party.ProgramDraft;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.party.Region;
import org.partnergov.model.party.Role;
import org.partnergov.model.party.Tier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the parties of an ecosystem. Ids come from small pools ({@code person-1} to
 * {@code person-12}...) so that the same person often turns up in two places: as requester and
 * relationship owner, as delegator and delegate.
 */
public final class PartyGenerators {

  private PartyGenerators() {}

  /**
   * {@return ids {@code prefix-1} to {@code prefix-size}, each as likely}
   *
   * @param prefix the text before the hyphen, such as {@code person}
   * @param size how many ids the pool holds, at least 1
   */
  public static Gen<String> ids(String prefix, int size) {
    return integers().between(1, size).map(i -> prefix + "-" + i);
  }

  /** {@return display names: one or two words} */
  public static Gen<String> names() {
    Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10);
    return word.zip(word, Generate.booleans(), (a, b, two) -> two ? a + " " + b : a);
  }

  /** {@return person ids from a pool of twelve} */
  public static Gen<PersonId> personIds() {
    return ids("person", 12).map(PersonId::new);
  }

  /** {@return partner ids from a pool of eight} */
  public static Gen<PartnerId> partnerIds() {
    return ids("partner", 8).map(PartnerId::new);
  }

  /** {@return org unit ids from a pool of six} */
  public static Gen<OrgUnitId> orgUnitIds() {
    return ids("unit", 6).map(OrgUnitId::new);
  }

  /** {@return program ids from a pool of four} */
  public static Gen<ProgramId> programIds() {
    return ids("program", 4).map(ProgramId::new);
  }

  /** {@return regions: EMEA, DACH, NA, LATAM and APAC, each as likely} */
  public static Gen<Region> regions() {
    return Generate.pick(java.util.List.of("EMEA", "DACH", "NA", "LATAM", "APAC")).map(Region::new);
  }

  /** {@return tiers: Registered, Silver, Gold and Platinum, each as likely} */
  public static Gen<Tier> tiers() {
    return Generate.pick(java.util.List.of("Registered", "Silver", "Gold", "Platinum")).map(Tier::new);
  }

  /** {@return roles: six common ones, such as partner manager and legal counsel} */
  public static Gen<Role> roles() {
    return Generate.pick(java.util.List.of("partner manager", "program owner", "finance controller",
        "VP field sales", "legal counsel", "alliance director")).map(Role::new);
  }

  /** {@return org units with ids from {@link #orgUnitIds()} and generated names} */
  public static Gen<OrgUnit> orgUnits() {
    return orgUnitIds().zip(names(), OrgUnit::new);
  }

  /** {@return affiliations: mostly internal, sometimes a partner's staff} */
  public static Gen<Affiliation> affiliations() {
    return Generate.frequency(
        pair(3, orgUnitIds().map(Affiliation::internal)),
        pair(1, partnerIds().map(Affiliation::partnerStaff)));
  }

  /** {@return persons with zero to three roles} */
  public static Gen<Person> persons() {
    return personIds().zip(names(), affiliations(), lists().of(roles()).ofSizeBetween(0, 3),
        (id, name, affiliation, roles) -> Person.builder().id(id).name(name)
            .affiliation(affiliation).roles(HashSet.ofAll(roles)).build());
  }

  /** {@return partners of every type and status, with zero to three regions} */
  public static Gen<Partner> partners() {
    Gen<Partner> base = partnerIds().zip(names(), Generate.enumValues(PartnerType.class), tiers(),
        (id, name, type, tier) -> Partner.builder().id(id).name(name).type(type).tier(tier)
            .status(PartnerStatus.ACTIVE).relationshipOwner(new PersonId("person-1")).build());
    return base.zip(lists().of(regions()).ofSizeBetween(0, 3), Generate.enumValues(PartnerStatus.class),
        personIds(), (p, regions, status, owner) -> Partner.builder().from(p)
            .regions(HashSet.ofAll(regions)).status(status).relationshipOwner(owner).build());
  }

  /** {@return enrollments with one to three roles} */
  public static Gen<Enrollment> enrollments() {
    return partnerIds().zip(lists().of(Generate.enumValues(PartnerRole.class)).ofSizeBetween(1, 3),
        (partner, roles) -> new Enrollment(partner, HashSet.ofAll(roles)));
  }

  /** {@return programs with zero to five enrollments of distinct partners} */
  public static Gen<Program> programs() {
    return programIds().zip(names(), personIds(), lists().of(enrollments()).ofSizeBetween(0, 5),
        (id, name, owner, enrollments) -> Program.builder().id(id).name(name).owner(owner)
            .enrollments(List.ofAll(enrollments).distinctBy(Enrollment::partner)).build());
  }

  /** {@return declared conflicts of interest between pooled persons and partners, with a reason} */
  public static Gen<ConflictOfInterest> conflicts() {
    return personIds().zip(partnerIds(), names(), ConflictOfInterest::new);
  }

  /** {@return valid person drafts, with the raw text of {@link #persons()}} */
  public static Gen<PersonDraft> personDrafts() {
    return persons().map(v -> draftOf(v));
  }

  /** {@return valid partner drafts, with the raw text of {@link #partners()} and names in mixed case} */
  public static Gen<PartnerDraft> partnerDrafts() {
    return partners().zip(Generate.booleans(), PartyGenerators::draftOf);
  }

  /** {@return valid program drafts, with the raw text of {@link #programs()}} */
  public static Gen<ProgramDraft> programDrafts() {
    return programs().map(v -> draftOf(v));
  }

  /** {@return valid org unit drafts, with the raw text of {@link #orgUnits()}} */
  public static Gen<OrgUnitDraft> orgUnitDrafts() {
    return orgUnits().map(v -> draftOf(v));
  }

  /** {@return valid conflict drafts, with the raw text of {@link #conflicts()}} */
  public static Gen<ConflictOfInterestDraft> conflictDrafts() {
    return conflicts().map(v -> draftOf(v));
  }

  /** {@return valid enrollment drafts, roles in lower case} */
  public static Gen<EnrollmentDraft> enrollmentDrafts() {
    return enrollments().map(v -> draftOf(v));
  }

  /** {@return organizations: a host or a partner organization} */
  public static Gen<Organization> organizations() {
    return organizationIds().zip(names(), Organization::new);
  }

  /** {@return organization ids from a pool of four} */
  public static Gen<OrganizationId> organizationIds() {
    return ids("org", 4).map(OrganizationId::new);
  }

  /** {@return every partner type} */
  public static Gen<PartnerType> partnerTypes() {
    return Generate.enumValues(PartnerType.class);
  }

  /** {@return every partner status} */
  public static Gen<PartnerStatus> partnerStatuses() {
    return Generate.enumValues(PartnerStatus.class);
  }

  /** {@return every role a partner plays in a program} */
  public static Gen<PartnerRole> partnerRoles() {
    return Generate.enumValues(PartnerRole.class);
  }

  static PersonDraft draftOf(Person p) {
    return PersonDraft.builder().id(p.id().value()).name(p.name())
        .orgUnit(p.affiliation().fold(i -> i.orgUnit().value(), s -> null))
        .partner(p.affiliation().fold(i -> null, s -> s.partner().value()))
        .roles(p.roles().toList().map(Role::value)).build();
  }

  static PartnerDraft draftOf(Partner p, boolean lower) {
    return PartnerDraft.builder().id(p.id().value()).name(p.name())
        .type(lower ? p.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : p.type().name())
        .tier(p.tier().value()).regions(p.regions().toList().map(Region::value))
        .status(p.status().name()).relationshipOwner(p.relationshipOwner().value()).build();
  }

  static ProgramDraft draftOf(Program p) {
    return ProgramDraft.builder().id(p.id().value()).name(p.name()).owner(p.owner().value())
        .enrollments(p.enrollments().map(PartyGenerators::draftOf)).build();
  }

  static OrgUnitDraft draftOf(OrgUnit u) {
    return new OrgUnitDraft(u.id().value(), u.name());
  }

  static ConflictOfInterestDraft draftOf(ConflictOfInterest c) {
    return new ConflictOfInterestDraft(c.person().value(), c.partner().value(), c.reason());
  }

  static EnrollmentDraft draftOf(Enrollment e) {
    return new EnrollmentDraft(e.partner().value(),
        e.roles().toList().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)));
  }
}
