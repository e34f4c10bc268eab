package org.partnershipsteward.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.persistence.DataSourceConfiguration;
import org.partnershipsteward.platform.persistence.PlainReads;

/**
 * Validates an email and password against the accounts in the database and yields the roles. The
 * account is read on every call, so its roles and status are always current; only the PBKDF2 check of
 * a password verified moments ago is skipped ({@link VerifiedCredentials}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AccountIdentityStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PasswordHasher hasher;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    @Inject
    PasswordUpgrade upgrade;

    private VerifiedCredentials verified;

    @PostConstruct
    void init() {
        verified = new VerifiedCredentials(clock::millis, config.basicCache());
    }

    /**
     * Whether the account with this email may still use the application (exists and is enabled), and if so its name
     * for the page header (the email when it has no name); empty when it may not. Read on every page request of a
     * signed-in session, so an account closed on any instance turns its sessions away at once.
     */
    public Optional<String> open(String email) {
        // plain JDBC on the application's pool, as BearerTokens: an entity manager and its unit of work built and
        // dropped for one row of three columns were a seventh of a light page's time (docs/quality.md, issue 21)
        return PlainReads.read(dataSource, OPEN, query -> query.setString(1, Account.normalizeEmail(email)),
                row -> row.next() && row.getBoolean(1) ? Optional.of(Account.shownName(row.getString(2), row.getString(3)))
                        : Optional.<String>empty(), "The session's account could not be read");
    }

    static final String OPEN = "SELECT enabled, display_name, email FROM account WHERE email = ?";

    /** Forgets the passwords verified for the account on this instance (it was closed). */
    public void forget(String email) {
        verified.forget(email);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = Account.normalizeEmail(login.getCaller());
        Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
        char[] password = login.getPassword().getValue();
        boolean enabled = account != null && account.isEnabled();
        boolean ok;
        if (enabled && verified.known(email, password, account.getPasswordHash())) {
            ok = true;
        } else {
            ok = enabled ? hasher.verify(password, account.getPasswordHash()) : hasher.verify(password, null);
            if (ok) {
                verified.remember(email, password, rehashIfOld(account, password));
            }
        }
        if (!ok) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.getEmail(), account.getRoles());
    }

    /**
     * A hash made with fewer iterations than today's (an older release's) is replaced now that the password is known;
     * returns the hash stored afterwards. A failed upgrade is logged and tried again at the next sign-in.
     */
    private String rehashIfOld(Account account, char[] password) {
        String old = account.getPasswordHash();
        if (!PasswordHasher.needsRehash(old)) {
            return old;
        }
        String fresh = hasher.hash(password);
        try {
            return upgrade.replace(account.getId(), old, fresh) ? fresh : old;
        } catch (RuntimeException e) {
            LOG.warning(() -> "The password hash of account " + account.getId() + " was not upgraded: " + e.getClass().getName());
            return old;
        }
    }
}
