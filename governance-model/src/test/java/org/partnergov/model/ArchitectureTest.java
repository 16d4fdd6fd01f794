package org.partnergov.model;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model's architecture: pure values, no hidden inputs, no logging, one-way dependencies. */
@AnalyzeClasses(packages = "org.partnergov.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noIo = ArchitectureRules.NO_IO;

  @ArchTest
  static final ArchRule noSystemClock = ArchitectureRules.NO_SYSTEM_CLOCK;

  @ArchTest
  static final ArchRule noHiddenRandomness = ArchitectureRules.NO_HIDDEN_RANDOMNESS;

  @ArchTest
  static final ArchRule modelDoesNotLog = ArchitectureRules.MODEL_DOES_NOT_LOG;

  @ArchTest
  static final ArchRule layers = ArchitectureRules.LAYERS;

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
