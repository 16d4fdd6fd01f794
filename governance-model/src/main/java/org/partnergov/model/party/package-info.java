/**
 * The parties of a partner ecosystem: the host organization and its org units, persons with
 * their affiliation and roles, partners with their type, tier, regions, status and relationship
 * owner, programs with their enrolled partners, and declared conflicts of interest. Wide values
 * come with a {@code *Draft} that takes the host's raw data and reports every problem at once.
 */
@NullMarked
package org.partnergov.model.party;

import org.jspecify.annotations.NullMarked;
