package org.partnergov.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every library module (model, rules, testkit) keeps, included by their
 * {@code ArchitectureTest}s with {@code ArchTests.in(PureCodeRules.class)}: no I/O, no hidden
 * inputs, immutable values, domain names.
 */
public final class PureCodeRules {

  private PureCodeRules() {}

  @ArchTest
  static final ArchRule noIo = ArchitectureRules.NO_IO;

  @ArchTest
  static final ArchRule noSystemClock = ArchitectureRules.NO_SYSTEM_CLOCK;

  @ArchTest
  static final ArchRule noHiddenRandomness = ArchitectureRules.NO_HIDDEN_RANDOMNESS;

  @ArchTest
  static final ArchRule fieldsAreFinal = ArchitectureRules.FIELDS_ARE_FINAL;

  @ArchTest
  static final ArchRule noGetters = ArchitectureRules.NO_GETTERS;

  @ArchTest
  static final ArchRule domainNames = ArchitectureRules.DOMAIN_NAMES;
}
