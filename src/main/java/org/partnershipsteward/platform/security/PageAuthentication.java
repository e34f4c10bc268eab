package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The pages' mechanism: a form login kept in the session. The login page calls {@code SecurityContext.authenticate}
 * with the credential; a protected page visited without a session redirects to the login page with the page to
 * return to. Every page request of a signed-in session checks that the account is still open, so closing it (a member
 * who left) turns its sessions away at once, on every instance.
 * <p>
 * Sessions are handled here rather than by {@code @AutoApplySession}: only a form login registers a session, and only
 * pages honour it (the API's mechanism never looks at it). Hand-written rather than
 * {@code @CustomFormAuthenticationMechanismDefinition} because the platform's form mechanism knows no login throttle
 * and forwards to the login page without saying where to return (docs/adr/0004).
 */
@ApplicationScoped
@Mechanism(Mechanism.Kind.PAGES)
public class PageAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Request attribute set when a form login was refused by the throttle: seconds to wait (a Long). */
    public static final String RETRY_AFTER = "partnership.login.retryAfter";

    /**
     * Request attribute: the signed-in caller's name for the page header, read with the check that their account is
     * still open (one read per page request instead of two).
     */
    public static final String CALLER_NAME = "partnership.caller.name";

    /** The Jakarta Authentication key by which a mechanism asks the container to keep a login in the session. */
    static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    SignIn signIn;

    @Inject
    AccountIdentityStore identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            LoginThrottle.Verdict verdict = signIn.throttle(login, request);
            if (verdict.refused()) {
                request.setAttribute(RETRY_AFTER, LoginThrottle.seconds(verdict.retryAfter().get()));
                return AuthenticationStatus.SEND_FAILURE;
            }
            AuthenticationStatus status = signIn.validate(login, verdict, request, context);
            if (status == AuthenticationStatus.SUCCESS) {
                // the container keeps this login in the session; later page requests resume it below
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            }
            return status;
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            Optional<String> name = identityStore.open(signedIn.getName());
            if (name.isPresent()) {
                request.setAttribute(CALLER_NAME, name.get());
                return resume(signedIn, context);
            }
            // the account was closed (the member left the partnership) while this session was open: it ends now
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** A page request of a session whose form login the container registered: the same caller again. */
    private static AuthenticationStatus resume(Principal signedIn, HttpMessageContext context) {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container did not take the session's caller", e);
        }
    }
}
