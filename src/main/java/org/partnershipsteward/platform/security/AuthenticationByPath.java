package org.partnershipsteward.platform.security;

import static jakarta.interceptor.Interceptor.Priority.APPLICATION;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Logger;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.persistence.DatabaseOutage;
import org.partnershipsteward.platform.web.SecurityHeaders;

/**
 * Jakarta Security 4's choice between the application's mechanisms: the API's for {@code /api/*}, the pages' for
 * everything else. It runs before any filter, so it also sets the security headers, and a database that does not
 * answer (the login throttle reads it) becomes a 503 with {@code Retry-After} here rather than the container's 500.
 */
@Alternative
@Priority(APPLICATION)
@ApplicationScoped
public class AuthenticationByPath implements HttpAuthenticationMechanismHandler {

    private static final Logger LOG = Logger.getLogger(AuthenticationByPath.class.getName());

    @Inject
    @Mechanism(Mechanism.Kind.API)
    HttpAuthenticationMechanism api;

    @Inject
    @Mechanism(Mechanism.Kind.PAGES)
    HttpAuthenticationMechanism pages;

    @Inject
    PartnershipConfig config;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        SecurityHeaders.apply(request.isSecure(), config.hsts(), response);
        boolean isApi = isApi(request);
        try {
            return (isApi ? api : pages).validateRequest(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            LOG.warning(() -> "The database did not answer during sign-in: " + e);
            DatabaseOutage.answer(request, response, isApi);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        (isApi(request) ? api : pages).cleanSubject(request, response, context);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }
}
