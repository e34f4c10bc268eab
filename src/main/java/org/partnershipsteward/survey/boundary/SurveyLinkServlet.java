package org.partnershipsteward.survey.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;

/**
 * {@code /survey/{token}}, the link in a survey invitation. GET shows the questions and changes nothing
 * (mail scanners follow links); POST with {@code q0}, {@code q1}, ... (repeated for several choices)
 * records the answers.
 */
@WebServlet("/survey/*")
public class SurveyLinkServlet extends HttpServlet {

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
        List<Object> answers = new ArrayList<>();
        for (int i = 0; request.getParameterMap().containsKey("q" + i) || i < count(request); i++) {
            String[] values = request.getParameterValues("q" + i);
            answers.add(values == null ? List.of() : Arrays.asList(values));
        }
        try {
            boolean recorded = surveys.answerByLink(token(request), answers);
            response.sendRedirect(page(request) + (recorded ? "&recorded=true" : ""));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof InvalidInputException || cause instanceof ConflictException)) {
                cause = cause.getCause();
            }
            String message = cause instanceof InvalidInputException invalid ? String.join("; ", invalid.fieldErrors().values())
                    : cause instanceof ConflictException ? cause.getMessage() : "Your answers could not be recorded";
            response.sendRedirect(page(request) + "&refused=" + URLEncoder.encode(message, StandardCharsets.UTF_8));
        }
    }

    /** The number of questions the form said it had (a question left empty sends no parameter). */
    private static int count(HttpServletRequest request) {
        try {
            return Integer.parseInt(request.getParameter("questions"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
