package org.partnershipsteward.notice.control;

import java.util.Objects;

/** The one attendee an invite is addressed to (iMIP sends each member their own copy). */
public record SummitAttendee(String name, String email, ParticipationStatus status) {

    public SummitAttendee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("attendee email is required");
        }
    }
}
