package org.partnershipsteward.board.boundary;

import java.time.LocalDate;
import java.util.List;
import org.partnershipsteward.board.entity.ActingReason;

/** The board as {@code GET /api/board} shows it: seats, chair, vice-chair and the rotation ahead. */
public record BoardView(List<Seat> seats, Term chair, Term viceChair, List<Term> rotation, List<Term> pastChairs,
        Term chairStandIn) {

    /**
     * One seat. While it is vacant or its holder on leave ({@code absence}, today's), its alternate acts for it:
     * {@code actingId} (the BOARD role and the seat's vote), since {@code actingSince}, because {@code actingReason}
     * ({@code VACANT} or {@code ABSENT}).
     */
    public record Seat(long id, String type, String typeName, int position, Long holderId, String holderName,
            Long alternateId, String alternateName, LocalDate termStart, LocalDate termEnd, boolean vacant,
            LocalDate vacantSince, Long actingId, String actingName, LocalDate actingSince, ActingReason actingReason,
            AbsenceView absence) {
    }

    /** A chair term. */
    public record Term(long memberId, String memberName, long seatId, LocalDate from, LocalDate to) {
    }
}
