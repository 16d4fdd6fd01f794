package org.partnergov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/** Properties every generator of the facade must have, checked for each of them. */
class GeneratorsProperties {

  private static List<Method> facade() {
    return Arrays.stream(Generators.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0)
        .sorted(java.util.Comparator.comparing(Method::getName))
        .toList();
  }

  @TestFactory
  List<DynamicTest> GEN_01_every_generator_yields_values_equal_to_themselves_and_valid_when_drafts() {
    assertThat(facade()).hasSizeGreaterThan(100);
    return facade().stream().map(m -> DynamicTest.dynamicTest(m.getName(), () -> {
      @SuppressWarnings("unchecked")
      Gen<Object> gen = (Gen<Object>) m.invoke(null);
      qt().withExamples(100).forAll(gen).checkAssert(value -> {
        assertThat(value).isNotNull().isEqualTo(value);
        assertThat(value.hashCode()).isEqualTo(value.hashCode());
        validity(value).ifPresent(valid -> assertThat(valid).as("%s validates", value).isTrue());
      });
    })).toList();
  }

  /** Whether a draft validates; empty for values that are not drafts. */
  private static java.util.Optional<Boolean> validity(Object value) {
    try {
      Method validate = value.getClass().getMethod("validate");
      validate.setAccessible(true);
      Object result = validate.invoke(value);
      return result instanceof io.vavr.control.Validation<?, ?> v ? java.util.Optional.of(v.isValid()) : java.util.Optional.empty();
    } catch (NoSuchMethodException e) {
      return java.util.Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
