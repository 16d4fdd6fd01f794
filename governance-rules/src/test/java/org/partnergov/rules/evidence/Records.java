package org.partnergov.rules.evidence;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.ActivityRecord;
import org.partnergov.model.evidence.ActivityRecordId;
import org.partnergov.model.evidence.ActivitySource;
import org.partnergov.model.evidence.CustomerId;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.money.Money;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.ProgramId;

/** Activity records for the examples: attributed, system-recorded, at {@link #AS_OF} unless told otherwise. */
final class Records {

  static final Instant AS_OF = Instant.parse("2026-06-30T12:00:00Z");
  static final PartnerId ACME = PartnerId.of("acme");
  static final PartnerId GLOBEX = PartnerId.of("globex");
  static final ProgramId PILOT = ProgramId.of("pilot");

  private Records() {}

  static ActivityRecord.Builder record(String id, ActivityKind kind) {
    return ActivityRecord.builder().id(ActivityRecordId.of(id)).partner(ACME).kind(kind)
        .occurredAt(AS_OF.minusSeconds(86_400)).source(ActivitySource.of("CRM"))
        .provenance(Provenance.SYSTEM_RECORDED).customer(Option.some(CustomerId.of("customer-1")))
        .program(Option.some(PILOT));
  }

  static ActivityRecord of(String id, ActivityKind kind) {
    return record(id, kind).build();
  }

  static ActivityRecord unattributed(String id, ActivityKind kind) {
    return record(id, kind).customer(Option.none()).build();
  }

  static ActivityRecord selfReported(String id, ActivityKind kind) {
    return record(id, kind).provenance(Provenance.SELF_REPORTED).build();
  }

  static ActivityRecord amount(String id, ActivityKind kind, String amount, String currency) {
    return record(id, kind).amount(Option.some(Money.of(amount, currency))).build();
  }

  static ActivityRecord quantity(String id, ActivityKind kind, long quantity) {
    return record(id, kind).quantity(Option.some(BigDecimal.valueOf(quantity))).build();
  }
}
