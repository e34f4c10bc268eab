package org.partnershipsteward.notice.control;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A summit as a calendar event. {@code uid} must stay the same for the summit's whole life
 * (see {@link CalendarInvite#summitUid}); {@code sequence} grows with every change attendees
 * should see (time, place, cancellation). {@code description}, {@code location} and {@code url}
 * may be null. The event is written in the zone of {@code start}.
 */
public record SummitEvent(String uid, int sequence, String title, String description,
                          ZonedDateTime start, ZonedDateTime end, String location, String url,
                          String organizerName, String organizerEmail) {

    public SummitEvent {
        requireText(uid, "uid");
        requireText(title, "title");
        requireText(organizerEmail, "organizerEmail");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        if (!end.toInstant().isAfter(start.toInstant())) {
            throw new IllegalArgumentException("a summit must end after it starts");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
