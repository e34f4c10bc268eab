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
 * The API's mechanism: every call is judged by its own {@code Authorization} header, never by a session: HTTP Basic
 * with an email and password, or {@code Bearer} with an API token ({@link BearerTokens}).
 * No header: anonymous (public endpoints answer, protected ones refuse with 401 through the REST mappers).
 * <p>
 * Hand-written rather than {@code @BasicAuthenticationMechanismDefinition}: the platform's Basic mechanism has no
 * login throttle and answers a refusal with an HTML page, where API clients get problem+json with {@code Retry-After}.
 */
@ApplicationScoped
@Mechanism(Mechanism.Kind.API)
public class ApiAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "Basic realm=\"Partnership Steward\", charset=\"UTF-8\"";

    static final String BEARER_CHALLENGE = "Bearer realm=\"Partnership Steward\"";

    @Inject
    SignIn signIn;

    @Inject
    BearerTokens bearerTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        Optional<String> bearer = parseBearer(authorization);
        if (bearer.isPresent()) {
            return bearer(bearer.get(), response, context);
        }
        Optional<UsernamePasswordCredential> basic = parseBasic(authorization);
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

    /**
     * An API token: the caller with the account's roles of the moment, or 401 for a malformed, unknown, revoked or
     * expired token (the same answer for each, and the token is never logged or echoed). No throttle: a token is 256
     * random bits, so guessing is hopeless, and a call with a wrong one costs one indexed query (docs/security.md).
     */
    private AuthenticationStatus bearer(String secret, HttpServletResponse response, HttpMessageContext context) {
        Optional<BearerTokens.Caller> caller = bearerTokens.authenticate(secret);
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", BEARER_CHALLENGE + ", error=\"invalid_token\"");
            Problems.write(response, 401, "Unauthorized", "The API token is not valid: unknown, revoked or expired.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(caller.get().email(), caller.get().roles());
    }

    /** The value of an {@code Authorization: Bearer} header (RFC 6750); empty when the header is another scheme. */
    static Optional<String> parseBearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
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
