package org.partnergov.testkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.partnergov.architecture.PureCodeRules;

/**
 * The testkit's architecture: generators draw every random choice from QuickTheories (so seeds
 * reproduce and values shrink), never from the clock or {@code java.util.Random}.
 */
@AnalyzeClasses(packages = "org.partnergov.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchTests pureCode = ArchTests.in(PureCodeRules.class);
}
