package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The API's mechanism: every call is judged by its own {@code Authorization: Basic} header, never by a session.
 * No header: anonymous (public endpoints answer, protected ones refuse with 401 through the REST mappers).
 * <p>
 * Hand-written rather than {@code @BasicAuthenticationMechanismDefinition}: the platform's Basic mechanism has no
 * login throttle and answers a refusal with an HTML page, where API clients get problem+json with {@code Retry-After}.
 */
@ApplicationScoped
@Mechanism(Mechanism.Kind.API)
public class ApiAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "Basic realm=\"Partnership Steward\", charset=\"UTF-8\"";

    @Inject
    SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<UsernamePasswordCredential> basic = parseBasic(request.getHeader("Authorization"));
        if (basic.isEmpty()) {
            return context.doNothing();
        }
        LoginThrottle.Verdict verdict = signIn.throttle(basic.get(), request);
        if (verdict.refused()) {
            long seconds = LoginThrottle.seconds(verdict.retryAfter().get());
            response.setHeader("Retry-After", Long.toString(seconds));
            Problems.write(response, 429, "Too Many Requests", "Too many failed sign-ins for this account or from this "
                    + "address. Try again in " + SignIn.minutes(seconds) + ".");
            return AuthenticationStatus.SEND_FAILURE;
        }
        AuthenticationStatus status = signIn.validate(basic.get(), verdict, request, context);
        if (status == AuthenticationStatus.SEND_FAILURE) {
            response.setHeader("WWW-Authenticate", REALM);
            Problems.write(response, 401, "Unauthorized", "The email or password is not right.");
        }
        return status;
    }

    /** Decodes an {@code Authorization: Basic} header; empty when absent or malformed. */
    static Optional<UsernamePasswordCredential> parseBasic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
