package org.partnershipsteward.summit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.summit.entity.RsvpStatus;

class ReminderPolicyTest {

    private static final Instant START = Instant.parse("2026-06-15T09:00:00Z");
    private static final List<Integer> DAYS = List.of(7, 1);

    private static Instant daysBefore(Instant t, double days) {
        return t.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    @Test
    void nothingIsDueBeforeTheFurthestReminder() {
        assertEquals(new ReminderPolicy.Due(Optional.empty(), List.of()), ReminderPolicy.due(DAYS, START, daysBefore(START, 7.5)));
    }

    @Test
    void theWeekBeforeReminderIsDueFromExactlySevenDaysBefore() {
        assertEquals(new ReminderPolicy.Due(Optional.of(7), List.of()), ReminderPolicy.due(DAYS, START, daysBefore(START, 7)));
    }

    @Test
    void onlyTheNearestOfTheRemindersDueGoesOutTheOthersArePassed() {
        assertEquals(new ReminderPolicy.Due(Optional.of(1), List.of(7)), ReminderPolicy.due(DAYS, START, daysBefore(START, 0.5)));
    }

    @Test
    void theConfiguredOrderDoesNotMatter() {
        assertEquals(new ReminderPolicy.Due(Optional.of(1), List.of(3, 7)),
                ReminderPolicy.due(List.of(7, 1, 3), START, daysBefore(START, 0.5)));
    }

    @Test
    void aCancelledUnpublishedOrStartedSummitIsNotReminded() {
        Instant now = daysBefore(START, 1);
        assertTrue(ReminderPolicy.reminds(false, true, START, now));
        assertFalse(ReminderPolicy.reminds(true, true, START, now));
        assertFalse(ReminderPolicy.reminds(false, false, START, now));
        assertFalse(ReminderPolicy.reminds(false, true, START, START.plusSeconds(1)));
        assertTrue(ReminderPolicy.reminds(false, true, START, START));
    }

    @Test
    void theNudgeIsDueFromItsDaysBeforeTheDeadlineUntilTheDeadline() {
        Instant deadline = daysBefore(START, 10);
        assertFalse(ReminderPolicy.nudgeDue(deadline, 2, daysBefore(deadline, 2.1)));
        assertTrue(ReminderPolicy.nudgeDue(deadline, 2, daysBefore(deadline, 2)));
        assertTrue(ReminderPolicy.nudgeDue(deadline, 2, deadline.minusSeconds(1)));
        assertFalse(ReminderPolicy.nudgeDue(deadline, 2, deadline));
    }

    @Test
    void seatsAndMaybesAreRemindedNotTheWaitlistOrANo() {
        assertTrue(ReminderPolicy.reminded(RsvpStatus.CONFIRMED));
        assertTrue(ReminderPolicy.reminded(RsvpStatus.TENTATIVE));
        assertFalse(ReminderPolicy.reminded(RsvpStatus.WAITLISTED));
        assertFalse(ReminderPolicy.reminded(RsvpStatus.DECLINED));
    }
}
