package org.partnershipsteward.membership.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * When an emergency roster entry counts as current: it was confirmed (saved, confirmed in one click, or
 * confirmed with the yearly contact confirmation) within the last {@value #VALID_MONTHS} months, counted in
 * the partnership's time zone. An entry confirmed on 2025-06-01 is current up to and including 2026-06-01.
 */
public final class RosterPolicy {

    /** How long a confirmation keeps a roster entry current. */
    public static final int VALID_MONTHS = 12;

    private RosterPolicy() {
    }

    /** Whether an entry last confirmed at {@code confirmedAt} (null: never) is current on {@code today}. */
    public static boolean current(Instant confirmedAt, LocalDate today, ZoneId zone) {
        if (confirmedAt == null) {
            return false;
        }
        LocalDate confirmedOn = confirmedAt.atZone(zone).toLocalDate();
        return !confirmedOn.isAfter(today) && !confirmedOn.plusMonths(VALID_MONTHS).isBefore(today);
    }

    /** Whether the member should be asked to confirm today: an entry that is missing or no longer current. */
    public static boolean due(boolean hasEntry, Instant confirmedAt, LocalDate today, ZoneId zone) {
        return !hasEntry || !current(confirmedAt, today, zone);
    }

    /** One current member as the share counts them: whether they have an entry and when it was confirmed. */
    public record Entry(boolean hasEntry, Instant confirmedAt) {
    }

    /**
     * Percent of current members with a roster entry confirmed in the last {@value #VALID_MONTHS} months;
     * null when there are no members.
     */
    public static Double share(Collection<Entry> members, LocalDate today, ZoneId zone) {
        if (members.isEmpty()) {
            return null;
        }
        long current = members.stream().filter(e -> e.hasEntry() && current(e.confirmedAt(), today, zone)).count();
        return 100.0 * current / members.size();
    }
}
