package org.partnergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Maven Central requires of every published POM (name, description, url, licenses,
 * developers, scm), and that the BOM lists exactly the published modules at the project's version.
 * A module is published unless its POM sets {@code maven.deploy.skip}; the parent's elements are
 * inherited, so a module needs its own name and description only. The POMs are read as text: the
 * elements checked are simple and each is written once.
 */
class BuildMetadataTest {

  private static final Path ROOT = Path.of("..");

  private static String pom(String module) {
    try {
      return Files.readString(ROOT.resolve(module).resolve("pom.xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The project's own part of a POM: without its parent, dependencies, build and profiles. */
  private static String own(String pom) {
    return pom.replaceAll("(?s)<(parent|dependencyManagement|dependencies|build|profiles|properties)>.*?</\\1>", "");
  }

  /** The text of every element of that name. */
  private static Seq<String> all(String xml, String name) {
    Matcher m = Pattern.compile("(?s)<" + name + ">(.*?)</" + name + ">").matcher(xml);
    List<String> out = List.empty();
    while (m.find()) {
      out = out.append(m.group(1).strip());
    }
    return out;
  }

  private static String first(String xml, String name) {
    return all(xml, name).headOption().getOrElse("");
  }

  private static Seq<String> modules() {
    return all(pom("."), "module").distinct();
  }

  private static boolean published(String module) {
    String pom = pom(module);
    return !first(own(pom), "packaging").equals("pom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>");
  }

  @Test
  void the_parent_and_the_bom_carry_what_central_requires() throws IOException {
    for (String module : List.of(".", "governance-bom")) {
      String own = own(pom(module));
      for (String required : List.of("name", "description", "url", "licenses", "developers", "scm")) {
        assertThat(first(own, required)).as("%s of %s", required, module).isNotBlank();
      }
      String scm = first(own, "scm");
      assertThat(first(scm, "connection")).as("scm connection of %s", module).startsWith("scm:git:");
      assertThat(first(scm, "url")).as("scm url of %s", module).startsWith("https://");
      assertThat(first(first(own, "licenses"), "name")).isEqualTo("Apache-2.0");
      assertThat(first(first(own, "developers"), "name")).isNotBlank();
    }
    assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License");
  }

  @Test
  void every_module_names_and_describes_itself() {
    for (String module : modules()) {
      String own = own(pom(module));
      assertThat(first(own, "name")).as("name of %s", module).startsWith("Partner governance: ");
      assertThat(first(own, "description")).as("description of %s", module).isNotBlank();
    }
  }

  @Test
  void the_bom_lists_exactly_the_published_modules_at_the_project_version() {
    Seq<String> published = modules().filter(BuildMetadataTest::published);
    String bom = pom("governance-bom");
    Seq<String> managed = all(bom, "dependency").map(d -> first(d, "artifactId"));
    assertThat(managed).as("the BOM").containsExactlyInAnyOrderElementsOf(published);
    assertThat(published).as("published modules").containsExactlyInAnyOrder("governance-model", "governance-rules",
        "governance-testkit");
    assertThat(first(own(bom), "version")).as("the BOM's version").isEqualTo(first(own(pom(".")), "version"));
    assertThat(all(bom, "dependency").map(d -> first(d, "version")).distinct()).containsExactly("${project.version}");
    assertThat(bom).as("the BOM inherits no third-party versions").doesNotContain("<parent>");
  }
}
