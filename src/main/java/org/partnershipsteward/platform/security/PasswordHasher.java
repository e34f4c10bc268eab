package org.partnershipsteward.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.OptionalInt;

/**
 * PBKDF2-HMAC-SHA256 with {@value #ITERATIONS} iterations and a 32-byte salt through the container's
 * {@link Pbkdf2PasswordHash}: the work factor OWASP's Password Storage Cheat Sheet gives for this algorithm
 * (docs/security.md). The stored form is {@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>}, so a hash made with
 * fewer iterations is recognised ({@link #needsRehash}) and replaced at the next successful sign-in.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256: 600,000 iterations. */
    static final int ITERATIONS = 600_000;

    /** A hash of a random password, verified when an email is unknown so timing does not reveal accounts. */
    private String decoy;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        if (storedHash == null) {
            hash.verify(password, decoy);
            return false;
        }
        return hash.verify(password, storedHash);
    }

    /** Whether a stored hash was made with another algorithm or fewer iterations than today's (an older release's). */
    public static boolean needsRehash(String storedHash) {
        return storedHash != null && (!storedHash.startsWith(ALGORITHM + ":") || iterations(storedHash).orElse(0) < ITERATIONS);
    }

    /** The iteration count a stored hash names ({@code algorithm:iterations:salt:hash}); empty when unreadable. */
    static OptionalInt iterations(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
