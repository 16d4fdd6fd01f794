/**
 * Exception review, the "Govern exceptions" move: the four kinds of exception request (fund
 * request, incentive exception, commitment, readiness claim), review paths with their steps and
 * criteria, verdicts and decision records.
 */
@NullMarked
package org.partnergov.model.review;

import org.jspecify.annotations.NullMarked;
