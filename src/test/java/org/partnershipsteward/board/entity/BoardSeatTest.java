package org.partnershipsteward.board.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BoardSeatTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static BoardSeat heldBy(long holder, Long alternate) {
        BoardSeat seat = new BoardSeat("POLICE_CHIEF", 3, LocalDate.of(2026, 1, 1), NOW);
        seat.seat(holder, alternate, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), NOW);
        return seat;
    }

    @Test
    void theAlternateActsForTheSeatOnlyWhileItIsVacant() {
        BoardSeat seat = heldBy(10, 20L);
        assertNull(seat.getActingId(), "the holder holds the seat's vote; the alternate stands by");
        seat.vacate(LocalDate.of(2026, 6, 1), NOW);
        assertEquals(20L, seat.getActingId(), "a vacant seat's alternate acts for it");
        seat.seat(30, 20L, LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30), NOW);
        assertNull(seat.getActingId(), "a new holder is seated: the acting ends");
    }

    @Test
    void aVacantSeatWithoutAnAlternateHasNobodyActing() {
        BoardSeat seat = heldBy(10, null);
        seat.vacate(LocalDate.of(2026, 6, 1), NOW);
        assertNull(seat.getActingId());
    }
}
