package org.partnershipsteward.summit.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.summit.entity.RsvpStatus;

/**
 * Which reminders of a summit are due: those configured days before the start (to members with a seat or a
 * MAYBE) and the nudge before the answer deadline (to those who have not answered).
 */
public final class ReminderPolicy {

    private static final long DAY = 86_400L;

    private ReminderPolicy() {
    }

    /**
     * The reminders due now: {@code send} is the nearest to the start, the only one that goes out; {@code passed}
     * are the others due (further from the start), recorded as done so that none of them goes out later. A summit
     * published late, or a server down for days, thus sends one reminder, not several.
     */
    public record Due(Optional<Integer> send, List<Integer> passed) {
    }

    /** Whether a summit is reminded of at all: published, not cancelled, not started. */
    public static boolean reminds(boolean cancelled, boolean publishedOnce, Instant startsAt, Instant now) {
        return !cancelled && publishedOnce && !startsAt.isBefore(now);
    }

    /** Of the reminders {@code daysBefore} the start that are due at {@code now}, only the nearest is sent. */
    public static Due due(List<Integer> daysBefore, Instant startsAt, Instant now) {
        List<Integer> due = daysBefore.stream().filter(d -> !now.isBefore(startsAt.minusSeconds(d * DAY))).sorted().toList();
        return due.isEmpty() ? new Due(Optional.empty(), List.of()) : new Due(Optional.of(due.get(0)), due.subList(1, due.size()));
    }

    /** Whether the nudge to answer is due: from {@code daysBeforeDeadline} before the deadline until the deadline. */
    public static boolean nudgeDue(Instant deadline, int daysBeforeDeadline, Instant now) {
        return !now.isBefore(deadline.minusSeconds(daysBeforeDeadline * DAY)) && now.isBefore(deadline);
    }

    /** Whether a member with this answer is reminded: a seat or a MAYBE; not the waitlist, not a NO. */
    public static boolean reminded(RsvpStatus status) {
        return status == RsvpStatus.CONFIRMED || status == RsvpStatus.TENTATIVE;
    }
}
