package org.partnershipsteward.board.control;

import java.time.LocalDate;
import java.util.Objects;

/** A member's term as chair, held from the seat {@code seatId}, both dates inclusive. */
public record ChairTerm(long memberId, long seatId, LocalDate from, LocalDate to) {

    public ChairTerm {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a chair term cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Whether the term runs on that day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
