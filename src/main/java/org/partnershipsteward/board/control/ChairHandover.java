package org.partnershipsteward.board.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The running chair left the board: {@code interrupted} is their term as it was recorded,
 * {@code effective} the day the successor takes over (the rest of the term), and
 * {@code successor} the successor's term, empty when no seat holder is left. The caller ends
 * the interrupted term with {@link #endedTerm()}, stores the successor's term and sends
 * CHAIR_HANDOVER.
 */
public record ChairHandover(ChairTerm interrupted, LocalDate effective, Optional<ChairTerm> successor) {

    public ChairHandover {
        Objects.requireNonNull(interrupted, "interrupted");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(successor, "successor");
    }

    /** The interrupted term cut to end the day before the hand-over; empty if it began that day. */
    public Optional<ChairTerm> endedTerm() {
        if (!interrupted.from().isBefore(effective)) {
            return Optional.empty();
        }
        return Optional.of(new ChairTerm(interrupted.memberId(), interrupted.seatId(), interrupted.from(),
                effective.minusDays(1)));
    }
}
