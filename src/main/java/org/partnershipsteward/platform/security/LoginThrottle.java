package org.partnershipsteward.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * Slows down password guessing, for the form login and HTTP Basic alike. Each failed sign-in is stored
 * twice, under the account's email and under the client's address; when either has reached its limit
 * within the window ({@code partnership.security.login.*}), further attempts are refused, without
 * checking the password, until the oldest counted failure leaves the window.
 * <p>
 * Refused attempts are not counted, so a cooling period never grows: an attacker who knows an email can
 * delay its owner by at most one window per burst of failures, never lock them out for good, and a
 * successful sign-in or a new password clears the account's count. The rows are in the database, so two
 * app instances share one count.
 */
@Stateless
@PermitAll
public class LoginThrottle {

    /** What the throttle says before a password is checked: how long to wait, and whether to clear on success. */
    public record Verdict(Optional<Duration> retryAfter, boolean hadFailures) {

        public boolean refused() {
            return retryAfter.isPresent();
        }
    }

    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Verdict check(String email, String address) {
        long now = clock.millis();
        List<Long> account = recent(accountKey(email), now, config.loginMaxFailures());
        List<Long> client = recent(addressKey(address), now, config.loginMaxFailuresPerAddress());
        Optional<Duration> wait = wait(account, config.loginMaxFailures(), config.loginWindow(), now);
        Optional<Duration> waitAddress = wait(client, config.loginMaxFailuresPerAddress(), config.loginWindow(), now);
        if (waitAddress.isPresent() && (wait.isEmpty() || waitAddress.get().compareTo(wait.get()) > 0)) {
            wait = waitAddress;
        }
        return new Verdict(wait, !account.isEmpty());
    }

    /** Counts a failed sign-in; audits the moment an account or address starts cooling down. */
    public void failed(String email, String address) {
        long now = clock.millis();
        long windowStart = now - config.loginWindow().toMillis();
        em.createNativeQuery("DELETE FROM login_failure WHERE failed_ms <= ?").setParameter(1, windowStart).executeUpdate();
        String accountKey = accountKey(email);
        String addressKey = addressKey(address);
        for (String subject : List.of(accountKey, addressKey)) {
            em.createNativeQuery("INSERT INTO login_failure (subject, failed_ms) VALUES (?, ?)")
                    .setParameter(1, subject).setParameter(2, now).executeUpdate();
        }
        if (count(accountKey, windowStart) == config.loginMaxFailures()) {
            audit.record("LOGIN_THROTTLED", "Account", null, accountKey);
        }
        if (count(addressKey, windowStart) == config.loginMaxFailuresPerAddress()) {
            audit.record("LOGIN_THROTTLED", "Address", null, addressKey);
        }
    }

    /** A correct password (or a new one) ends the account's cooling down; the address keeps its count. */
    public void succeeded(String email) {
        em.createNativeQuery("DELETE FROM login_failure WHERE subject = ?").setParameter(1, accountKey(email)).executeUpdate();
    }

    /**
     * How long to wait given the most recent failures (newest first, at most {@code limit}): none while
     * fewer than the limit fall in the window, else until the oldest of them leaves it.
     */
    static Optional<Duration> wait(List<Long> newestFirst, int limit, Duration window, long now) {
        List<Long> inWindow = newestFirst.stream().filter(t -> t > now - window.toMillis()).limit(limit).toList();
        if (inWindow.size() < limit) {
            return Optional.empty();
        }
        long until = inWindow.get(limit - 1) + window.toMillis();
        return Optional.of(Duration.ofMillis(Math.max(1000, until - now)));
    }

    static String accountKey(String email) {
        String normalized = Account.normalizeEmail(email == null ? "" : email);
        return ACCOUNT + (normalized.length() > 320 ? normalized.substring(0, 320) : normalized);
    }

    static String addressKey(String address) {
        String a = address == null ? "unknown" : address;
        return ADDRESS + (a.length() > 100 ? a.substring(0, 100) : a);
    }

    @SuppressWarnings("unchecked")
    private List<Long> recent(String subject, long now, int limit) {
        List<Number> rows = em.createNativeQuery("SELECT failed_ms FROM login_failure WHERE subject = ? AND failed_ms > ? "
                + "ORDER BY failed_ms DESC").setParameter(1, subject)
                .setParameter(2, now - config.loginWindow().toMillis()).setMaxResults(limit).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    private long count(String subject, long windowStart) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM login_failure WHERE subject = ? AND failed_ms > ?")
                .setParameter(1, subject).setParameter(2, windowStart).getSingleResult()).longValue();
    }

    /** Seconds for a Retry-After header, rounded up. */
    public static long seconds(Duration wait) {
        return (wait.toMillis() + 999) / 1000;
    }
}
