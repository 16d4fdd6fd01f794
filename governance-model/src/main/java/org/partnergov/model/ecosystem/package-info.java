/**
 * The whole ecosystem as one value, checked for references between its parts, for a
 * whole-ecosystem review.
 */
@NullMarked
package org.partnergov.model.ecosystem;

import org.jspecify.annotations.NullMarked;
