package org.partnershipsteward.platform.persistence;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A database that does not answer: recognised in any exception's causes, and answered the same way on every path
 * (API, pages, sign-in): 503 with {@code Retry-After}, nothing changed, no trace.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait: about what a database restart or a pool's reconnect takes. */
    public static final int RETRY_AFTER_SECONDS = 10;

    public static final String DETAIL = "The database is not answering just now; nothing was changed. Try again in a few seconds.";

    private DatabaseOutage() {
    }

    /** Whether {@code t} or one of its causes says the database could not be reached or a connection was lost. */
    public static boolean causedBy(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof jakarta.resource.ResourceException) {
                return true;
            }
            if (c instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || String.valueOf(sql.getMessage()).contains("Error in allocating a connection"))) {
                return true;
            }
            if (c.getClass().getName().equals("com.mysql.cj.exceptions.CJCommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    /** Writes the 503: problem+json for the API, a short page for a browser. */
    public static void answer(HttpServletRequest request, HttpServletResponse response, boolean api) {
        if (response.isCommitted()) {
            return;
        }
        try {
            response.resetBuffer();
            response.setStatus(503);
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setCharacterEncoding("UTF-8");
            if (api) {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"Service Unavailable\","
                        + "\"detail\":\"" + DETAIL + "\"}");
            } else {
                response.setContentType("text/html");
                response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partnership "
                        + "Steward: try again shortly</title></head><body><main><h1>Try again in a few seconds</h1><p>" + DETAIL
                        + "</p><p><a href=\"" + request.getContextPath() + "/\">Partnership Steward</a></p></main></body></html>");
            }
        } catch (IOException e) {
            // the client went away
        }
    }
}
