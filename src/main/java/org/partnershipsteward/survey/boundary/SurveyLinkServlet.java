package org.partnershipsteward.survey.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.web.InputLimits;
import org.partnershipsteward.platform.web.PublicInputLimits;
import org.partnershipsteward.survey.control.LinkAnswers;

/**
 * {@code /survey/{token}}, the link in a survey invitation. GET shows the questions and changes nothing
 * (mail scanners follow links); POST with {@code q0}, {@code q1}, ... (repeated for several choices)
 * records the answers. The link is checked before anything else in the request is read, and the form is bounded
 * ({@link LinkAnswers}, and {@link PublicInputLimits} before this servlet): too much is a 400 that changes nothing.
 */
@WebServlet("/survey/*")
public class SurveyLinkServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SurveyLinkServlet.class.getName());

    @Inject
    Surveys surveys;

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }

    private static String page(HttpServletRequest request) {
        return request.getContextPath() + "/survey.xhtml?token=" + URLEncoder.encode(token(request), StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(page(request));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String token = token(request);
        // the link first: nothing a caller sends is read for a link that does not exist
        if (surveys.resolve(token).isEmpty()) {
            response.sendRedirect(page(request));
            return;
        }
        List<Object> answers;
        try {
            answers = LinkAnswers.read(request.getParameterMap());
        } catch (IllegalArgumentException e) {
            LOG.info(() -> "Refused a survey link answer: " + e.getMessage());
            PublicInputLimits.refuse(request, response, e.getMessage());
            return;
        }
        try {
            boolean recorded = surveys.answerByLink(token, answers);
            response.sendRedirect(page(request) + (recorded ? "&recorded=true" : ""));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof InvalidInputException || cause instanceof ConflictException)) {
                cause = cause.getCause();
            }
            boolean expected = InputLimits.isRefusal(e);
            LOG.log(expected ? Level.FINE : Level.WARNING, () -> "A survey link answer was not recorded: " + InputLimits.describe(e));
            String message = cause instanceof InvalidInputException invalid ? String.join("; ", invalid.fieldErrors().values())
                    : cause instanceof ConflictException ? cause.getMessage() : "Your answers could not be recorded";
            response.sendRedirect(page(request) + "&refused=" + URLEncoder.encode(message, StandardCharsets.UTF_8));
        }
    }
}
