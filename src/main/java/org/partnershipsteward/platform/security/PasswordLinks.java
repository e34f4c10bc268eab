package org.partnershipsteward.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * One-time links to set a password (welcome) or reset it (forgot password). A password never travels
 * by email; only the SHA-256 of a link's random token is stored, and a link works once, until it expires.
 */
@Stateless
@PermitAll
public class PasswordLinks {

    /** Why a link was sent. */
    public enum Purpose {
        WELCOME, RESET
    }

    /** A reset link was issued for an account; the notice component mails it. */
    public record ResetRequested(String email, String name, String link, Instant expiresAt) {
    }

    public static final int MIN_PASSWORD_LENGTH = 12;
    static final Duration RESET_VALIDITY = Duration.ofHours(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PartnershipConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ResetRequested> resetRequested;

    @Inject
    LoginThrottle throttle;

    /** Issues a link for the account and returns its absolute URL (to put in a mail, never to log). */
    public String issue(long accountId, Purpose purpose, Duration validity) {
        String token = Tokens.random();
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO password_token (token_hash, account_id, purpose, expires_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?)").setParameter(1, Tokens.hash(token)).setParameter(2, accountId)
                .setParameter(3, purpose.name()).setParameter(4, Timestamp.from(now.plus(validity)))
                .setParameter(5, Timestamp.from(now)).executeUpdate();
        return config.baseUrl() + "/set-password.xhtml?token=" + token;
    }

    /**
     * "Forgot password": mails a reset link when an enabled account has this email. Answers the same
     * either way, so the form does not reveal who has an account.
     */
    public void requestReset(String email) {
        Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email)).getResultStream().findFirst().orElse(null);
        if (account == null || !account.isEnabled()) {
            return;
        }
        String link = issue(account.getId(), Purpose.RESET, RESET_VALIDITY);
        resetRequested.fire(new ResetRequested(account.getEmail(), account.getDisplayName(), link,
                clock.instant().plus(RESET_VALIDITY)));
        audit.record("PASSWORD_RESET_REQUESTED", "Account", account.getId(), account.getEmail());
    }

    /** Whether a link can still set a password (known, unused, not expired): the page says so before asking. */
    public boolean usable(String token) {
        if (!Tokens.wellFormed(token)) {
            return false;
        }
        return !em.createNativeQuery("SELECT account_id FROM password_token WHERE token_hash = ? AND used_at IS NULL "
                + "AND expires_at > ?").setParameter(1, Tokens.hash(token)).setParameter(2, Timestamp.from(clock.instant()))
                .getResultList().isEmpty();
    }

    /** Sets the password through a link; empty when the link is unknown, used or expired. */
    public Optional<String> setPassword(String token, char[] password) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        // the expiry is compared in SQL: drivers differ in the Java type they return for DATETIME
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT account_id FROM password_token "
                + "WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE")
                .setParameter(1, Tokens.hash(token)).setParameter(2, Timestamp.from(clock.instant())).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long accountId = rows.get(0).longValue();
        Account account = em.find(Account.class, accountId);
        account.setPasswordHash(hasher.hash(password));
        em.createNativeQuery("UPDATE password_token SET used_at = ? WHERE token_hash = ?")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, Tokens.hash(token)).executeUpdate();
        audit.record("PASSWORD_SET", "Account", accountId, account.getEmail());
        throttle.succeeded(account.getEmail()); // a new password ends a cooling down
        return Optional.of(account.getEmail());
    }

}
