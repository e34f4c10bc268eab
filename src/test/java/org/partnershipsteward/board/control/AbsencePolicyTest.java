package org.partnershipsteward.board.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules on a seat holder's leave (issue 17). */
class AbsencePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static List<String> rules(LocalDate from, LocalDate to, String reason, List<SeatActing.Leave> others) {
        return AbsencePolicy.failures(from, to, reason, TODAY, others).stream().map(SeatFinding::rule).toList();
    }

    @Test
    void aLeaveFromTodayOrLaterWithItsDaysInOrderMayBeRecorded() {
        assertEquals(List.of(), rules(TODAY, TODAY, null, List.of()), "a one-day leave today");
        assertEquals(List.of(), rules(TODAY.plusDays(5), TODAY.plusDays(20), "Parental leave", List.of()));
    }

    @Test
    void theLastDayIsNotBeforeTheFirstAndBothAreGiven() {
        assertEquals(List.of(AbsencePolicy.DATES), rules(TODAY.plusDays(3), TODAY.plusDays(2), null, List.of()));
        assertEquals(List.of(AbsencePolicy.DATES), rules(null, TODAY, null, List.of()));
        assertEquals(List.of(AbsencePolicy.DATES), rules(TODAY, null, null, List.of()));
    }

    @Test
    void aLeaveDoesNotStartInThePast() {
        assertEquals(List.of(AbsencePolicy.NOT_PAST), rules(TODAY.minusDays(1), TODAY.plusDays(3), null, List.of()));
    }

    @Test
    void leavesOfOneSeatDoNotOverlapNotEvenByOneDay() {
        List<SeatActing.Leave> others = List.of(new SeatActing.Leave(TODAY.plusDays(10), TODAY.plusDays(20)));

        assertEquals(List.of(AbsencePolicy.OVERLAP), rules(TODAY.plusDays(20), TODAY.plusDays(25), null, others));
        assertEquals(List.of(AbsencePolicy.OVERLAP), rules(TODAY.plusDays(1), TODAY.plusDays(10), null, others));
        assertEquals(List.of(AbsencePolicy.OVERLAP), rules(TODAY.plusDays(12), TODAY.plusDays(13), null, others));
        assertEquals(List.of(), rules(TODAY.plusDays(21), TODAY.plusDays(25), null, others), "the day after is free");
        assertEquals(List.of(), rules(TODAY, TODAY.plusDays(9), null, others), "the day before is free");
    }

    @Test
    void theReasonIsAtMost200Characters() {
        assertEquals(List.of(), rules(TODAY, TODAY, "x".repeat(200), List.of()));
        assertEquals(List.of(AbsencePolicy.REASON), rules(TODAY, TODAY, "x".repeat(201), List.of()));
    }

    @Test
    void endingEarlyCancelsALeaveNotStartedEndsOneUnderWayYesterdayAndLeavesOneOverAlone() {
        SeatActing.Leave ahead = new SeatActing.Leave(TODAY.plusDays(1), TODAY.plusDays(5));
        SeatActing.Leave startsToday = new SeatActing.Leave(TODAY, TODAY.plusDays(5));
        SeatActing.Leave underWay = new SeatActing.Leave(TODAY.minusDays(3), TODAY.plusDays(5));
        SeatActing.Leave over = new SeatActing.Leave(TODAY.minusDays(9), TODAY.minusDays(1));

        assertEquals(AbsencePolicy.Ending.CANCEL, AbsencePolicy.ending(ahead, TODAY));
        assertEquals(AbsencePolicy.Ending.CANCEL, AbsencePolicy.ending(startsToday, TODAY));
        assertEquals(AbsencePolicy.Ending.END_YESTERDAY, AbsencePolicy.ending(underWay, TODAY));
        assertEquals(Optional.of(TODAY.minusDays(1)), AbsencePolicy.newLastDay(underWay, TODAY));
        assertEquals(AbsencePolicy.Ending.OVER, AbsencePolicy.ending(over, TODAY));
        assertEquals(Optional.empty(), AbsencePolicy.newLastDay(over, TODAY));
    }
}
