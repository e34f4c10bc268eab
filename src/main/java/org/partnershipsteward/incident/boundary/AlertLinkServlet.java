package org.partnershipsteward.incident.boundary;

import jakarta.inject.Inject;
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
import org.partnershipsteward.incident.entity.AlertResponse;
import org.partnershipsteward.platform.web.InputLimits;
import org.partnershipsteward.platform.web.PublicInputLimits;

/**
 * {@code /alert/{token}}, the acknowledgement link in an urgent alert's mail. GET shows the alert (as much as its
 * label lets a mail carry) and three buttons, and changes nothing (mail scanners follow links); POST with
 * {@code response=RECEIVED|CAN_HELP|NEED_HELP} records the answer of the member the link was sent to. The link is
 * checked before the answer is read; another answer is a 400 that changes nothing.
 */
@WebServlet("/alert/*")
public class AlertLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AlertLinkServlet.class.getName());

    @Inject
    transient Alerts alerts;

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }

    private static String page(HttpServletRequest request, String token) {
        return request.getContextPath() + "/alert.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(page(request, token(request)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        String page = page(request, token);
        // the link first: nothing a caller sends is read for a link that does not exist
        if (alerts.resolve(token).isEmpty()) {
            response.sendRedirect(page);
            return;
        }
        String answer = request.getParameter("response");
        if (Arrays.stream(AlertResponse.values()).noneMatch(r -> r.name().equals(answer))) {
            PublicInputLimits.refuse(request, response, "response must be one of RECEIVED, CAN_HELP, NEED_HELP");
            return;
        }
        try {
            var recorded = alerts.answerByLink(token, answer);
            response.sendRedirect(page + (recorded.isPresent() ? "&recorded=" + recorded.get().name() : ""));
        } catch (RuntimeException e) {
            boolean expected = InputLimits.isRefusal(e);
            LOG.log(expected ? Level.FINE : Level.WARNING, () -> "An alert acknowledgement was not recorded: " + InputLimits.describe(e));
            response.sendRedirect(page + "&refused=true");
        }
    }
}
