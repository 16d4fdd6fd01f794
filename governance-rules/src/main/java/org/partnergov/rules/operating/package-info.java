/**
 * The guide's "one coordinating layer: execution, communication, feedback, and reporting", read
 * from the same ecosystem snapshot as the decision test: {@link
 * org.partnergov.rules.operating.OperatingLayer} gives the overdue reviews and escalations with
 * their owners, the notifications the host must deliver to the RAPID Input and Perform holders,
 * the feedback a partner sees for each decision about it, and a {@link
 * org.partnergov.rules.operating.GovernanceReport} a host can render.
 */
@NullMarked
package org.partnergov.rules.operating;

import org.jspecify.annotations.NullMarked;
