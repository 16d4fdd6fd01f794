/**
 * Evidence, the "Separate" move: activity kinds and records, their provenance, the evidence
 * classes an activity can count as (enablement, performance in one dimension, customer impact),
 * value claims citing evidence, and evidence programs: qualification criteria per capability that
 * partners must meet with launch-ready evidence before a deadline.
 */
@NullMarked
package org.partnergov.model.evidence;

import org.jspecify.annotations.NullMarked;
