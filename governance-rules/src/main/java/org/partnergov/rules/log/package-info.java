/**
 * The decision log: an append-only, SHA-256 hash-chained sequence of decision records over a
 * canonical, versioned byte encoding ({@link org.partnergov.rules.log.CanonicalEncoding}). A host
 * stores the entries and, separately, the {@link org.partnergov.rules.log.LogHead}; verifying the
 * entries against that head finds the first entry that was changed, inserted, removed or moved,
 * and a tail that was cut off.
 */
@NullMarked
package org.partnergov.rules.log;

import org.jspecify.annotations.NullMarked;
