package org.partnergov.testkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.partnergov.model.ArchitectureRules;

/**
 * The testkit's architecture: generators draw every random choice from QuickTheories (so seeds
 * reproduce and values shrink), never from the clock or {@code java.util.Random}.
 */
@AnalyzeClasses(packages = "org.partnergov.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noSystemClock = ArchitectureRules.NO_SYSTEM_CLOCK;

  @ArchTest
  static final ArchRule noHiddenRandomness = ArchitectureRules.NO_HIDDEN_RANDOMNESS;

  @ArchTest
  static final ArchRule noIo = ArchitectureRules.NO_IO;

  @ArchTest
  static final ArchRule fieldsAreFinal = ArchitectureRules.FIELDS_ARE_FINAL;

  @ArchTest
  static final ArchRule noGetters = ArchitectureRules.NO_GETTERS;

  @ArchTest
  static final ArchRule domainNames = ArchitectureRules.DOMAIN_NAMES;
}
