package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.partnergov.model.evidence.ActivityKind;
import org.partnergov.model.evidence.EvidenceClass;
import org.partnergov.rules.evidence.Classification;
import org.partnergov.rules.evidence.ClassificationRule;
import org.partnergov.rules.evidence.RuleConflict;
import org.partnergov.rules.evidence.RulePack;
import org.quicktheories.generators.Generate;

/** Properties of classifying activity kinds by rule packs, named by what they guard. */
class ClassificationProperties {

  @Test
  void CLS_01_classification_is_total_and_deterministic() {
    qt().withExamples(3_000).forAll(EvidenceCases.packs(), EvidenceGenerators.activityKinds()).checkAssert((pack, kind) -> {
      Classification c = pack.classify(kind);
      assertThat(c.kind()).isEqualTo(kind);
      assertThat(pack.classify(kind)).isEqualTo(c);
      assertThat(pack.classify(ActivityKind.of(kind.code().toLowerCase(java.util.Locale.ROOT)))).isEqualTo(c);
      Seq<ClassificationRule> rules = pack.rules().filter(r -> r.kind().equals(kind));
      assertThat(rules.size()).isLessThanOrEqualTo(1);
      c.fold(known -> {
        assertThat(rules.map(ClassificationRule::evidenceClass)).containsExactly(known.evidenceClass());
        assertThat(rules.map(ClassificationRule::name)).containsExactly(known.rule());
        return null;
      }, unknown -> {
        assertThat(rules).isEmpty();
        assertThat(unknown.pack()).isEqualTo(pack.name());
        return null;
      });
      assertThat(c.countsAsValue()).isEqualTo(c.classOrNone().exists(EvidenceClass::countsAsValue));
      assertThat(c.explanation()).isNotBlank();
    });
    ActivityKind.builtIn().forEach(k -> assertThat(RulePack.defaults().classify(k))
        .isInstanceOf(Classification.Classified.class));
  }

  @Test
  void CLS_02_composition_reports_every_disagreement_and_never_picks_by_order() {
    qt().withExamples(2_000).forAll(EvidenceCases.hostPacks(), EvidenceCases.hostPacks(), Generate.booleans())
        .checkAssert((a0, b0, withDefaults) -> {
          RulePack a = withDefaults ? RulePack.defaults() : a0;
          RulePack b = RulePack.of("other", b0.rules());
          Set<ActivityKind> disagree = a.rules().filter(ra -> b.rules().exists(rb -> rb.kind().equals(ra.kind())
              && !rb.evidenceClass().equals(ra.evidenceClass()))).map(ClassificationRule::kind).toSet();
          Either<Seq<RuleConflict>, RulePack> ab = a.compose(b);
          Either<Seq<RuleConflict>, RulePack> ba = b.compose(a);
          assertThat(ab.isLeft()).isEqualTo(!disagree.isEmpty());
          assertThat(ba.isLeft()).isEqualTo(!disagree.isEmpty());
          if (ab.isLeft()) {
            assertThat(ab.getLeft().map(RuleConflict::kind).toSet()).isEqualTo(disagree);
            assertThat(ba.getLeft().map(RuleConflict::kind).toSet()).isEqualTo(disagree);
          } else {
            a.rules().appendAll(b.rules()).map(ClassificationRule::kind).forEach(k -> {
              assertThat(ab.get().classify(k).classOrNone()).isEqualTo(ba.get().classify(k).classOrNone());
              assertThat(ab.get().classify(k).classOrNone())
                  .isEqualTo(a.classify(k).classOrNone().orElse(b.classify(k).classOrNone()));
            });
          }
        });
  }

  @Test
  void CLS_03_a_batch_classifies_each_kind_it_uses_as_the_pack_does() {
    qt().withExamples(1_000).forAll(EvidenceCases.packs(), EvidenceCases.batches()).checkAssert((pack, records) -> {
      io.vavr.collection.SortedMap<ActivityKind, RulePack.KindCount> kinds = pack.classifyKinds(records.toJavaStream());
      assertThat(kinds.keySet()).isEqualTo(records.map(r -> r.kind()).toSortedSet());
      kinds.forEach((kind, count) -> {
        assertThat(count.classification()).isEqualTo(pack.classify(kind));
        assertThat(count.records()).isEqualTo(records.count(r -> r.kind().equals(kind)));
      });
      assertThat(pack.classifyKinds(records)).isEqualTo(kinds);
    });
  }
}
