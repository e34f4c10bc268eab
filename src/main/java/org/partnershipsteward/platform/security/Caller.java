package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is signed in for this request: the caller's email and account, looked up once per request however
 * many rows of a page ask (a board queue asks for each row's "my vote").
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    /** The signed-in caller's email (the login name), or empty for an anonymous request. */
    public Optional<String> email() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }

    /** The signed-in caller's account, or empty for an anonymous request. */
    public Optional<Account> account() {
        if (account == null) {
            account = email().flatMap(accounts::byEmail);
        }
        return account;
    }

    /** The account of a caller the container has already authenticated (a role was required to get here). */
    public Account requireAccount() {
        return account().orElseThrow(() -> new IllegalStateException("a signed-in caller without an account"));
    }
}
