/**
 * Exception review, the "Govern exceptions" move: the four kinds of exception request (fund
 * request, incentive exception, commitment, readiness claim) and the requests for the other
 * decisions (tier change, escalation resolution, host decision), review paths with their steps and
 * criteria, verdicts, and decision records with their typed subjects.
 */
@NullMarked
package org.partnergov.model.review;

import org.jspecify.annotations.NullMarked;
