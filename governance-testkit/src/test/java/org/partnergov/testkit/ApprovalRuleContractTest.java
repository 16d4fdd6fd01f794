package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnergov.model.evidence.Provenance;
import org.partnergov.model.problem.StableCode;
import org.partnergov.rules.review.ApprovalFacts;
import org.partnergov.rules.review.ApprovalRule;
import org.partnergov.rules.review.ReviewCode;
import org.partnergov.rules.review.Violation;

/**
 * {@link ApprovalRuleContract} passes a well-behaved host rule and fails, naming the clause and the
 * rule's code, a rule that throws, one that is not deterministic, one whose reasons are blank or
 * end with whitespace, one that reports another rule's code and one that reuses a built-in code.
 */
class ApprovalRuleContractTest {

  private static final StableCode ACME_01 = StableCode.of("ACME-01",
      "an approval above 40,000 EUR cites a record a customer confirmed");

  /** A host rule as it should be: approvals above 40,000 EUR cite a customer-confirmed record. */
  static final ApprovalRule CUSTOMER_PROOF = ApprovalRule.of(ACME_01, f -> f.isApproval()
      && f.exceptionRequest().amount().exists(a -> a.amount().compareTo(new BigDecimal("40000")) > 0)
      && !f.request().cited().exists(r -> r.provenance().isAtLeast(Provenance.CUSTOMER_CONFIRMED))
          ? List.of(f.request().partnerName() + " asks for more than 40,000 EUR without a customer-confirmed record")
          : List.empty());

  @Test
  void a_well_behaved_host_rule_keeps_the_contract() {
    ApprovalRuleContract.verify(CUSTOMER_PROOF);
    ApprovalRuleContract.verify(CUSTOMER_PROOF, ReviewScenarios.splitScenarios(), 50);
  }

  @Test
  void a_rule_rejecting_every_approval_keeps_it_too_it_only_adds_its_own_violations() {
    ApprovalRuleContract.verify(ApprovalRule.of(StableCode.of("ACME-02", "nothing is approved this quarter"),
        f -> f.isApproval() ? List.of("nothing is approved this quarter") : List.empty()), ReviewScenarios.scenarios(), 100);
  }

  @Test
  void a_rule_that_throws_breaks_it() {
    ApprovalRule throwing = ApprovalRule.of(StableCode.of("ACME-03", "throws"), f -> {
      throw new IllegalStateException("the CRM is down");
    });
    AssertionError error = assertThrows(AssertionError.class, () -> ApprovalRuleContract.verify(throwing));
    assertThat(error).hasMessageContaining("approval rule ACME-03 never throws")
        .hasMessageContaining("the CRM is down").hasMessageContaining("on request request-1");
  }

  @Test
  void a_rule_that_throws_only_in_rare_cases_breaks_it() {
    ApprovalRule rare = ApprovalRule.of(StableCode.of("ACME-04", "throws on a stranger"), f -> {
      if (f.reviewer().isEmpty()) {
        throw new IllegalStateException("no such person");
      }
      return List.empty();
    });
    AssertionError error = assertThrows(AssertionError.class, () -> ApprovalRuleContract.verify(rare));
    assertThat(error).hasMessageContaining("approval rule ACME-04 never throws");
  }

  @Test
  void a_rule_that_is_not_deterministic_breaks_it() {
    AtomicInteger calls = new AtomicInteger();
    ApprovalRule counting = ApprovalRule.of(StableCode.of("ACME-05", "every other call"),
        f -> calls.incrementAndGet() % 2 == 1 ? List.of("every other call is rejected") : List.empty());
    AssertionError error = assertThrows(AssertionError.class, () -> ApprovalRuleContract.verify(counting));
    assertThat(error).hasMessageContaining("approval rule ACME-05 is deterministic");
  }

  @Test
  void a_rule_with_a_blank_reason_breaks_it() {
    ApprovalRule blank = ApprovalRule.of(StableCode.of("ACME-06", "blank"),
        f -> f.isApproval() ? List.of("   ") : List.empty());
    AssertionError error = assertThrows(AssertionError.class, () -> ApprovalRuleContract.verify(blank));
    assertThat(error).hasMessageContaining("approval rule ACME-06 gives every violation a non-blank reason");
  }

  @Test
  void a_rule_whose_reason_ends_with_whitespace_breaks_it() {
    ApprovalRule trailing = ApprovalRule.of(StableCode.of("ACME-07", "trailing"),
        f -> f.isApproval() ? List.of("too large\n") : List.empty());
    AssertionError error = assertThrows(AssertionError.class, () -> ApprovalRuleContract.verify(trailing));
    assertThat(error).hasMessageContaining(
        "approval rule ACME-07 gives every violation a non-blank reason that does not end with whitespace");
  }

  @Test
  void a_rule_reporting_a_built_in_code_breaks_it() {
    StableCode own = StableCode.of("ACME-08", "speaks for SOD-01");
    ApprovalRule impostor = new ApprovalRule() {
      @Override
      public StableCode code() {
        return own;
      }

      @Override
      public Seq<Violation> check(ApprovalFacts f) {
        return f.isApproval() ? List.of(new Violation(ReviewCode.SELF_APPROVAL, "looks like self-approval")) : List.empty();
      }
    };
    AssertionError error = assertThrows(AssertionError.class, () -> ApprovalRuleContract.verify(impostor));
    assertThat(error).hasMessageContaining("approval rule ACME-08 only adds violations of its own code");
  }

  @Test
  void a_rule_reusing_a_built_in_code_breaks_it() {
    ApprovalRule reused = ApprovalRule.of(ReviewCode.SELF_APPROVAL, f -> List.empty());
    AssertionError error = assertThrows(AssertionError.class, () -> ApprovalRuleContract.verify(reused));
    assertThat(error).hasMessageContaining("approval rule SOD-01 has a code of its own");
  }
}
