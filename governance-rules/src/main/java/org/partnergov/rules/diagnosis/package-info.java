/**
 * The guide's decision test over a whole ecosystem: {@link
 * org.partnergov.rules.diagnosis.GovernanceRule governance rules}, built in for the five failure
 * modes ({@code FM-1} to {@code FM-5}) and added by host teams in code, composed into a {@link
 * org.partnergov.rules.diagnosis.DecisionTest} whose {@link
 * org.partnergov.rules.diagnosis.Diagnosis} holds every finding and the guide's three-part verdict.
 */
@NullMarked
package org.partnergov.rules.diagnosis;

import org.jspecify.annotations.NullMarked;
