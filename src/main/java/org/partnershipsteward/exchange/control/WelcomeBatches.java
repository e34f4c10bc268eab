package org.partnershipsteward.exchange.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When the welcome mail to the n-th imported member is due: {@code size} mails per batch, one batch every
 * {@code interval}, the first at once; the outbox's relay sends each when it is due.
 */
public record WelcomeBatches(int size, Duration interval) {

    public WelcomeBatches {
        if (size < 1 || interval.isNegative()) {
            throw new IllegalArgumentException("a batch holds at least one mail, and batches do not go back in time");
        }
    }

    public Instant dueAt(int index, Instant start) {
        return start.plus(interval.multipliedBy(index / size));
    }
}
