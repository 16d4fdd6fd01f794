/**
 * Time as values. The model never reads a clock: every moment a function needs comes in as a
 * parameter, and periods say when rights, delegations and claims hold.
 */
@NullMarked
package org.partnergov.model.time;

import org.jspecify.annotations.NullMarked;
