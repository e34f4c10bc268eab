package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;

/** What both mechanisms do with an email and a password: ask the throttle, check the password, count the outcome. */
@ApplicationScoped
public class SignIn {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    LoginThrottle.Verdict throttle(UsernamePasswordCredential login, HttpServletRequest request) {
        return throttle.check(login.getCaller(), request.getRemoteAddr());
    }

    /** Checks the password; counts a failure, or clears the account's failures on success. */
    AuthenticationStatus validate(UsernamePasswordCredential login, LoginThrottle.Verdict verdict,
            HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (verdict.hadFailures()) {
                throttle.succeeded(login.getCaller());
            }
            return context.notifyContainerAboutLogin(result);
        }
        throttle.failed(login.getCaller(), request.getRemoteAddr());
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** "3 minutes", "1 minute": the wait in words, rounded up to whole minutes. */
    public static String minutes(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
