package org.partnershipsteward.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A post whose view cannot be restored (the session ended, or a forged cross-site post without this
 * session's ViewState, or with a made-up one) ran nothing: it is the client's error, not the server's. Instead of the
 * container's error page with status 500, the caller is sent to the "session ended" page.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ExpiredViews extends HttpFilter {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!expired(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
        }
    }

    static boolean expired(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Mojarra says "Unable to restore view" (a FacesException) for a made-up ViewState such as "stateless"
            if (t instanceof ViewExpiredException || t instanceof FacesException && t.getMessage() != null
                    && t.getMessage().startsWith("Unable to restore view")) {
                return true;
            }
            if (t instanceof ServletException servlet && servlet.getRootCause() != null && servlet.getRootCause() != t.getCause()) {
                return expired(servlet.getRootCause());
            }
        }
        return false;
    }
}
