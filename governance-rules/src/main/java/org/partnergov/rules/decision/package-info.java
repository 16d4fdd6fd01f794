/**
 * Decision rights in use, the "Clarify" move applied: analysing a decision-rights matrix before
 * it is used, so that gaps, overlaps, unaccountable deciders and unbounded delegations are found
 * and explained, each with a stable {@code MTX-..} code, before anyone relies on the matrix.
 */
@NullMarked
package org.partnergov.rules.decision;

import org.jspecify.annotations.NullMarked;
