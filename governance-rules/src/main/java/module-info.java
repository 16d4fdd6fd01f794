/**
 * Pure functions over the model: who decides, how activity is classified, which review path an
 * exception takes, how a risk escalates, and the decision test over a whole ecosystem.
 */
module org.partnergov.rules {
  requires transitive org.partnergov.model;
  requires static org.immutables.value.annotations;

  exports org.partnergov.rules.decision;
  exports org.partnergov.rules.diagnosis;
  exports org.partnergov.rules.escalation;
  exports org.partnergov.rules.evidence;
  exports org.partnergov.rules.log;
  exports org.partnergov.rules.operating;
  exports org.partnergov.rules.review;
}
