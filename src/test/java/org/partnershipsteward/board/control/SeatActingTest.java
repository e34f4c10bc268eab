package org.partnershipsteward.board.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.board.entity.ActingReason;

/** Who speaks for a seat on a day (issue 17): the holder, or the alternate while the seat is vacant or the holder away. */
class SeatActingTest {

    private static final long HOLDER = 10;
    private static final long ALTERNATE = 20;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final LongPredicate EVERYONE = id -> true;
    private static final SeatActing.Leave LEAVE = new SeatActing.Leave(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 14));

    @Test
    void aHolderWhoIsNotOnLeaveSpeaksForTheSeat() {
        Optional<SeatActing.Voice> voice = SeatActing.on(DAY, HOLDER, ALTERNATE, List.of(), EVERYONE);

        assertEquals(Optional.of(new SeatActing.Voice(HOLDER, null, null)), voice);
        assertFalse(voice.orElseThrow().isActing());
    }

    @Test
    void vacantSeatTheAlternateActs() {
        assertEquals(Optional.of(new SeatActing.Voice(ALTERNATE, ActingReason.VACANT, null)),
                SeatActing.on(DAY, null, ALTERNATE, List.of(), EVERYONE));
    }

    @Test
    void absentHolderTheAlternateActsUntilTheLeavesLastDay() {
        SeatActing.Voice voice = SeatActing.on(DAY, HOLDER, ALTERNATE, List.of(LEAVE), EVERYONE).orElseThrow();

        assertEquals(ALTERNATE, voice.memberId());
        assertEquals(ActingReason.ABSENT, voice.acting());
        assertEquals(LocalDate.of(2026, 12, 14), voice.until());
        assertTrue(voice.isActing());
    }

    @Test
    void theLeavesFirstAndLastDayAreDaysOfLeave() {
        assertEquals(ALTERNATE, SeatActing.on(LEAVE.from(), HOLDER, ALTERNATE, List.of(LEAVE), EVERYONE).orElseThrow().memberId());
        assertEquals(ALTERNATE, SeatActing.on(LEAVE.to(), HOLDER, ALTERNATE, List.of(LEAVE), EVERYONE).orElseThrow().memberId());
    }

    @Test
    void returnedHolderTheHolderSpeaksAgainTheDayAfterTheLeave() {
        assertEquals(Optional.of(new SeatActing.Voice(HOLDER, null, null)),
                SeatActing.on(LEAVE.to().plusDays(1), HOLDER, ALTERNATE, List.of(LEAVE), EVERYONE));
        assertEquals(HOLDER, SeatActing.on(LEAVE.from().minusDays(1), HOLDER, ALTERNATE, List.of(LEAVE), EVERYONE)
                .orElseThrow().memberId(), "before the leave the holder speaks");
    }

    @Test
    void absentHolderWithoutAlternateNobodySpeaksTheSeatIsShort() {
        assertEquals(Optional.empty(), SeatActing.on(DAY, HOLDER, null, List.of(LEAVE), EVERYONE));
    }

    @Test
    void vacantSeatWithoutAlternateNobodySpeaks() {
        assertEquals(Optional.empty(), SeatActing.on(DAY, null, null, List.of(), EVERYONE));
    }

    @Test
    void alternateAbsentOrIneligibleNobodySpeaks() {
        LongPredicate alternateAway = id -> id != ALTERNATE;

        assertEquals(Optional.empty(), SeatActing.on(DAY, HOLDER, ALTERNATE, List.of(LEAVE), alternateAway),
                "the holder on leave, the alternate not available: nobody");
        assertEquals(Optional.empty(), SeatActing.on(DAY, null, ALTERNATE, List.of(), alternateAway),
                "the seat vacant, the alternate not available: nobody");
    }

    @Test
    void aHolderWithoutALoginOrNoLongerCurrentDoesNotSpeakAndTheAlternateDoesNotStepIn() {
        LongPredicate holderAway = id -> id != HOLDER;

        assertEquals(Optional.empty(), SeatActing.on(DAY, HOLDER, ALTERNATE, List.of(), holderAway));
    }
}
