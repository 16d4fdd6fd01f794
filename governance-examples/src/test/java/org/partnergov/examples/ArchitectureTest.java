package org.partnergov.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.partnergov.architecture.ArchitectureRules;

/**
 * The examples' architecture. This module is the imperative shell, so the clock, I/O and a
 * logging binding are allowed here; naming and cycles rules still apply, and no rule may be empty
 * (the demo and the embedding examples give each of them classes to check).
 */
@AnalyzeClasses(packages = "org.partnergov.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noCycles = ArchitectureRules.NO_CYCLES;

  @ArchTest
  static final ArchRule domainNames = ArchitectureRules.DOMAIN_NAMES;

  @ArchTest
  static final ArchRule fieldsAreFinal = ArchitectureRules.FIELDS_ARE_FINAL;
}
