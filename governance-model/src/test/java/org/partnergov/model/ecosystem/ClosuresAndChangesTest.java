package org.partnergov.model.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.party.OrgUnitDraft;
import org.partnergov.model.party.PartnerDraft;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.PersonDraft;
import org.partnergov.model.party.PersonId;
import org.partnergov.model.problem.Problem;
import org.partnergov.model.review.ExceptionRequest;
import org.partnergov.model.review.FundRequest;
import org.partnergov.model.review.FundRequestDraft;
import org.partnergov.model.review.RequestClosure;
import org.partnergov.model.review.RequestClosureDraft;
import org.partnergov.model.review.RequestId;

/** Closures in a snapshot's host data, and a snapshot changed one request, record or closure at a time. */
class ClosuresAndChangesTest {

  private static final Instant T = Instant.parse("2026-06-30T12:00:00Z");

  private final FundRequestDraft request = FundRequestDraft.builder().id("r-1").requester("u-8").partner("p-1")
      .rationale("Launch campaign").submittedAt(T).kind("mdf").amount(new BigDecimal("12000"))
      .currency("EUR").purpose("Co-marketing event").build();

  private EcosystemDraft.Builder draft() {
    return EcosystemDraft.builder().hostId("host").hostName("Contoso")
        .orgUnits(List.of(new OrgUnitDraft("partner-org", "Partner organization")))
        .persons(List.of(PersonDraft.builder().id("u-7").name("Dana Owner").orgUnit("partner-org").build(),
            PersonDraft.builder().id("u-8").name("Sam Requester").orgUnit("partner-org").build()))
        .partners(List.of(PartnerDraft.builder().id("p-1").name("Northwind").type("reseller").tier("Gold")
            .status("active").relationshipOwner("u-7").build()))
        .requests(List.of(request));
  }

  @Test
  void closures_in_host_data_are_checked_against_their_requests() {
    EcosystemDraft bad = draft().closures(List.of(
        new RequestClosureDraft("r-1", "withdrawn", "u-8", T.minusSeconds(1)),
        new RequestClosureDraft("r-1", "expired", null, T.plusSeconds(60)),
        new RequestClosureDraft("r-1", "later", null, T),
        new RequestClosureDraft("r-9", "withdrawn", "u-99", T))).build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-07 closures[2].reason: 'later' is not one of [withdrawn, expired]",
        "VAL-12 closures[0].at: the request is closed at 2026-06-30T11:59:59Z, before it was submitted at 2026-06-30T12:00:00Z",
        "VAL-09 closures[1].request: request 'r-1' is already closed by an earlier entry of closures",
        "VAL-08 closures[3].request: refers to request 'r-9', which is not in the ecosystem",
        "VAL-08 closures[3].by: refers to person 'u-99', which is not in the ecosystem");
  }

  @Test
  void a_snapshot_changed_one_item_at_a_time_equals_one_built_with_them() {
    EcosystemSnapshot empty = draft().requests(List.empty()).build().validate().get();
    ExceptionRequest r1 = request.validate().get();
    FundRequest r2 = FundRequest.builder().from((FundRequest) r1).id(new RequestId("r-2")).build();
    RequestClosure closure = RequestClosure.expired(r2.id(), T.plusSeconds(5));

    EcosystemSnapshot changed = empty.withRequest(r1).get().withRequest(r2).get().withClosure(closure).get();
    EcosystemSnapshot built = EcosystemParts.builder().from(empty.parts()).requests(List.of(r1, r2))
        .closures(List.of(closure)).build().validate().get();

    assertThat(changed).isEqualTo(built);
    assertThat(changed.request(r2.id())).contains(r2);
    assertThat(changed.closure(r2.id())).contains(closure);
    assertThat(changed.closure(r1.id())).isEmpty();
    assertThat(empty.request(r1.id())).isEmpty();   // the snapshot changed from is untouched
    assertThat(changed.partner(new PartnerId("p-1"))).isEqualTo(empty.partner(new PartnerId("p-1")));
    assertThat(changed.withRequest(r1).getError().map(Problem::toString))
        .containsExactly("VAL-09 requests[2].id: 'r-1' is used by an earlier entry of requests");
    assertThat(changed.withClosure(RequestClosure.withdrawn(r1.id(), new PersonId("u-8"), T)).isValid()).isTrue();
  }
}
