package org.partnergov.rules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.partnergov.model.ArchitectureRules;

/** The rules' architecture: pure functions, no hidden inputs, SLF4J's API only, built on the model alone. */
@AnalyzeClasses(packages = "org.partnergov.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noIo = ArchitectureRules.NO_IO;

  @ArchTest
  static final ArchRule noSystemClock = ArchitectureRules.NO_SYSTEM_CLOCK;

  @ArchTest
  static final ArchRule noHiddenRandomness = ArchitectureRules.NO_HIDDEN_RANDOMNESS;

  @ArchTest
  static final ArchRule noLoggingBinding = ArchitectureRules.NO_LOGGING_BINDING;

  @ArchTest
  static final ArchRule rulesAboveModelOnly = ArchitectureRules.RULES_ABOVE_MODEL_ONLY;

  @ArchTest
  static final ArchRule noCycles = ArchitectureRules.NO_CYCLES;

  @ArchTest
  static final ArchRule fieldsAreFinal = ArchitectureRules.FIELDS_ARE_FINAL;

  @ArchTest
  static final ArchRule noMutableCollectionsInApi = ArchitectureRules.NO_MUTABLE_COLLECTIONS_IN_API;

  @ArchTest
  static final ArchRule noGetters = ArchitectureRules.NO_GETTERS;

  @ArchTest
  static final ArchRule domainNames = ArchitectureRules.DOMAIN_NAMES;
}
