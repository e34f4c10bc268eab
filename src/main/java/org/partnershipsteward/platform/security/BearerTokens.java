package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who an {@code Authorization: Bearer} token speaks for, asked on every API call that sends one: one indexed query by
 * the token's SHA-256 that also checks that it is neither revoked nor expired and that its account is open, and yields
 * the account's roles <em>of the moment</em> (a role taken away is gone from the next call). Nothing is cached, so a
 * revocation or a closed account counts at once on every instance.
 */
@ApplicationScoped
public class BearerTokens {

    /** The caller a working token names. */
    public record Caller(String email, Set<String> roles) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The caller, or empty for a malformed, unknown, revoked or expired token or a closed account. */
    @SuppressWarnings("unchecked")
    public Optional<Caller> authenticate(String secret) {
        if (!ApiTokenRules.wellFormed(secret)) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT a.email, r.role FROM api_token t "
                + "JOIN account a ON a.id = t.account_id LEFT JOIN account_role r ON r.account_id = a.id "
                + "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND a.enabled = TRUE")
                .setParameter(1, Tokens.hash(secret)).setParameter(2, Timestamp.from(clock.instant())).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> roles = new TreeSet<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                roles.add((String) row[1]);
            }
        }
        return Optional.of(new Caller((String) rows.get(0)[0], roles));
    }
}
