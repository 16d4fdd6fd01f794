/**
 * Embedding example: a partner portal service that builds exception review once, routes and
 * decides requests, keeps the decision log, takes a clock and turns rejections into messages.
 */
@NullMarked
package org.partnergov.examples.portal;

import org.jspecify.annotations.NullMarked;
