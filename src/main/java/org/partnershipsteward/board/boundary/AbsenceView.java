package org.partnershipsteward.board.boundary;

import java.time.LocalDate;

/** A seat holder's leave as the API and the pages show it; {@code current}: today is within it. */
public record AbsenceView(long id, long seatId, long memberId, String memberName, LocalDate from, LocalDate to,
        String reason, String recordedBy, boolean current) {
}
