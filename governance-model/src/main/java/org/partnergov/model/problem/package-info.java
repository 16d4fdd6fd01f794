/**
 * Problems with host input. Every factory that builds a value from a host's own data returns
 * {@code Validation<Seq<Problem>, T>}: either the whole value or every problem found, each with a
 * stable {@link org.partnergov.model.problem.ProblemCode code}, the path of the field and a plain
 * message. Nothing half-built is ever returned.
 */
@NullMarked
package org.partnergov.model.problem;

import org.jspecify.annotations.NullMarked;
