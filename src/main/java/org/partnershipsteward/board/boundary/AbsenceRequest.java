package org.partnershipsteward.board.boundary;

import java.time.LocalDate;

/** A seat holder's leave: first and last day (both included) and an optional reason (at most 200 characters). */
public record AbsenceRequest(LocalDate from, LocalDate to, String reason) {
}
