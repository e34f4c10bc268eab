package org.partnershipsteward.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final long NOW = 10_000_000L;

    private static long minutesAgo(int minutes) {
        return NOW - minutes * 60_000L;
    }

    @Test
    void fewerFailuresThanTheLimitWithinTheWindowDoNotCoolDown() {
        assertTrue(LoginThrottle.wait(List.of(minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4)), 5, WINDOW, NOW).isEmpty());
    }

    @Test
    void theFifthFailureWithinTheWindowCoolsDownUntilTheOldestOfThemLeavesIt() {
        var wait = LoginThrottle.wait(List.of(minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(5)), 5, WINDOW, NOW);
        assertEquals(Duration.ofMinutes(10), wait.orElseThrow(), "15 minutes after the failure of 5 minutes ago");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        assertTrue(LoginThrottle.wait(List.of(minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(16)), 5, WINDOW, NOW).isEmpty());
    }

    @Test
    void theCoolingDownNeverLastsLongerThanTheWindowSoNobodyIsLockedOutForGood() {
        var wait = LoginThrottle.wait(List.of(NOW, NOW, NOW, NOW, NOW, NOW, NOW), 5, WINDOW, NOW);
        assertEquals(WINDOW, wait.orElseThrow());
    }

    @Test
    void accountsAreKeyedByTheirNormalisedEmailAndAddressesApart() {
        assertEquals(LoginThrottle.accountKey(" Member@Steward.Example "), LoginThrottle.accountKey("member@steward.example"));
        assertTrue(LoginThrottle.accountKey("x".repeat(5000)).length() <= 330, "fits the column");
        assertTrue(LoginThrottle.addressKey(null).startsWith(LoginThrottle.ADDRESS));
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndMinutesInWords() {
        assertEquals(2, LoginThrottle.seconds(Duration.ofMillis(1001)));
        assertEquals("1 minute", SignIn.minutes(20));
        assertEquals("15 minutes", SignIn.minutes(900));
    }
}
