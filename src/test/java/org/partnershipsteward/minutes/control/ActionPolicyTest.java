package org.partnershipsteward.minutes.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.minutes.entity.ActionStatus;

/** Action items: who closes them, reminders before the due day, overdue and on time. */
class ActionPolicyTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Test
    void theOwnerMayCloseTheirOwnOpenActionButNotReopenIt() {
        assertTrue(ActionPolicy.mayChange(ActionStatus.OPEN, ActionStatus.DONE, false, true));
        assertTrue(ActionPolicy.mayChange(ActionStatus.OPEN, ActionStatus.DROPPED, false, true));
        assertFalse(ActionPolicy.mayChange(ActionStatus.DONE, ActionStatus.OPEN, false, true));
        assertFalse(ActionPolicy.mayChange(ActionStatus.OPEN, ActionStatus.OPEN, false, true));
    }

    @Test
    void nobodyButTheOwnerAndTheSecretariatChangesAnAction() {
        assertFalse(ActionPolicy.mayChange(ActionStatus.OPEN, ActionStatus.DONE, false, false));
        assertTrue(ActionPolicy.mayChange(ActionStatus.DONE, ActionStatus.OPEN, true, false));
    }

    @Test
    void aDroppedActionNeedsANoteAndEveryNoteIsBounded() {
        assertNotNull(ActionPolicy.noteProblem(ActionStatus.DROPPED, " "));
        assertNull(ActionPolicy.noteProblem(ActionStatus.DROPPED, "overtaken by the new plan"));
        assertNull(ActionPolicy.noteProblem(ActionStatus.DONE, null));
        assertNotNull(ActionPolicy.noteProblem(ActionStatus.DONE, "x".repeat(ActionPolicy.MAX_NOTE + 1)));
    }

    @Test
    void theReminderIsDueFromTheDaysBeforeUntilTheDueDayOnce() {
        assertFalse(ActionPolicy.reminderDue(ActionStatus.OPEN, DUE, DUE.minusDays(8), 7, false));
        assertTrue(ActionPolicy.reminderDue(ActionStatus.OPEN, DUE, DUE.minusDays(7), 7, false));
        assertTrue(ActionPolicy.reminderDue(ActionStatus.OPEN, DUE, DUE, 7, false));
        assertFalse(ActionPolicy.reminderDue(ActionStatus.OPEN, DUE, DUE.plusDays(1), 7, false));
        assertFalse(ActionPolicy.reminderDue(ActionStatus.OPEN, DUE, DUE.minusDays(3), 7, true));
        assertFalse(ActionPolicy.reminderDue(ActionStatus.DONE, DUE, DUE.minusDays(3), 7, false));
    }

    @Test
    void anOpenActionIsOverdueTheDayAfterItsDueDay() {
        assertFalse(ActionPolicy.overdue(ActionStatus.OPEN, DUE, DUE));
        assertTrue(ActionPolicy.overdue(ActionStatus.OPEN, DUE, DUE.plusDays(1)));
        assertFalse(ActionPolicy.overdue(ActionStatus.DONE, DUE, DUE.plusDays(1)));
    }

    @Test
    void anActionIsClosedOnTimeWhenDoneOnOrBeforeItsDueDay() {
        assertTrue(ActionPolicy.closedOnTime(ActionStatus.DONE, DUE, DUE));
        assertFalse(ActionPolicy.closedOnTime(ActionStatus.DONE, DUE, DUE.plusDays(1)));
        assertFalse(ActionPolicy.closedOnTime(ActionStatus.DROPPED, DUE, DUE.minusDays(1)));
        assertFalse(ActionPolicy.closedOnTime(ActionStatus.OPEN, DUE, null));
    }

    @Test
    void aDueDayBeforeTheSummitIsRefused() {
        assertNotNull(ActionPolicy.dueProblem(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14)));
        assertNotNull(ActionPolicy.dueProblem(null, LocalDate.of(2026, 5, 14)));
        assertNull(ActionPolicy.dueProblem(LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 14)));
    }
}
