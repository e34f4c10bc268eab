package org.partnershipsteward.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Bounds what a caller without a login may send ({@link InputLimits}) on every no-login path: the links in mails
 * ({@code /rsvp}, {@code /alert}, {@code /survey}, {@code /action}, contact confirmations, unsubscribe), applying, signing in and choosing a password.
 * A request over a limit is answered 400 before anything reads it further (problem+json under {@code /api}, a short
 * page elsewhere) and changes nothing.
 */
@WebFilter(urlPatterns = {"/rsvp/*", "/alert/*", "/alert.xhtml", "/survey/*", "/action/*", "/action.xhtml", "/api/contact-confirmations/*", "/api/unsubscribe/*", "/api/applications",
    "/login.xhtml", "/apply.xhtml", "/application.xhtml", "/rsvp.xhtml", "/survey.xhtml", "/contact.xhtml",
    "/unsubscribe.xhtml", "/forgot-password.xhtml", "/set-password.xhtml"})
public class PublicInputLimits extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PublicInputLimits.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> problem = InputLimits.bodyProblem(request.getContentLengthLong(), request.getHeader("Transfer-Encoding"));
        if (problem.isEmpty() && !isJson(request)) {
            if (request.getCharacterEncoding() == null) {
                // the pages and link forms are UTF-8; reading the parameters here fixes the encoding for later readers
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            problem = InputLimits.parameterProblem(request.getParameterMap());
        }
        if (problem.isPresent()) {
            String detail = problem.get();
            LOG.info(() -> "Refused a request to " + where(request) + ": " + detail);
            refuse(request, response, detail);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path without what follows the resource's name (a link's token stays out of the log). */
    static String where(HttpServletRequest request) {
        String[] segments = request.getRequestURI().substring(request.getContextPath().length()).split("/");
        if (segments.length > 2 && segments[1].equals("api")) {
            return "/api/" + segments[2];
        }
        return segments.length > 1 ? "/" + segments[1] : "/";
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    /** A 400 that says what was wrong: problem+json for the API, a short page for the rest. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close"); // whatever the caller still sends is not read
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":400,\"title\":\"Bad Request\",\"detail\":\""
                    + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bad request</title>"
                    + "</head><body><h1>Bad request</h1><p id=\"refused\">" + escape(detail) + "</p>"
                    + "<p><a href=\"" + escape(request.getContextPath()) + "/\">Partnership Steward</a></p></body></html>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
