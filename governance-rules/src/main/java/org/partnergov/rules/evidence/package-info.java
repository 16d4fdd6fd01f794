/**
 * Evidence in use, the "Separate" move applied: classifying activity records into enablement,
 * performance evidence and customer impact by named rules in rule packs
 * ({@link org.partnergov.rules.evidence.RulePack}); per-partner and per-program scorecards that
 * keep enablement totals apart from value totals and stream any number of records in memory
 * proportional to partners ({@link org.partnergov.rules.evidence.Scorecards}); checking value
 * claims against their cited evidence ({@link org.partnergov.rules.evidence.ClaimCheck}); and
 * launch readiness of partners against an evidence program
 * ({@link org.partnergov.rules.evidence.LaunchReadiness}). Every outcome carries a stable
 * {@link org.partnergov.rules.evidence.EvidenceCode code} and a sentence a partner manager can read.
 */
@NullMarked
package org.partnergov.rules.evidence;

import org.jspecify.annotations.NullMarked;
