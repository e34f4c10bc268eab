package org.partnershipsteward.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers for a short while that an email and password matched an account's stored hash, so HTTP
 * Basic, which sends the password with every request, does not run PBKDF2 (~50 ms) each time.
 * <p>
 * The key is a SHA-256 of the email, the password <em>and the stored hash</em>; no password is kept.
 * A new password changes the stored hash and so misses the cache at once, on every instance; roles and
 * whether the account is enabled are not cached at all but read from the account on each request, so
 * a role or status change counts from the next request. {@link #forget()} empties the cache.
 */
public final class VerifiedCredentials {

    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> expiries = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final Duration ttl;

    /** @param clock the current time in epoch milliseconds (e.g. {@code Clock::millis}) */
    public VerifiedCredentials(LongSupplier clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Whether this password was verified against this stored hash less than the time-to-live ago. */
    public boolean known(String email, char[] password, String storedHash) {
        if (ttl.isZero() || storedHash == null) {
            return false;
        }
        String key = key(email, password, storedHash);
        Long expiry = expiries.get(key);
        if (expiry == null) {
            return false;
        }
        if (expiry <= clock.getAsLong()) {
            expiries.remove(key, expiry);
            return false;
        }
        return true;
    }

    public void remember(String email, char[] password, String storedHash) {
        if (ttl.isZero() || storedHash == null) {
            return;
        }
        long now = clock.getAsLong();
        if (expiries.size() >= MAX_ENTRIES) {
            expiries.values().removeIf(expiry -> expiry <= now);
            if (expiries.size() >= MAX_ENTRIES) {
                expiries.clear();
            }
        }
        expiries.put(key(email, password, storedHash), now + ttl.toMillis());
    }

    public void forget() {
        expiries.clear();
    }

    int size() {
        return expiries.size();
    }

    static String key(String email, char[] password, String storedHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Account.normalizeEmail(email).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            sha.update((byte) 0);
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
