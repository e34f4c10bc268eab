package org.partnershipsteward.health.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.health.control.Facts.BoardCover;
import org.partnershipsteward.health.control.Facts.SeatInterval;
import org.partnershipsteward.platform.time.Period;

/**
 * Resiliency's trend (issue 17): the share of a half-year's seat-days on which the holder (not on leave) or an
 * acting alternate spoke for the seat. Worked answers over 2026 H1 (181 days) and two seats (362 seat-days).
 */
class SeatDaysCoveredTest {

    private static final Period H1 = Period.parse("2026-H1", 6);
    private static final LocalDate AFTER = LocalDate.of(2026, 12, 2);
    private static final SeatInterval SEAT_1_HELD = new SeatInterval(1, LocalDate.of(2025, 1, 1), null);
    private static final SeatInterval SEAT_2_HELD = new SeatInterval(2, LocalDate.of(2025, 1, 1), null);

    @Test
    void twoSeatsHeldAllHalfYearAreFullyCovered() {
        assertEquals(100.0, ResiliencyMeasures.seatDaysCovered(new BoardCover(2, List.of(SEAT_1_HELD, SEAT_2_HELD),
                List.of(), List.of()), H1, AFTER));
    }

    @Test
    void aHolderOnLeaveWithoutAnActingAlternateLeavesTheSeatShortForTheLeavesDays() {
        // ten days of leave (March 1-10; the interval runs until the day after the last)
        SeatInterval leave = new SeatInterval(2, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11));

        assertEquals(97.2, ResiliencyMeasures.seatDaysCovered(new BoardCover(2, List.of(SEAT_1_HELD, SEAT_2_HELD),
                List.of(leave), List.of()), H1, AFTER), "352 of 362 seat-days");
    }

    @Test
    void anAlternateActingDuringTheLeaveCoversTheSeat() {
        SeatInterval leave = new SeatInterval(2, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11));
        SeatInterval acting = new SeatInterval(2, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11));

        assertEquals(100.0, ResiliencyMeasures.seatDaysCovered(new BoardCover(2, List.of(SEAT_1_HELD, SEAT_2_HELD),
                List.of(leave), List.of(acting)), H1, AFTER));
    }

    @Test
    void aVacantSeatIsCoveredOnlyWhileItsAlternateActs() {
        SeatInterval vacantFromApril = new SeatInterval(2, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 4, 1));
        SeatInterval actingFromMay = new SeatInterval(2, LocalDate.of(2026, 5, 1), null);

        // seat 2: January-March held (90 days), April not covered (30), May-June acting (61) -> 151 + 181 = 332 of 362
        assertEquals(91.7, ResiliencyMeasures.seatDaysCovered(new BoardCover(2, List.of(SEAT_1_HELD, vacantFromApril),
                List.of(), List.of(actingFromMay)), H1, AFTER));
    }

    @Test
    void theRunningHalfYearCountsUpToToday() {
        SeatInterval vacantFromJanuary10 = new SeatInterval(1, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 10));

        assertEquals(45.0, ResiliencyMeasures.seatDaysCovered(new BoardCover(1, List.of(vacantFromJanuary10), List.of(),
                List.of()), H1, LocalDate.of(2026, 1, 20)), "9 of 20 days");
    }

    @Test
    void noSeatsOrAHalfYearNotBegunHasNoValue() {
        assertNull(ResiliencyMeasures.seatDaysCovered(BoardCover.NONE, H1, AFTER));
        assertNull(ResiliencyMeasures.seatDaysCovered(new BoardCover(1, List.of(SEAT_1_HELD), List.of(), List.of()),
                Period.parse("2027-H1", 6), AFTER));
    }
}
