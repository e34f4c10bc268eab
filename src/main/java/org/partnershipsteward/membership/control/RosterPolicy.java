package org.partnershipsteward.membership.control;

import java.time.LocalDate;

/**
 * When an emergency roster entry counts as current: it was confirmed (saved, confirmed in one click, or
 * confirmed with the yearly contact confirmation) within the last {@value #VALID_MONTHS} months, on the
 * partnership's calendar. An entry confirmed on 2025-06-01 is current up to and including 2026-06-01.
 */
public final class RosterPolicy {

    /** How long a confirmation keeps a roster entry current. */
    public static final int VALID_MONTHS = 12;

    private RosterPolicy() {
    }

    /** Whether an entry last confirmed on {@code confirmedOn} (null: never) is current on {@code today}. */
    public static boolean current(LocalDate confirmedOn, LocalDate today) {
        return confirmedOn != null && !confirmedOn.isAfter(today) && !confirmedOn.plusMonths(VALID_MONTHS).isBefore(today);
    }

    /** One current member as the roster measures count them: whether they have an entry and the day it was last confirmed. */
    public record Entry(boolean hasEntry, LocalDate confirmedOn) {

        public boolean currentOn(LocalDate today) {
            return hasEntry && current(confirmedOn, today);
        }
    }

    /** Whether the member should be asked to confirm today: an entry that is missing or no longer current. */
    public static boolean due(boolean hasEntry, LocalDate confirmedOn, LocalDate today) {
        return !hasEntry || !current(confirmedOn, today);
    }
}
