package org.partnershipsteward.minutes.boundary;

import java.time.LocalDate;

/** A new action item: what, who owns it (a member's id), by when. */
public record ActionRequest(String title, Long ownerMemberId, LocalDate due) {
}
