package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Properties every id and every open kind of the model shares. */
class IdProperties {

  private static final List<String> TEXT_VALUES = List.of(
      "party.OrganizationId", "party.OrgUnitId", "party.PersonId", "party.PartnerId", "party.ProgramId",
      "party.Region", "party.Tier", "party.Role", "decision.DecisionRightId", "decision.DelegationId",
      "evidence.ActivityRecordId", "evidence.CustomerId", "evidence.DealId", "evidence.ValueClaimId",
      "evidence.ActivitySource", "review.RequestId", "review.DecisionRecordId", "review.ReviewPathId",
      "escalation.RiskId", "escalation.EscalationPathId", "escalation.EscalationId");

  private static final List<String> OPEN_KINDS = List.of(
      "decision.DecisionType", "evidence.ActivityKind", "escalation.RiskKind");

  @TestFactory
  List<DynamicTest> IDS_01_ids_are_their_trimmed_text_and_order_as_their_text() {
    return TEXT_VALUES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Class<?> type = Class.forName("org.partnergov.model." + name);
      qt().withExamples(200).forAll(PartyGenerators.names(), PartyGenerators.names()).checkAssert((a, b) -> {
        Comparable<Object> x = make(type, " " + a + "\t");
        Object y = make(type, b);
        assertThat(x.toString()).isEqualTo(a);
        assertThat(make(type, x.toString())).isEqualTo(x).hasSameHashCodeAs(x);
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(a.compareTo(b)));
        assertThat(of(type, a)).isEqualTo(x);
      });
    })).toList();
  }

  @TestFactory
  List<DynamicTest> IDS_02_open_kinds_read_codes_in_any_case_and_know_their_built_in_values() {
    return OPEN_KINDS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Class<?> type = Class.forName("org.partnergov.model." + name);
      qt().withExamples(200).forAll(PartyGenerators.names(), PartyGenerators.names()).checkAssert((a, b) -> {
        Comparable<Object> spoken = make(type, a);
        Comparable<Object> coded = make(type, a.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
        assertThat(spoken).isEqualTo(coded).hasSameHashCodeAs(coded);
        assertThat(spoken.toString()).isEqualTo(a.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
        assertThat(Integer.signum(spoken.compareTo(make(type, b))))
            .isEqualTo(Integer.signum(spoken.toString().compareTo(make(type, b).toString())));
        assertThat(builtIn(spoken)).isFalse();
      });
      for (java.lang.reflect.Field f : type.getFields()) {
        if (f.getType() == type) {
          assertThat(builtIn(f.get(null))).as(f.getName()).isTrue();
        }
      }
    })).toList();
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> make(Class<?> type, String text) {
    return (Comparable<Object>) reflect(() -> type.getConstructor(String.class).newInstance(text));
  }

  private static Object of(Class<?> type, String text) {
    return reflect(() -> type.getMethod("of", String.class).invoke(null, text));
  }

  private static boolean builtIn(Object kind) {
    return (Boolean) reflect(() -> kind.getClass().getMethod("isBuiltIn").invoke(kind));
  }

  private interface Reflective {
    Object call() throws ReflectiveOperationException;
  }

  private static Object reflect(Reflective call) {
    try {
      return call.call();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
