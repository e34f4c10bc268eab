package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Links that let a member act on one thing without signing in (answer an invitation, a survey): a random
 * token whose SHA-256 is stored with the thing's id, the member's id and an expiry, in the caller's
 * transaction. Each kind of link has its table ({@link Kind}); resolving one changes nothing.
 */
@Dependent
public class MemberLinks {

    /** The table of a kind of link and the column naming the thing it is about. */
    public enum Kind {
        RSVP("rsvp_token", "summit_id"), SURVEY("survey_token", "survey_id"), ACTION("action_token", "action_item_id");

        final String table;
        final String column;

        Kind(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** What a valid link names. */
    public record Target(long subjectId, long memberId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new link token for the member and the thing, valid until {@code expires}. */
    public String issue(Kind kind, long subjectId, long memberId, Instant expires) {
        String token = Tokens.random();
        em.createNativeQuery("INSERT INTO " + kind.table + " (token_hash, " + kind.column + ", member_id, expires_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, Tokens.hash(token)).setParameter(2, subjectId).setParameter(3, memberId)
                .setParameter(4, Timestamp.from(expires)).executeUpdate();
        return token;
    }

    /** What the token names, if it is well formed, known and not expired. */
    public Optional<Target> resolve(Kind kind, String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        // the expiry is compared in SQL: drivers differ in the Java type they return for DATETIME
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + kind.column + ", member_id FROM " + kind.table
                + " WHERE token_hash = ? AND expires_at > ?")
                .setParameter(1, Tokens.hash(token)).setParameter(2, Timestamp.from(clock.instant())).getResultList();
        return rows.stream().findFirst().map(r -> new Target(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    }
}
