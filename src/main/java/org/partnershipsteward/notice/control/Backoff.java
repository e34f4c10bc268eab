package org.partnershipsteward.notice.control;

import java.time.Duration;

/**
 * When to try a notice again: the delay doubles with every failed attempt, from {@code first} up to
 * {@code max}; after {@code maxAttempts} failures the notice is {@code FAILED} and waits for the secretariat.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Backoff needs 0 < first <= max and maxAttempts >= 1");
        }
    }

    /** The delay before the next try after {@code failedAttempts} failures (1 = the first failure). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Whether a notice that failed {@code failedAttempts} times has used up its tries. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
