package org.partnershipsteward.obligation.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which surveys count for a member: those issued to the member (sent to them: a summit's survey goes to its
 * attendees only) that opened while the member belonged, i.e. on or after the day the member's obligations count
 * from (joining, or a later reinstatement) and before the day they left.
 */
public final class SurveyObligation {

    private SurveyObligation() {
    }

    /** A survey closing in the period, with the day it opened (in the partnership's zone). */
    public record IssuedSurvey(long id, LocalDate opened) {
    }

    /** How many surveys counted for the member, and how many of those the member answered. */
    public record Count(int issued, int answered) {
    }

    /** The day a member's obligations count from: a reinstatement after joining starts afresh. */
    public static LocalDate countsFrom(LocalDate joinedOn, LocalDate reinstatedOn) {
        return reinstatedOn != null && reinstatedOn.isAfter(joinedOn) ? reinstatedOn : joinedOn;
    }

    /** Whether a survey that opened on {@code opened} counts for a member counted from {@code from} who left on {@code leftOn}. */
    public static boolean counts(LocalDate opened, LocalDate from, LocalDate leftOn) {
        return !from.isAfter(opened) && (leftOn == null || leftOn.isAfter(opened));
    }

    /**
     * The surveys that count for the member and how many of them the member answered ({@code sentTo}: the ids of the
     * surveys issued to the member; {@code answered}: the ids of those the member answered). A survey not sent to the
     * member never counts, not even when the member answered it.
     */
    public static Count of(Collection<IssuedSurvey> surveys, Set<Long> sentTo, LocalDate joinedOn, LocalDate reinstatedOn,
            LocalDate leftOn, Set<Long> answered) {
        LocalDate from = countsFrom(joinedOn, reinstatedOn);
        int issued = 0;
        int answeredCount = 0;
        for (IssuedSurvey s : surveys) {
            if (sentTo.contains(s.id()) && counts(s.opened(), from, leftOn)) {
                issued++;
                answeredCount += answered.contains(s.id()) ? 1 : 0;
            }
        }
        return new Count(issued, answeredCount);
    }
}
