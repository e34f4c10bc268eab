package org.partnershipsteward.platform.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of API tokens as pure functions (issue 21): what a token looks like, what a new one may be called and how
 * long it may live, and until when it works. The boundary ({@link ApiTokens}) applies them.
 */
public final class ApiTokenRules {

    /** Marks the secret as this application's API token: secret scanners and log filters can recognise it. */
    public static final String PREFIX = "pst_";
    public static final int MAX_NAME_LENGTH = 100;
    /** The longest a token may live: a script's credential is renewed at least once a year. */
    public static final int MAX_DAYS = 366;
    /** Tokens an account may hold at once (not revoked, not expired): bounds what one account can create. */
    public static final int MAX_ACTIVE = 20;

    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    private ApiTokenRules() {
    }

    /** A new secret: the prefix and 256 random bits, URL-safe. */
    public static String newSecret() {
        return PREFIX + Tokens.random();
    }

    /** Whether a Bearer value can be a token at all (checked before the database is asked). */
    public static boolean wellFormed(String secret) {
        return secret != null && SHAPE.matcher(secret).matches();
    }

    /**
     * What is wrong with a new token's name and expiry, by field; empty when nothing is. The expiry is a day from
     * tomorrow to {@value #MAX_DAYS} days ahead; {@code active} is how many working tokens the account holds already.
     */
    public static Map<String, String> problems(String name, LocalDate expiresOn, LocalDate today, long active) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", "is required: say which script or integration uses the token");
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            problems.put("name", "is at most " + MAX_NAME_LENGTH + " characters");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.put("name", "must not contain control characters");
        }
        if (expiresOn == null) {
            problems.put("expiresOn", "is required (a date such as " + today.plusDays(90) + ")");
        } else if (!expiresOn.isAfter(today)) {
            problems.put("expiresOn", "must be after today (" + today + ")");
        } else if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            problems.put("expiresOn", "is at most " + MAX_DAYS + " days ahead (" + today.plusDays(MAX_DAYS) + ")");
        }
        if (active >= MAX_ACTIVE) {
            problems.put("name", "you hold " + active + " working tokens, the most allowed: revoke one first");
        }
        return problems;
    }

    /** The moment a token stops working: the end of its last day in the partnership's time zone. */
    public static Instant expiresAt(LocalDate expiresOn, ZoneId zone) {
        return expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether a token works at {@code now}: not revoked and not expired. */
    public static boolean works(Instant expiresAt, Instant revokedAt, Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
