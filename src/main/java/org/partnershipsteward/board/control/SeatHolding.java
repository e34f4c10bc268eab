package org.partnershipsteward.board.control;

import java.time.LocalDate;
import java.util.Objects;

import org.partnershipsteward.organization.entity.Sector;

/**
 * A board seat as the chair rotation sees it. {@code holderId} is {@code null} for a vacant
 * seat; {@code holderSince} is when the holder took the seat ({@code null} = unknown, counted
 * as long enough); {@code order} is the seat's place in the board's listing (lower first).
 */
public record SeatHolding(long seatId, String seatTypeCode, Sector sector, int order, Long holderId,
        LocalDate holderSince) {

    public SeatHolding {
        Objects.requireNonNull(seatTypeCode, "seatTypeCode");
        Objects.requireNonNull(sector, "sector");
    }

    /** Whether nobody holds the seat. */
    public boolean vacant() {
        return holderId == null;
    }
}
