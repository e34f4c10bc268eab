package org.partnershipsteward.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * Validates an email and password against the accounts in the database and yields the roles. The
 * account is read on every call, so its roles and status are always current; only the PBKDF2 check of
 * a password verified moments ago is skipped ({@link VerifiedCredentials}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    private VerifiedCredentials verified;

    @PostConstruct
    void init() {
        verified = new VerifiedCredentials(clock::millis, config.basicCache());
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
                verified.remember(email, password, account.getPasswordHash());
            }
        }
        if (!ok) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.getEmail(), account.getRoles());
    }
}
