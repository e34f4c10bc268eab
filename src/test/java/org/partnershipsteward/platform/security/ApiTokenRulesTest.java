package org.partnershipsteward.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 21, API tokens: their shape, what a new one may be, until when it works, and how the header is read. */
class ApiTokenRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aNewSecretIsThePrefixAnd256RandomBitsAndNeverTheSameTwice() {
        String a = ApiTokenRules.newSecret();
        String b = ApiTokenRules.newSecret();
        assertTrue(a.startsWith("pst_"), a);
        assertEquals(4 + 43, a.length()); // 32 bytes, base64url without padding
        assertTrue(ApiTokenRules.wellFormed(a));
        assertNotEquals(a, b);
    }

    @Test
    void malformedSecretsAreRefusedBeforeTheDatabaseIsAsked() {
        assertFalse(ApiTokenRules.wellFormed(null));
        assertFalse(ApiTokenRules.wellFormed(""));
        assertFalse(ApiTokenRules.wellFormed("A".repeat(43))); // a link token, not an API token
        assertFalse(ApiTokenRules.wellFormed("pst_" + "A".repeat(42)));
        assertFalse(ApiTokenRules.wellFormed("pst_" + "A".repeat(44)));
        assertFalse(ApiTokenRules.wellFormed("pst_" + "A".repeat(42) + "'"));
    }

    @Test
    void aNameAndAnExpiryFromTomorrowToAYearAheadAreAccepted() {
        assertEquals(Map.of(), ApiTokenRules.problems("nightly export", TODAY.plusDays(1), TODAY, 0));
        assertEquals(Map.of(), ApiTokenRules.problems("nightly export", TODAY.plusDays(ApiTokenRules.MAX_DAYS), TODAY, 19));
    }

    @Test
    void aTokenNeedsANameOfAtMost100PlainCharacters() {
        assertTrue(ApiTokenRules.problems(null, TODAY.plusDays(5), TODAY, 0).containsKey("name"));
        assertTrue(ApiTokenRules.problems("  ", TODAY.plusDays(5), TODAY, 0).containsKey("name"));
        assertTrue(ApiTokenRules.problems("x".repeat(101), TODAY.plusDays(5), TODAY, 0).containsKey("name"));
        assertTrue(ApiTokenRules.problems("line\nbreak", TODAY.plusDays(5), TODAY, 0).containsKey("name"));
        assertEquals(Map.of(), ApiTokenRules.problems("x".repeat(100), TODAY.plusDays(5), TODAY, 0));
    }

    @Test
    void everyTokenExpiresAfterTodayAndAtMost366DaysAhead() {
        assertTrue(ApiTokenRules.problems("a", null, TODAY, 0).containsKey("expiresOn"));
        assertTrue(ApiTokenRules.problems("a", TODAY, TODAY, 0).containsKey("expiresOn"));
        assertTrue(ApiTokenRules.problems("a", TODAY.minusDays(1), TODAY, 0).containsKey("expiresOn"));
        assertTrue(ApiTokenRules.problems("a", TODAY.plusDays(ApiTokenRules.MAX_DAYS + 1), TODAY, 0).containsKey("expiresOn"));
    }

    @Test
    void anAccountHoldsAtMost20WorkingTokens() {
        Map<String, String> problems = ApiTokenRules.problems("one more", TODAY.plusDays(5), TODAY, ApiTokenRules.MAX_ACTIVE);
        assertTrue(problems.get("name").contains("revoke one first"), problems.toString());
    }

    @Test
    void aTokenWorksUntilTheEndOfItsLastDayInThePartnershipsTimeZone() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        Instant end = ApiTokenRules.expiresAt(LocalDate.of(2026, 12, 31), chicago);
        assertEquals(Instant.parse("2027-01-01T06:00:00Z"), end);
        assertTrue(ApiTokenRules.works(end, null, end.minusMillis(1)));
        assertFalse(ApiTokenRules.works(end, null, end));
    }

    @Test
    void aRevokedTokenStopsAtOnceEvenBeforeItsExpiry() {
        Instant end = Instant.parse("2027-01-01T06:00:00Z");
        assertFalse(ApiTokenRules.works(end, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:00:01Z")));
    }

    @Test
    void aRevokedTokenKeepsTheMomentOfItsFirstRevocation() {
        ApiToken token = new ApiToken(1, "x", "h", Instant.parse("2026-12-01T00:00:00Z"), TODAY.plusDays(3),
                Instant.parse("2026-12-05T06:00:00Z"));
        token.revoke(Instant.parse("2026-12-02T00:00:00Z"));
        token.revoke(Instant.parse("2026-12-03T00:00:00Z"));
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), token.getRevokedAt());
        assertFalse(token.toString().contains("h\""), "the hash stays out of toString");
    }

    @Test
    void bearerHeadersAreReadCaseInsensitivelyAndOtherSchemesAreLeftToBasic() {
        assertEquals("pst_abc", ApiAuthentication.parseBearer("Bearer pst_abc").orElseThrow());
        assertEquals("pst_abc", ApiAuthentication.parseBearer("bearer  pst_abc ").orElseThrow());
        assertTrue(ApiAuthentication.parseBearer("Basic abc").isEmpty());
        assertTrue(ApiAuthentication.parseBearer(null).isEmpty());
    }
}
