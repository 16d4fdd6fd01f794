package org.partnergov.model;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.partnergov.architecture.ArchitectureRules;
import org.partnergov.architecture.PureCodeRules;

/** The model's architecture: pure values, no hidden inputs, no logging, one-way dependencies. */
@AnalyzeClasses(packages = "org.partnergov.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchTests pureCode = ArchTests.in(PureCodeRules.class);

  @ArchTest
  static final ArchRule modelDoesNotLog = ArchitectureRules.MODEL_DOES_NOT_LOG;

  @ArchTest
  static final ArchRule layers = ArchitectureRules.LAYERS;

  @ArchTest
  static final ArchRule noCycles = ArchitectureRules.NO_CYCLES;

  @ArchTest
  static final ArchRule noMutableCollectionsInApi = ArchitectureRules.NO_MUTABLE_COLLECTIONS_IN_API;
}
