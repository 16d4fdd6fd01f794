/**
 * Escalation in use, the "Escalate" move applied: translating a partner risk into customer,
 * revenue, operational or compliance consequences through a configurable impact x likelihood
 * severity matrix; choosing the escalation path for each consequence and resolving each level to a
 * named person (with a defined fallback, never an automatic approval); validating paths; moving an
 * escalation up its path as time passes ({@code advance}); and detecting escalation by relationship
 * ({@code FM-5}). Every outcome carries a stable code and explains itself in a sentence.
 */
@NullMarked
package org.partnergov.rules.escalation;

import org.jspecify.annotations.NullMarked;
