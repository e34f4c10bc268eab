package org.partnershipsteward.bylaws.boundary;

import java.time.LocalDate;

/** Raised in the transaction that adopts a new bylaws version; every member is asked to acknowledge it. */
public record BylawsAmended(int version, LocalDate effectiveFrom, String summary) {
}
