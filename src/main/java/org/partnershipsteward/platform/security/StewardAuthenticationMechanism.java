package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one authentication mechanism of the WAR (Jakarta Security 3.0 allows one): HTTP Basic for
 * {@code /api/*}, without a session; a form login for pages, kept in the session.
 * <p>
 * Pages: the login page calls {@code SecurityContext.authenticate} with the credential; a protected
 * page visited without a session redirects to the login page with the page to return to.
 */
@ApplicationScoped
@AutoApplySession
public class StewardAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String REALM = "Basic realm=\"Partnership Steward\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return validateApi(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return AuthenticationStatus.SEND_FAILURE;
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
        CredentialValidationResult result = identityStores.validate(basic.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", REALM);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\","
                    + "\"detail\":\"The email or password is not right.\"}");
        } catch (IOException e) {
            // the client went away; nothing else to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
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
