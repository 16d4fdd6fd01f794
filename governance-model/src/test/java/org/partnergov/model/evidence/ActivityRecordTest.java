package org.partnergov.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;
import org.partnergov.model.problem.Problem;

class ActivityRecordTest {

  private static final Instant AT = Instant.parse("2026-06-30T12:00:00Z");

  private final ActivityRecordDraft valid = ActivityRecordDraft.builder().id(" act-1 ").partner("p-1")
      .program("pilot-2026").kind("revenue booked").occurredAt(AT).source("CRM")
      .provenance("system recorded").quantity(BigDecimal.ONE).amount(new BigDecimal("25000"))
      .currency("eur").customer("c-9").deal(" ").build();

  @Test
  void parses_a_valid_draft() {
    ActivityRecord record = valid.validate().get();

    assertThat(record).isEqualTo(ActivityRecord.builder().id(ActivityRecordId.of("act-1"))
        .partner(PartnerId.of("p-1")).program(Option.some(new ProgramId("pilot-2026")))
        .kind(ActivityKind.REVENUE_BOOKED).occurredAt(AT).source(ActivitySource.of("CRM"))
        .provenance(Provenance.SYSTEM_RECORDED).quantity(Option.some(BigDecimal.ONE))
        .amount(Option.some(Money.of("25000.00", "EUR"))).customer(Option.some(CustomerId.of("c-9")))
        .build());
    assertThat(record.deal()).isEmpty();
    assertThat(record.isAttributed()).isTrue();
    assertThat(record.kind().isBuiltIn()).isTrue();
  }

  @Test
  void optional_fields_may_be_left_out_and_a_host_kind_is_kept() {
    ActivityRecord record = ActivityRecordDraft.builder().id("a").partner("p").kind("hackathon won")
        .occurredAt(AT).source("partner portal").provenance("SELF_REPORTED").quantity(BigDecimal.ZERO)
        .build().validate().get();

    assertThat(record.kind()).isEqualTo(ActivityKind.of("HACKATHON_WON"));
    assertThat(record.kind().isBuiltIn()).isFalse();
    assertThat(record.program()).isEmpty();
    assertThat(record.amount()).isEmpty();
    assertThat(record.quantity()).contains(BigDecimal.ZERO);
    assertThat(record.isAttributed()).isFalse();
  }

  @Test
  void reports_every_problem_at_once_with_code_and_path() {
    ActivityRecordDraft bad = ActivityRecordDraft.builder().from(valid).id(null).partner(" ").kind("")
        .occurredAt(null).source("\t").provenance("hearsay").quantity(new BigDecimal("-1.5"))
        .amount(new BigDecimal("-5")).currency("EURO").build();

    assertThat(bad.validate().getError().map(Problem::toString)).containsExactly(
        "VAL-01 id: is required and must not be blank",
        "VAL-01 partner: is required and must not be blank",
        "VAL-01 kind: is required and must not be blank",
        "VAL-01 occurredAt: is required",
        "VAL-01 source: is required and must not be blank",
        "VAL-07 provenance: 'hearsay' is not one of [self_reported, system_recorded,"
            + " customer_confirmed, independently_audited]",
        "VAL-03 quantity: must not be negative, was -1.5",
        "VAL-05 currency: 'EURO' is not an ISO 4217 currency code",
        "VAL-03 amount: must not be negative, was -5");
  }

  @Test
  void an_amount_needs_its_currency_and_a_currency_its_amount() {
    assertThat(ActivityRecordDraft.builder().from(valid).currency(null).build().validate().getError()
        .map(Problem::toString)).containsExactly("VAL-01 currency: is required and must not be blank");
    assertThat(ActivityRecordDraft.builder().from(valid).amount(null).build().validate().getError()
        .map(Problem::toString)).containsExactly("VAL-01 amount: is required");
  }

  @Test
  void the_typed_builder_refuses_a_negative_quantity_and_missing_values() {
    ActivityRecord.Builder builder = ActivityRecord.builder().id(ActivityRecordId.of("a"))
        .partner(PartnerId.of("p")).kind(ActivityKind.EVENT_ATTENDED).occurredAt(AT)
        .source(ActivitySource.of("LMS")).provenance(Provenance.SELF_REPORTED);

    assertThatThrownBy(() -> builder.quantity(Option.some(BigDecimal.valueOf(-1))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
    assertThatThrownBy(() -> ActivityRecord.builder().id(ActivityRecordId.of("a")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("partner");
  }

  @Test
  void attribution_needs_a_customer_or_a_deal() {
    ActivityRecord plain = ActivityRecordDraft.builder().from(valid).customer(null).deal(null).build()
        .validate().get();

    assertThat(plain.isAttributed()).isFalse();
    assertThat(ActivityRecord.builder().from(plain).deal(Option.some(DealId.of("d-1"))).build()
        .isAttributed()).isTrue();
  }
}
