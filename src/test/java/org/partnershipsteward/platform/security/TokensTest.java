package org.partnershipsteward.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RSVP, unsubscribe and password links: unguessable tokens, only their hash stored, malformed ones refused early. */
class TokensTest {

    @Test
    void tokensCarry256RandomBitsAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = Tokens.random();
            assertEquals(43, token.length(), "256 bits in URL-safe Base64 without padding");
            assertTrue(Tokens.wellFormed(token));
            assertTrue(seen.add(token));
        }
    }

    @Test
    void theStoredHashIsStableAndDoesNotRevealTheToken() {
        String token = Tokens.random();
        assertEquals(Tokens.hash(token), Tokens.hash(token));
        assertEquals(64, Tokens.hash(token).length());
        assertFalse(Tokens.hash(token).contains(token));
        assertNotEquals(Tokens.hash(token), Tokens.hash(Tokens.random()));
    }

    @Test
    void malformedTokensAreRefusedBeforeTheDatabaseIsAsked() {
        for (String bad : new String[] {null, "", "short", "A".repeat(42), "A".repeat(44), "A".repeat(42) + "!",
                "' OR 1=1 --AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
            assertFalse(Tokens.wellFormed(bad), String.valueOf(bad));
        }
    }
}
