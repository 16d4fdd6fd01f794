/**
 * The runnable demo: an embedded sample ecosystem telling the guide's two stories (a multi-party
 * platform program and a launch-readiness evidence program), with each of the five failure modes
 * planted beside healthy partners and decisions, and a text report of the full governance review.
 * Run {@link org.partnergov.examples.demo.GovernanceDemo#main}.
 */
@NullMarked
package org.partnergov.examples.demo;

import org.jspecify.annotations.NullMarked;
