package org.partnershipsteward.board.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A leave of the chair within their term hands the chair to the vice-chair (the next in rotation) for its days. */
class ChairStandInTest {

    private static final long CHAIR = 1;
    private static final long VICE = 2;
    private static final ChairTerm TERM = new ChairTerm(CHAIR, 11, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final ChairTerm NEXT = new ChairTerm(VICE, 12, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    private static final SeatActing.Leave LEAVE = new SeatActing.Leave(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 14));

    @Test
    void theChairOnLeaveTheViceChairChairsForTheLeavesDays() {
        assertEquals(Optional.of(new ChairStandIn.StandIn(CHAIR, VICE, LEAVE.from(), LEAVE.to())),
                ChairStandIn.on(LocalDate.of(2026, 12, 2), TERM, NEXT, List.of(LEAVE), List.of()));
    }

    @Test
    void theChairIsBackTheDayAfterTheLeave() {
        assertEquals(Optional.empty(), ChairStandIn.on(LEAVE.to().plusDays(1), TERM, NEXT, List.of(LEAVE), List.of()));
    }

    @Test
    void theStandInEndsWithTheChairsTermWhenTheLeaveRunsPastIt() {
        SeatActing.Leave long_ = new SeatActing.Leave(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10));

        assertEquals(LocalDate.of(2026, 12, 31), ChairStandIn.on(LocalDate.of(2026, 12, 22), TERM, NEXT, List.of(long_),
                List.of()).orElseThrow().until());
    }

    @Test
    void aViceChairOnLeaveTooStandsInForNobody() {
        assertEquals(Optional.empty(), ChairStandIn.on(LocalDate.of(2026, 12, 2), TERM, NEXT, List.of(LEAVE), List.of(LEAVE)));
    }

    @Test
    void withoutAViceChairOrAChairTermNobodyStandsIn() {
        assertEquals(Optional.empty(), ChairStandIn.on(LocalDate.of(2026, 12, 2), TERM, null, List.of(LEAVE), List.of()));
        assertEquals(Optional.empty(), ChairStandIn.on(LocalDate.of(2026, 12, 2), null, NEXT, List.of(LEAVE), List.of()));
    }

    @Test
    void aLeaveOfSomeoneWhoIsNotChairHandsNothingOver() {
        assertEquals(Optional.empty(), ChairStandIn.on(LocalDate.of(2026, 12, 2), TERM, NEXT, List.of(), List.of()));
    }
}
