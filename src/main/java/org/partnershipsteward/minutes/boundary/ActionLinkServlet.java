package org.partnershipsteward.minutes.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.platform.web.InputLimits;
import org.partnershipsteward.platform.web.PublicInputLimits;

/**
 * {@code /action/{token}}, the link in an action's mails. GET shows the action and the button and changes nothing
 * (mail scanners follow links); POST with {@code status=DONE|DROPPED} (and a {@code note}) closes it. The link is
 * checked before anything else is read.
 */
@WebServlet("/action/*")
public class ActionLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ActionLinkServlet.class.getName());

    @Inject
    transient Actions actions;

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/action.xhtml?token=" + URLEncoder.encode(token(request), StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        String page = request.getContextPath() + "/action.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        if (actions.resolve(token).isEmpty()) {
            response.sendRedirect(page);
            return;
        }
        String status = request.getParameter("status");
        if (!"DONE".equals(status) && !"DROPPED".equals(status)) {
            PublicInputLimits.refuse(request, response, "status must be one of DONE, DROPPED");
            return;
        }
        try {
            var closed = actions.closeByLink(token, status, request.getParameter("note"));
            response.sendRedirect(page + (closed.isPresent() ? "&closed=" + closed.get().status() : ""));
        } catch (RuntimeException e) {
            boolean expected = InputLimits.isRefusal(e);
            LOG.log(expected ? Level.FINE : Level.WARNING, () -> "An action link was not used: " + InputLimits.describe(e));
            response.sendRedirect(page + "&refused=true");
        }
    }
}
