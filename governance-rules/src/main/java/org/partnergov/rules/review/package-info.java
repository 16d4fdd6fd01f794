/**
 * Exception review, the "Govern exceptions" move applied: {@link
 * org.partnergov.rules.review.ExceptionReview#route routing} a fund request, incentive exception,
 * commitment or readiness claim to its review plan, {@link
 * org.partnergov.rules.review.ExceptionReview#decide deciding} it under the separation-of-duties
 * rules ({@code SOD-..}), and the event-sourced {@link org.partnergov.rules.review.ReviewCase case}
 * whose state is a fold of its events. Every outcome carries the codes of the rules that
 * determined it and reads as a sentence a partner manager can follow.
 */
@NullMarked
package org.partnergov.rules.review;

import org.jspecify.annotations.NullMarked;
