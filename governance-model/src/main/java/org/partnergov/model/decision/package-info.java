/**
 * Decision rights, the "Clarify" move: decision types, scopes (program, region, tier, partner
 * type, amount band, validity), RAPID roles, the holders of rights, decision rights, delegations
 * and the decision-rights matrix as a value.
 */
@NullMarked
package org.partnergov.model.decision;

import org.jspecify.annotations.NullMarked;
