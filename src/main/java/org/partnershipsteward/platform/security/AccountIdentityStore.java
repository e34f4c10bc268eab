package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Validates an email and password against the accounts in the database and yields the roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

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
        boolean ok = account != null && account.isEnabled()
                ? hasher.verify(password, account.getPasswordHash())
                : hasher.verify(password, null);
        if (!ok) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.getEmail(), account.getRoles());
    }
}
