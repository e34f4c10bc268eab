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
 * a role or status change counts from the next request. {@link #forget()} empties the cache, {@link #forget(String)}
 * an account's entries (a closed account's, at once, on this instance).
 */
public final class VerifiedCredentials {

    static final int MAX_ENTRIES = 10_000;

    /** Until when a key counts, and whose it is (so an account's entries can be forgotten when it is closed). */
    private record Entry(String email, long expiry) {
    }

    private final Map<String, Entry> expiries = new ConcurrentHashMap<>();
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
        Entry entry = expiries.get(key);
        if (entry == null) {
            return false;
        }
        if (entry.expiry() <= clock.getAsLong()) {
            expiries.remove(key, entry);
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
            expiries.values().removeIf(entry -> entry.expiry() <= now);
            if (expiries.size() >= MAX_ENTRIES) {
                expiries.clear();
            }
        }
        expiries.put(key(email, password, storedHash), new Entry(Account.normalizeEmail(email), now + ttl.toMillis()));
    }

    /** Forgets every password verified for this account (it was closed); other accounts keep theirs. */
    public void forget(String email) {
        String normalized = Account.normalizeEmail(email);
        expiries.values().removeIf(entry -> entry.email().equals(normalized));
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
