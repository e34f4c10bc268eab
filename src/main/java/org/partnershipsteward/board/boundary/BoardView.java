package org.partnershipsteward.board.boundary;

import java.time.LocalDate;
import java.util.List;

/** The board as {@code GET /api/board} shows it: seats, chair, vice-chair and the rotation ahead. */
public record BoardView(List<Seat> seats, Term chair, Term viceChair, List<Term> rotation, List<Term> pastChairs) {

    /** One seat. While it is vacant its alternate acts for it: {@code actingId} (the BOARD role and the seat's vote). */
    public record Seat(long id, String type, String typeName, int position, Long holderId, String holderName,
            Long alternateId, String alternateName, LocalDate termStart, LocalDate termEnd, boolean vacant,
            LocalDate vacantSince, Long actingId, String actingName) {
    }

    /** A chair term. */
    public record Term(long memberId, String memberName, long seatId, LocalDate from, LocalDate to) {
    }
}
