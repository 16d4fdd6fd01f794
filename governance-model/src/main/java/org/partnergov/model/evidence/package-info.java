/**
 * Evidence, the "Separate" move: activity kinds and records, their provenance, the evidence
 * classes an activity can count as (enablement, performance in one dimension, customer impact)
 * and value claims citing evidence.
 */
@NullMarked
package org.partnergov.model.evidence;

import org.jspecify.annotations.NullMarked;
