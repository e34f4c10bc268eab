/**
 * Bringing an existing partnership in and taking it out: CSV imports of organisations, members, board terms, past
 * summits and attendance, checked in a dry run (every row's outcome, every error and warning tied to row, column and
 * rule, the bylaws' pre-screen and seat rules applied) and committed all or nothing; CSV exports of the same kinds
 * with the same columns, so an export imports unchanged.
 * <p>
 * Floor: above summit, board, membership, organisation, eligibility, notice and platform (it reads and writes their
 * entities in one transaction, as the demo loader does); nothing depends on it. The row rules in {@code control} are
 * pure functions of the file and plain facts about what is stored.
 */
package org.partnershipsteward.exchange;
