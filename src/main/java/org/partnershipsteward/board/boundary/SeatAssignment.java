package org.partnershipsteward.board.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Who holds a seat, for which term, and who is the designated alternate. */
public record SeatAssignment(
        @NotNull(message = "is required") Long holderId,
        Long alternateId,
        @NotNull(message = "is required") LocalDate termStart,
        @NotNull(message = "is required") LocalDate termEnd) {
}
