package org.partnershipsteward.summit.control;

import java.time.Instant;
import java.util.Locale;

/**
 * What an edit of a summit changes, and so who must hear of it. Only a new start, end or venue moves the summit:
 * attendees are told it was rescheduled. A new title changes the calendar entry (its SEQUENCE grows) but moves
 * nothing, and a new capacity or answer deadline is neither. Text is compared as a person reads it: surrounding and
 * repeated blanks and letter case do not make a new venue or title.
 */
public record SummitEdit(boolean moved, boolean calendarChanged, int seatsAdded) {

    /** What a summit is, as far as an edit goes. */
    public record Facts(String title, Instant startsAt, Instant endsAt, String venue, int capacity) {
    }

    public static SummitEdit between(Facts before, Facts after) {
        boolean moved = !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())
                || !same(before.venue(), after.venue());
        boolean calendar = moved || !same(before.title(), after.title());
        return new SummitEdit(moved, calendar, Math.max(0, after.capacity() - before.capacity()));
    }

    private static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
