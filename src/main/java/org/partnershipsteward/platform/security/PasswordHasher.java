package org.partnershipsteward.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 (HMAC-SHA-256, 120,000 iterations, 32-byte salt) through the container's {@link Pbkdf2PasswordHash}. */
@ApplicationScoped
public class PasswordHasher {

    /** A hash of a random password, verified when an email is unknown so timing does not reveal accounts. */
    private String decoy;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
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
}
