package org.partnershipsteward.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final AtomicLong clock = new AtomicLong(1_800_000_000_000L);
    private final VerifiedCredentials cache = new VerifiedCredentials(clock::get, Duration.ofSeconds(60));

    @Test
    void aVerifiedPasswordIsKnownUntilTheTimeToLiveEnds() {
        cache.remember("a@b.example", "secret".toCharArray(), "hash-1");
        assertTrue(cache.known("A@B.example", "secret".toCharArray(), "hash-1"));
        clock.addAndGet(60_000);
        assertFalse(cache.known("a@b.example", "secret".toCharArray(), "hash-1"));
        assertEquals(0, cache.size(), "expired entries are dropped when met");
    }

    @Test
    void aNewPasswordHashInvalidatesTheEntryAtOnce() {
        cache.remember("a@b.example", "secret".toCharArray(), "hash-1");
        assertFalse(cache.known("a@b.example", "secret".toCharArray(), "hash-2"), "password changed");
    }

    @Test
    void anotherPasswordOrEmailIsNotKnown() {
        cache.remember("a@b.example", "secret".toCharArray(), "hash-1");
        assertFalse(cache.known("a@b.example", "Secret".toCharArray(), "hash-1"));
        assertFalse(cache.known("c@b.example", "secret".toCharArray(), "hash-1"));
    }

    @Test
    void theKeyHoldsNoPassword() {
        String key = VerifiedCredentials.key("a@b.example", "secret".toCharArray(), "hash-1");
        assertEquals(64, key.length());
        assertFalse(key.contains("secret"));
    }

    @Test
    void aClosedAccountsVerifiedPasswordsAreForgottenAndOnlyThose() {
        cache.remember("Left@Example.org", "pw-one".toCharArray(), "hash-1");
        cache.remember("left@example.org", "pw-two".toCharArray(), "hash-1");
        cache.remember("stays@example.org", "pw-one".toCharArray(), "hash-2");
        cache.forget(" LEFT@example.org ");
        assertFalse(cache.known("left@example.org", "pw-one".toCharArray(), "hash-1"));
        assertFalse(cache.known("left@example.org", "pw-two".toCharArray(), "hash-1"));
        assertTrue(cache.known("stays@example.org", "pw-one".toCharArray(), "hash-2"), "another account keeps its entry");
        assertEquals(1, cache.size());
    }

    @Test
    void aZeroTimeToLiveTurnsTheCacheOff() {
        VerifiedCredentials off = new VerifiedCredentials(clock::get, Duration.ZERO);
        off.remember("a@b.example", "secret".toCharArray(), "hash-1");
        assertFalse(off.known("a@b.example", "secret".toCharArray(), "hash-1"));
    }

    @Test
    void theCacheStaysBoundedUnderAFloodOfLogins() {
        for (int i = 0; i < VerifiedCredentials.MAX_ENTRIES + 10; i++) {
            cache.remember("user" + i + "@b.example", "secret".toCharArray(), "hash");
        }
        assertTrue(cache.size() <= VerifiedCredentials.MAX_ENTRIES);
        cache.forget();
        assertEquals(0, cache.size());
    }
}
