package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.web.SecurityHeaders;

/**
 * The one authentication mechanism of the WAR (Jakarta Security 3.0 allows one): HTTP Basic for
 * {@code /api/*}, without a session; a form login for pages, kept in the session.
 * <p>
 * Pages: the login page calls {@code SecurityContext.authenticate} with the credential; a protected
 * page visited without a session redirects to the login page with the page to return to.
 * <p>
 * Sessions are handled here rather than by {@code @AutoApplySession}, which applies to every path: with
 * it a Basic call opened a session, and its cookie then let later API calls in without (or with the
 * wrong) credentials. Only a form login registers a session, and only pages honour it; every API call
 * is judged by its own {@code Authorization} header.
 */
@ApplicationScoped
public class StewardAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String REALM = "Basic realm=\"Partnership Steward\", charset=\"UTF-8\"";

    /** Request attribute set when a form login was refused by the throttle: seconds to wait (a Long). */
    public static final String RETRY_AFTER = "partnership.login.retryAfter";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    PartnershipConfig config;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // this runs before the filters and may answer by itself (redirect to the login page, 401, 429)
        SecurityHeaders.apply(request.isSecure(), config.hsts(), response);
        if (isApi(request)) {
            return validateApi(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            LoginThrottle.Verdict verdict = throttle.check(login.getCaller(), request.getRemoteAddr());
            if (verdict.refused()) {
                request.setAttribute(RETRY_AFTER, LoginThrottle.seconds(verdict.retryAfter().get()));
                return AuthenticationStatus.SEND_FAILURE;
            }
            AuthenticationStatus status = validate(login, verdict, request, context);
            if (status == AuthenticationStatus.SUCCESS) {
                // the container keeps this login in the session; later page requests resume it below
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            }
            return status;
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            return resume(signedIn, context);
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

    /** The Jakarta Authentication key by which a mechanism asks the container to keep a login in the session. */
    static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    /** A page request of a session whose form login the container registered: the same caller again. */
    private static AuthenticationStatus resume(Principal signedIn, HttpMessageContext context) {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container did not take the session's caller", e);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private AuthenticationStatus validateApi(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<UsernamePasswordCredential> basic = parseBasic(request.getHeader("Authorization"));
        if (basic.isEmpty()) {
            // anonymous: public endpoints answer, protected ones refuse with 401 (see the REST mappers)
            return context.doNothing();
        }
        LoginThrottle.Verdict verdict = throttle.check(basic.get().getCaller(), request.getRemoteAddr());
        if (verdict.refused()) {
            long seconds = LoginThrottle.seconds(verdict.retryAfter().get());
            response.setHeader("Retry-After", Long.toString(seconds));
            problem(response, 429, "Too Many Requests", "Too many failed sign-ins for this account or from this "
                    + "address. Try again in " + minutes(seconds) + ".");
            return AuthenticationStatus.SEND_FAILURE;
        }
        AuthenticationStatus status = validate(basic.get(), verdict, request, context);
        if (status == AuthenticationStatus.SEND_FAILURE) {
            response.setHeader("WWW-Authenticate", REALM);
            problem(response, 401, "Unauthorized", "The email or password is not right.");
        }
        return status;
    }

    /** Checks the password; counts a failure, or clears the account's failures on success. */
    private AuthenticationStatus validate(UsernamePasswordCredential login, LoginThrottle.Verdict verdict,
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

    private static void problem(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title
                    + "\",\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            // the client went away; nothing else to tell it
        }
    }

    /** Decodes an {@code Authorization: Basic} header; empty when absent or malformed. */
    static Optional<UsernamePasswordCredential> parseBasic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon),
                    decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
