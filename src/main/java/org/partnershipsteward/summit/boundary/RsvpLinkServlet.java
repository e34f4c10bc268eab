package org.partnershipsteward.summit.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.platform.web.InputLimits;
import org.partnershipsteward.platform.web.PublicInputLimits;
import org.partnershipsteward.summit.entity.RsvpResponse;

/**
 * {@code /rsvp/{token}}, the link in an invitation. GET shows the choices and changes nothing (mail
 * scanners follow links); POST with {@code response=YES|NO|MAYBE} records the answer. The link is checked before
 * the answer is read; another answer is a 400 that changes nothing.
 */
@WebServlet("/rsvp/*")
public class RsvpLinkServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(RsvpLinkServlet.class.getName());

    @Inject
    Rsvps rsvps;

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.sendRedirect(request.getContextPath() + "/rsvp.xhtml?token="
                + URLEncoder.encode(token(request), StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        String page = request.getContextPath() + "/rsvp.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        // the link first: nothing a caller sends is read for a link that does not exist
        if (rsvps.resolve(token).isEmpty()) {
            response.sendRedirect(page);
            return;
        }
        String answer = request.getParameter("response");
        if (Arrays.stream(RsvpResponse.values()).noneMatch(r -> r.name().equals(answer))) {
            PublicInputLimits.refuse(request, response, "response must be one of YES, NO, MAYBE");
            return;
        }
        try {
            var recorded = rsvps.answerByLink(token, answer, "link");
            response.sendRedirect(page + (recorded.isPresent() ? "&recorded=" + recorded.get().getStatus() : ""));
        } catch (RuntimeException e) {
            boolean expected = InputLimits.isRefusal(e);
            LOG.log(expected ? Level.FINE : Level.WARNING, () -> "An RSVP link answer was not recorded: " + InputLimits.describe(e));
            response.sendRedirect(page + "&refused=true");
        }
    }
}
