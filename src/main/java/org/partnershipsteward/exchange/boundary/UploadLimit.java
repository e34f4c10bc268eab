package org.partnershipsteward.exchange.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * Refuses an upload to the import page that is larger than {@code partnership.import.max-bytes} (plus room for the
 * form's other fields) by its Content-Length, before Faces reads any of it: the page is shown again saying why.
 */
@WebFilter(urlPatterns = "/secretariat/import.xhtml")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Room for the form's other fields and the multipart boundaries. */
    static final long FORM_OVERHEAD = 64 * 1024;

    @Inject
    transient PartnershipConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())
                && request.getContentLengthLong() > config.importMaxBytes() + FORM_OVERHEAD) {
            response.setHeader("Connection", "close");
            response.sendRedirect(request.getContextPath() + "/secretariat/import.xhtml?refused=too-large");
            return;
        }
        chain.doFilter(request, response);
    }
}
