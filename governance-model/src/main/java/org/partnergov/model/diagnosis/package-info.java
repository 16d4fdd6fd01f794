/**
 * Diagnosis, the guide's decision test: the five failure modes of partner governance and the
 * findings that report them.
 */
@NullMarked
package org.partnergov.model.diagnosis;

import org.jspecify.annotations.NullMarked;
