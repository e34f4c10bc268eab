package org.partnershipsteward.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * Security headers on every response of the application, pages, API, resources and error pages alike
 * (docs/security.md says why each is there).
 * <p>
 * The Content-Security-Policy allows scripts and styles only from this origin; PrimeFaces and Faces
 * still render inline event handlers and call {@code eval} for Ajax updates, so {@code 'unsafe-inline'}
 * and {@code 'unsafe-eval'} stay for scripts. Framing is refused twice ({@code frame-ancestors 'none'}
 * and {@code X-Frame-Options}), forms may only post to this origin ({@code form-action 'self'}).
 * <p>
 * The authentication mechanism runs before any filter and answers some requests itself (the redirect
 * to the login page, a refused Basic login), so it sets the same headers through {@link #apply}.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    public static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    PartnershipConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request.isSecure(), config.hsts(), response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; HSTS by {@code partnership.security.hsts}: auto (on HTTPS requests), always, off. */
    public static void apply(boolean secure, String hsts, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if ("always".equalsIgnoreCase(hsts) || (secure && !"off".equalsIgnoreCase(hsts))) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
