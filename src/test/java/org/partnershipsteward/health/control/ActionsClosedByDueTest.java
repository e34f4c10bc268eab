package org.partnershipsteward.health.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.health.control.Facts.ActionFact;
import org.partnershipsteward.platform.time.Period;

/** Shared goals: the share of summit actions closed by their due day, per half-year. */
class ActionsClosedByDueTest {

    private static final Period H1 = new Period(2026, 1, 6);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theShareOfActionsDueInTheHalfYearThatWereDoneByTheirDueDay() {
        List<ActionFact> actions = List.of(
                new ActionFact(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31), true, false), // on the day
                new ActionFact(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 2), true, false), // late
                new ActionFact(LocalDate.of(2026, 5, 31), null, false, false), // never closed
                new ActionFact(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 1), true, false)); // early
        assertEquals(50.0, SharedGoalsMeasures.actionsClosedByDue(actions, H1, TODAY), 0.001);
    }

    @Test
    void droppedActionsAndActionsDueInAnotherHalfYearDoNotCount() {
        List<ActionFact> actions = List.of(
                new ActionFact(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1), true, false),
                new ActionFact(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 1), false, true),
                new ActionFact(LocalDate.of(2026, 8, 30), null, false, false));
        assertEquals(100.0, SharedGoalsMeasures.actionsClosedByDue(actions, H1, TODAY), 0.001);
    }

    @Test
    void anOpenActionNotYetDueIsNotCountedAgainstTheHalfYear() {
        Period h2 = new Period(2026, 2, 6);
        List<ActionFact> actions = List.of(new ActionFact(LocalDate.of(2026, 12, 20), null, false, false));
        assertNull(SharedGoalsMeasures.actionsClosedByDue(actions, h2, TODAY));
    }
}
