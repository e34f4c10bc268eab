package org.partnershipsteward.incident.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How long the recipients of an alert took to acknowledge it: the time until half of them had (the
 * ⌈n/2⌉-th acknowledgement) and until all of them had. A time not reached yet is null.
 */
public final class AcknowledgementTimes {

    /** Minutes (fractional) to half and to all; null where not reached. */
    public record Times(Double toHalfMinutes, Double toAllMinutes) {
    }

    private AcknowledgementTimes() {
    }

    public static Times of(Instant sentAt, int recipients, Collection<Instant> acknowledgements) {
        Objects.requireNonNull(sentAt, "sentAt");
        if (recipients <= 0) {
            return new Times(null, null);
        }
        List<Instant> sorted = acknowledgements.stream().filter(Objects::nonNull).sorted().toList();
        int half = (recipients + 1) / 2;
        return new Times(nth(sentAt, sorted, half), nth(sentAt, sorted, recipients));
    }

    private static Double nth(Instant sentAt, List<Instant> sorted, int n) {
        if (sorted.size() < n) {
            return null;
        }
        Duration d = Duration.between(sentAt, sorted.get(n - 1));
        return Math.max(0, d.toMillis()) / 60_000.0;
    }
}
