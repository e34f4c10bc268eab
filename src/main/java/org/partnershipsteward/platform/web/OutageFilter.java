package org.partnershipsteward.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.partnershipsteward.platform.persistence.DatabaseOutage;
import org.partnershipsteward.platform.persistence.RenderMemo;

/**
 * A page (or a no-login link) whose database does not answer is a 503 with {@code Retry-After}, as the API's calls
 * are (ProblemMapper) and the sign-in is (AuthenticationByPath), instead of the error page's 500.
 */
@WebFilter(urlPatterns = "/*")
public class OutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "The database did not answer for " + request.getRequestURI() + ": " + e);
            DatabaseOutage.answer(request, response, request.getRequestURI().startsWith(request.getContextPath() + "/api"));
        } finally {
            // a rendering that ended without Faces' after-phase keeps nothing for the next request on this thread
            RenderMemo.end();
        }
    }
}
