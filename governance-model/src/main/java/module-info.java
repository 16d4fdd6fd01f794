/**
 * The typed, immutable values of partner ecosystem governance: parties, money, decision rights,
 * evidence, exception review, escalation and diagnosis. No decisions, no I/O, no logging.
 */
module org.partnergov.model {
  requires transitive io.vavr;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.partnergov.model.problem;
  exports org.partnergov.model.money;
  exports org.partnergov.model.time;
  exports org.partnergov.model.party;
  exports org.partnergov.model.decision;
  exports org.partnergov.model.evidence;
  exports org.partnergov.model.review;
  exports org.partnergov.model.escalation;
  exports org.partnergov.model.diagnosis;
  exports org.partnergov.model.ecosystem;
}
