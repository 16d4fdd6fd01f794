package org.partnergov.rules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.partnergov.architecture.ArchitectureRules;
import org.partnergov.architecture.PureCodeRules;

/** The rules' architecture: pure functions, no hidden inputs, SLF4J's API only, built on the model alone. */
@AnalyzeClasses(packages = "org.partnergov.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchTests pureCode = ArchTests.in(PureCodeRules.class);

  @ArchTest
  static final ArchRule noLoggingBinding = ArchitectureRules.NO_LOGGING_BINDING;

  @ArchTest
  static final ArchRule rulesAboveModelOnly = ArchitectureRules.RULES_ABOVE_MODEL_ONLY;

  @ArchTest
  static final ArchRule noCycles = ArchitectureRules.NO_CYCLES;

  @ArchTest
  static final ArchRule noMutableCollectionsInApi = ArchitectureRules.NO_MUTABLE_COLLECTIONS_IN_API;
}
