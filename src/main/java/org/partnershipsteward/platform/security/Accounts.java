package org.partnershipsteward.platform.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.partnershipsteward.audit.boundary.AuditTrail;

/** Creates and finds logins. Used by start-up tasks and by other components' boundaries, never by a resource directly. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    /**
     * Closes the login of someone who left the partnership, on every way in at once: sign-in and HTTP Basic are
     * refused (the identity store reads {@code enabled} on every request; this instance's verified passwords are
     * forgotten too), and an open page session is turned away on its next request ({@link PageAuthentication}).
     */
    public void close(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account != null && account.isEnabled()) {
            account.disable();
            identityStore.forget(account.getEmail());
            audit.record("ACCOUNT_CLOSED", "Account", accountId, account.getEmail());
        }
    }

    /** Opens a closed login again (a member reinstated). */
    public void reopen(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account != null && !account.isEnabled()) {
            account.enable();
            audit.record("ACCOUNT_REOPENED", "Account", accountId, account.getEmail());
        }
    }

    /** Creates an account unless one with the email exists; returns the account either way. */
    public Account createIfAbsent(String email, String displayName, Set<String> roles, char[] password) {
        return createIfAbsentWithHash(email, displayName, roles, password == null ? null : hasher.hash(password));
    }

    /** The same with a hash computed once for many accounts (the demo accounts share one password). */
    public Account createIfAbsentWithHash(String email, String displayName, Set<String> roles, String passwordHash) {
        Optional<Account> existing = byEmail(email);
        if (existing.isPresent()) {
            return existing.get();
        }
        Account account = new Account(email, displayName, roles, clock.instant());
        account.setPasswordHash(passwordHash);
        em.persist(account);
        em.flush();
        audit.record("ACCOUNT_CREATED", "Account", account.getId(), account.getEmail() + " " + roles);
        return account;
    }
}
