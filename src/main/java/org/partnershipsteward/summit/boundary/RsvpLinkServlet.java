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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.platform.web.InputLimits;
import org.partnershipsteward.platform.web.PublicInputLimits;
import org.partnershipsteward.platform.domain.InvalidInputException;

/**
 * {@code /rsvp/{token}}, the link in an invitation. GET shows the choices and changes nothing (mail
 * scanners follow links); POST with {@code response=YES|NO|MAYBE} records the answer in one transaction of
 * {@link Rsvps#answerByLink}, which checks the link before the answer; another answer is a 400 that changes nothing.
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
        // one transaction: the boundary checks the link first (an unknown one reads nothing the caller sent and
        // changes nothing), then the answer (another value is a 400 that changes nothing), then records it
        try {
            var recorded = rsvps.answerByLink(token, request.getParameter("response"), "link");
            response.sendRedirect(page + (recorded.isPresent() ? "&recorded=" + recorded.get().getStatus() : ""));
        } catch (InvalidInputException e) {
            PublicInputLimits.refuse(request, response, "response must be one of YES, NO, MAYBE");
        } catch (RuntimeException e) {
            boolean expected = InputLimits.isRefusal(e);
            LOG.log(expected ? Level.FINE : Level.WARNING, () -> "An RSVP link answer was not recorded: " + InputLimits.describe(e));
            response.sendRedirect(page + "&refused=true");
        }
    }
}
