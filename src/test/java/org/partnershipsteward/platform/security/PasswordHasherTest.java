package org.partnershipsteward.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Issue 21: PBKDF2-HMAC-SHA256 at OWASP's 600,000 iterations, and older hashes recognised for rehashing at sign-in. */
class PasswordHasherTest {

    @Test
    void theWorkFactorIsOwaspsFigureForPbkdf2HmacSha256() {
        assertEquals("PBKDF2WithHmacSHA256", PasswordHasher.ALGORITHM);
        assertEquals(600_000, PasswordHasher.ITERATIONS);
    }

    @Test
    void aHashWithFewerIterationsThanTodaysNeedsARehash() {
        assertTrue(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:120000:c2FsdA==:aGFzaA=="));
        assertFalse(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="));
        assertFalse(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:1000000:c2FsdA==:aGFzaA=="));
    }

    @Test
    void anotherAlgorithmOrAnUnreadableHashNeedsARehashAndNoHashDoesNot() {
        assertTrue(PasswordHasher.needsRehash("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="));
        assertTrue(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:lots:c2FsdA==:aGFzaA=="));
        assertFalse(PasswordHasher.needsRehash(null)); // an account without a password yet has nothing to upgrade
        assertEquals(OptionalInt.empty(), PasswordHasher.iterations("garbage"));
        assertEquals(OptionalInt.of(120000), PasswordHasher.iterations("PBKDF2WithHmacSHA256:120000:c2FsdA==:aGFzaA=="));
    }
}
