/**
 * QuickTheories generators for every public model type, for host teams' property tests:
 * {@code qt().forAll(Generators.fundRequests()).check(r -> ...)}.
 *
 * <p>{@link org.partnergov.testkit.Generators} is the entry point; the per-slice classes behind
 * it ({@code PartyGenerators}, {@code DecisionGenerators}...) hold the same generators and the
 * smaller building blocks. Every generator yields valid values by construction and leans toward
 * the boundaries where governance rules break: amounts exactly at a threshold, periods that end
 * at the reference instant, the relationship owner as the requester. Combine them with
 * {@code Gen.zip}, {@code Gen.flatMap} and {@code Gen.map}; constrain them with
 * {@code Gen.assuming} (sparingly: QuickTheories gives up when too many values are discarded) or,
 * better, with the parameterized generators such as {@link
 * org.partnergov.testkit.MoneyGenerators#amountsAround(org.partnergov.model.money.Money)}.
 */
@NullMarked
package org.partnergov.testkit;

import org.jspecify.annotations.NullMarked;
