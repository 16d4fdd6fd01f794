/**
 * Escalation, the "Escalate" move: partner risks, their consequences (category, severity,
 * magnitude), escalation paths with owned levels, and escalations as they happen.
 */
@NullMarked
package org.partnergov.model.escalation;

import org.jspecify.annotations.NullMarked;
