/** The imperative shell: the demo and the embedding examples. */
module org.partnergov.examples {
  requires org.partnergov.rules;
  requires org.slf4j;

  exports org.partnergov.examples.demo;
  exports org.partnergov.examples.extension;
  exports org.partnergov.examples.portal;
}
