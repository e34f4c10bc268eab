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

/**
 * {@code /rsvp/{token}}, the link in an invitation. GET shows the choices and changes nothing (mail
 * scanners follow links); POST with {@code response=YES|NO|MAYBE} records the answer.
 */
@WebServlet("/rsvp/*")
public class RsvpLinkServlet extends HttpServlet {

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
        String answer = request.getParameter("response");
        try {
            var recorded = rsvps.answerByLink(token(request), answer, "link");
            response.sendRedirect(request.getContextPath() + "/rsvp.xhtml?token="
                    + URLEncoder.encode(token(request), StandardCharsets.UTF_8)
                    + (recorded.isPresent() ? "&recorded=" + recorded.get().getStatus() : ""));
        } catch (RuntimeException e) {
            response.sendRedirect(request.getContextPath() + "/rsvp.xhtml?token="
                    + URLEncoder.encode(token(request), StandardCharsets.UTF_8) + "&refused=true");
        }
    }
}
