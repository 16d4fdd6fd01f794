/**
 * Embedding example: extending the rules in code with a host's own activity kind and rule pack,
 * review criterion, risk kind and governance rule.
 */
@NullMarked
package org.partnergov.examples.extension;

import org.jspecify.annotations.NullMarked;
