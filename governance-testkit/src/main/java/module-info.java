/**
 * QuickTheories generators for every model type, valid by construction and biased toward
 * boundaries, for host teams' property-based tests. QuickTheories has no module name of its own;
 * it is required here under its automatic name {@code quicktheories}.
 */
module org.partnergov.testkit {
  requires transitive org.partnergov.model;
  requires transitive org.partnergov.rules;
  requires transitive quicktheories;

  exports org.partnergov.testkit;
}
