package org.partnershipsteward.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.minutes.control.CarryOver.Action;
import org.partnershipsteward.minutes.entity.ActionStatus;

/** The next agenda reviews every action still open from earlier summits. */
class CarryOverTest {

    private static final Instant SPRING = Instant.parse("2026-05-14T14:00:00Z");
    private static final Instant AUTUMN = Instant.parse("2026-10-15T14:00:00Z");

    @Test
    void theNextAgendaListsEveryOpenActionOfEarlierSummitsSoonestDueFirst() {
        List<Action> actions = List.of(
                new Action(1, SPRING, LocalDate.of(2026, 9, 1), ActionStatus.OPEN),
                new Action(2, SPRING, LocalDate.of(2026, 7, 1), ActionStatus.OPEN),
                new Action(3, SPRING, LocalDate.of(2026, 6, 1), ActionStatus.DONE),
                new Action(4, SPRING, LocalDate.of(2026, 6, 1), ActionStatus.DROPPED));
        assertEquals(List.of(2L, 1L), CarryOver.open(actions, AUTUMN));
    }

    @Test
    void actionsOfTheSameOrALaterSummitAreNotCarriedOver() {
        List<Action> actions = List.of(new Action(5, AUTUMN, LocalDate.of(2026, 12, 1), ActionStatus.OPEN),
                new Action(6, AUTUMN.plusSeconds(86_400), LocalDate.of(2026, 12, 1), ActionStatus.OPEN));
        assertEquals(List.of(), CarryOver.open(actions, AUTUMN));
    }

    @Test
    void theAgendaOpensWithTheReviewOnceAndOnlyWhenSomethingIsOpen() {
        assertTrue(CarryOver.needsReview(false, List.of(1L)));
        assertFalse(CarryOver.needsReview(true, List.of(1L)));
        assertFalse(CarryOver.needsReview(false, List.of()));
    }
}
